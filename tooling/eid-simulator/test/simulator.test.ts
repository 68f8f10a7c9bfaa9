import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACR, IDENTITAETEN } from "../src/identitaeten.ts";
import { BANNER_DE, BANNER_EN, esc } from "../src/seiten.ts";
import { type EidSimulator, startEidSimulator } from "../src/simulator.ts";
import { durchlaufeSimulator } from "../src/testing.ts";

const client = {
  clientId: "portal-test",
  clientSecret: "ein-geheimnis-fuer-tests-0123456789",
  redirectUris: ["http://localhost:3999/de/konto/eid/rueckkehr"],
};
const [redirectUri] = client.redirectUris as [string];

let sim: EidSimulator;
beforeAll(async () => {
  sim = await startEidSimulator({ port: 0, clients: [client] });
});
afterAll(() => sim.stop());

const b64url = (buf: Buffer) => buf.toString("base64url");

async function discovery() {
  const res = await fetch(`${sim.issuer}/.well-known/openid-configuration`);
  return (await res.json()) as Record<string, unknown> & {
    authorization_endpoint: string;
    token_endpoint: string;
    jwks_uri: string;
  };
}

function autorisierung(
  endpoint: string,
  extra: Record<string, string> = {},
): { url: string; verifier: string; state: string; nonce: string } {
  const verifier = b64url(randomBytes(32));
  const state = b64url(randomBytes(16));
  const nonce = b64url(randomBytes(16));
  const url = new URL(endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope: "openid eid",
    state,
    nonce,
    code_challenge: b64url(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
    ...extra,
  }).toString();
  return { url: url.href, verifier, state, nonce };
}

async function tausche(code: string, verifier: string) {
  const { token_endpoint } = await discovery();
  return fetch(token_endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`,
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }).toString(),
  });
}

/** Verifies an RS256 JWT against the simulator's JWKS and returns its payload. */
async function pruefeIdToken(jwt: string): Promise<Record<string, unknown>> {
  const { jwks_uri } = await discovery();
  const { keys } = (await (await fetch(jwks_uri)).json()) as { keys: Record<string, string>[] };
  const [kopf, inhalt, signatur] = jwt.split(".") as [string, string, string];
  const header = JSON.parse(Buffer.from(kopf, "base64url").toString()) as Record<string, string>;
  expect(header.alg).toBe("RS256");
  const jwk = keys.find((k) => k.kid === header.kid);
  expect(jwk).toBeDefined();
  const ok = verify(
    "RSA-SHA256",
    Buffer.from(`${kopf}.${inhalt}`),
    createPublicKey({ key: jwk!, format: "jwk" }),
    Buffer.from(signatur, "base64url"),
  );
  expect(ok).toBe(true);
  return JSON.parse(Buffer.from(inhalt, "base64url").toString()) as Record<string, unknown>;
}

describe("eID simulator", () => {
  it("publishes a code-flow-only configuration with PKCE S256 and the eIDAS acr values", async () => {
    const d = await discovery();
    expect(d.issuer).toBe(sim.issuer);
    expect(d.response_types_supported).toEqual(["code"]);
    expect(d.code_challenge_methods_supported).toEqual(["S256"]);
    expect(d.acr_values_supported).toEqual([ACR.hoch, ACR.substanziell]);
    expect(d.scopes_supported).toEqual(expect.arrayContaining(["openid", "eid"]));
    expect(d.token_endpoint_auth_methods_supported).toEqual([
      "client_secret_basic",
      "client_secret_post",
    ]);
  });

  it("runs a full code + PKCE flow and releases the identity's attributes with acr", async () => {
    const { authorization_endpoint } = await discovery();
    const a = autorisierung(authorization_endpoint);
    const { rueckkehr, seiten } = await durchlaufeSimulator(a.url, { identitaet: "erika" });

    // Every screen: German, the simulation banner in German and English.
    expect(seiten).toHaveLength(2);
    for (const html of seiten) {
      expect(html).toContain('<html lang="de">');
      expect(html).toContain(esc(BANNER_DE));
      expect(html).toContain(esc(BANNER_EN));
    }
    // Login: a radio list with a legend, one entry per identity.
    expect(seiten[0]).toContain("<legend>");
    expect(seiten[0]!.match(/type="radio"/gu)).toHaveLength(IDENTITAETEN.length);
    // Consent lists the asked-for attributes with their values.
    expect(seiten[1]).toContain("Zustimmen");
    expect(seiten[1]).toContain("Geburtsname");
    expect(seiten[1]).toContain("Gabler");
    expect(seiten[1]).toContain("14612000");

    expect(`${rueckkehr.origin}${rueckkehr.pathname}`).toBe(redirectUri);
    expect(rueckkehr.searchParams.get("state")).toBe(a.state);
    expect(rueckkehr.searchParams.get("iss")).toBe(sim.issuer);
    const code = rueckkehr.searchParams.get("code");
    expect(code).toBeTruthy();

    const res = await tausche(code!, a.verifier);
    expect(res.status).toBe(200);
    const tokens = (await res.json()) as { id_token: string };
    const claims = await pruefeIdToken(tokens.id_token);
    expect(claims).toMatchObject({
      iss: sim.issuer,
      aud: client.clientId,
      nonce: a.nonce,
      acr: ACR.hoch,
      given_name: "Erika",
      family_name: "Mustermann",
      birth_name: "Gabler",
      birthdate: "1964-08-12",
      place_of_birth: { locality: "Berlin" },
      nationality: "D",
      address: {
        street_address: "Königsbrücker Straße 17",
        postal_code: "01099",
        locality: "Dresden",
        country: "DE",
        ags: "14612000",
      },
    });
    expect(claims.sub).toMatch(/^[0-9a-f]{64}$/u);

    // The same identity gets the same pseudonym again (and the card is asked for again).
    const b = autorisierung(authorization_endpoint);
    const zweiter = await durchlaufeSimulator(b.url, { identitaet: "erika" });
    expect(zweiter.seiten).toHaveLength(2);
    const res2 = await tausche(zweiter.rueckkehr.searchParams.get("code")!, b.verifier);
    const claims2 = await pruefeIdToken(((await res2.json()) as { id_token: string }).id_token);
    expect(claims2.sub).toBe(claims.sub);

    // The code works once.
    expect((await tausche(code!, a.verifier)).status).toBe(400);
  });

  it("releases only the claims asked for with the claims parameter", async () => {
    const { authorization_endpoint } = await discovery();
    const a = autorisierung(authorization_endpoint, {
      scope: "openid",
      claims: JSON.stringify({ id_token: { given_name: null, family_name: null } }),
    });
    const { rueckkehr, seiten } = await durchlaufeSimulator(a.url, { identitaet: "olena" });
    expect(seiten[1]).toContain("Vornamen");
    expect(seiten[1]).not.toContain("Geburtsdatum");
    const res = await tausche(rueckkehr.searchParams.get("code")!, a.verifier);
    const claims = await pruefeIdToken(((await res.json()) as { id_token: string }).id_token);
    expect(claims).toMatchObject({ given_name: "Olena", family_name: "Kovalenko" });
    expect(claims).not.toHaveProperty("birthdate");
    expect(claims).not.toHaveProperty("address");
  });

  it("reports substantial for the foreign eIDAS identity and honours acr_values", async () => {
    const { authorization_endpoint } = await discovery();
    const a = autorisierung(authorization_endpoint, { acr_values: ACR.substanziell });
    const { rueckkehr } = await durchlaufeSimulator(a.url, { identitaet: "giulia" });
    const res = await tausche(rueckkehr.searchParams.get("code")!, a.verifier);
    const claims = await pruefeIdToken(((await res.json()) as { id_token: string }).id_token);
    expect(claims.acr).toBe(ACR.substanziell);
    expect(claims).not.toHaveProperty("address");

    // Asking for "high": the substantial identity cannot be chosen.
    const b = autorisierung(authorization_endpoint, { acr_values: ACR.hoch });
    await expect(durchlaufeSimulator(b.url, { identitaet: "giulia" })).rejects.toThrow(/400/u);
  });

  it("sends access_denied back when consent is declined or the login cancelled", async () => {
    const { authorization_endpoint } = await discovery();
    for (const entscheidung of ["ablehnen", "abbrechen"] as const) {
      const a = autorisierung(authorization_endpoint);
      const { rueckkehr } = await durchlaufeSimulator(a.url, { entscheidung });
      expect(`${rueckkehr.origin}${rueckkehr.pathname}`).toBe(redirectUri);
      expect(rueckkehr.searchParams.get("error")).toBe("access_denied");
      expect(rueckkehr.searchParams.get("state")).toBe(a.state);
      expect(rueckkehr.searchParams.has("code")).toBe(false);
    }
  });

  it("refuses a wrong PKCE verifier, and a request without PKCE", async () => {
    const { authorization_endpoint } = await discovery();
    const a = autorisierung(authorization_endpoint);
    const { rueckkehr } = await durchlaufeSimulator(a.url);
    const res = await tausche(rueckkehr.searchParams.get("code")!, b64url(randomBytes(32)));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_grant" });

    const ohne = new URL(autorisierung(authorization_endpoint).url);
    ohne.searchParams.delete("code_challenge");
    ohne.searchParams.delete("code_challenge_method");
    const antwort = await fetch(ohne, { redirect: "manual" });
    const ziel = new URL(antwort.headers.get("location")!);
    expect(ziel.searchParams.get("error")).toBe("invalid_request");
  });

  it("escapes what it shows and refuses unknown redirect URIs with its own error page", async () => {
    const { authorization_endpoint } = await discovery();
    const url = new URL(autorisierung(authorization_endpoint).url);
    url.searchParams.set("redirect_uri", "http://evil.example/<script>");
    const res = await fetch(url, { redirect: "manual" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(esc(BANNER_DE));
    expect(html).not.toContain("<script>");
  });
});
