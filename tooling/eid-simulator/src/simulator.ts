import { createHash, generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration, interactionPolicy, type JWK } from "oidc-provider";
import {
  ACR,
  CLAIMS,
  type Claim,
  claimsVon,
  findeIdentitaet,
  findeIdentitaetNachPseudonym,
} from "./identitaeten.ts";
import {
  anmeldeSeite,
  fehlerSeite,
  mindestniveau,
  reichtNiveau,
  zustimmungsSeite,
} from "./seiten.ts";

/** A relying party the simulator accepts (a confidential web client). */
export type SimulatorClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type EidSimulator = {
  /** `http://localhost:<port>`: the issuer to configure as EID_ISSUER. */
  issuer: string;
  stop(): Promise<void>;
};

/** The custom scope that releases the eID attributes (besides `openid`). */
export const EID_SCOPE = "eid";

const INTERAKTION = "/interaktion/";

/**
 * Starts the simulated eID service: an OpenID Connect provider (oidc-provider) that offers the
 * test identities of identitaeten.ts, asks for consent before it releases attributes, and says on
 * every screen that it is a simulation. Code flow with PKCE (S256) only, confidential clients
 * (client_secret_basic / client_secret_post), ID tokens signed RS256 with a key made at start,
 * `acr` as eIDAS LoA URIs like Governikus Autent ID Connect and BundID send. Everything lives in
 * memory: a restart forgets sessions and codes, but the pseudonyms (and so `sub`) stay the same.
 * For development and tests only.
 */
export async function startEidSimulator(options: {
  port: number;
  host?: string;
  clients: SimulatorClient[];
  log?: (line: string) => void;
}): Promise<EidSimulator> {
  const log = options.log ?? (() => {});
  let provider: Provider | undefined;

  const server = createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    const pfad = new URL(req.url ?? "/", "http://x").pathname;
    if (pfad.startsWith(INTERAKTION)) {
      interaktion(provider, req, res, pfad.slice(INTERAKTION.length)).catch((error: unknown) => {
        log(`interaction failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) sendeHtml(res, 400, fehlerSeite("invalid_request"));
        else res.end();
      });
      return;
    }
    provider.callback()(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "localhost", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;
  provider = new Provider(issuer, konfiguration(options.clients));
  provider.on("server_error", (_ctx, error) => log(`server_error: ${error.message}`));
  provider.on("grant.success", (ctx) => log(`code redeemed by ${ctx.oidc.client?.clientId}`));
  log(`eID simulator (SIMULATION, not a real eID service) at ${issuer}`);

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function konfiguration(clients: SimulatorClient[]): Configuration {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: "jwk" }),
    kid: randomUUID(),
    alg: "RS256",
    use: "sig",
  } as JWK;

  // Every authorization asks for the card again: the eID has no single sign-on, and a test must
  // be able to choose another identity right after the first. The check passes only when this
  // very authorization request just went through our login screen.
  const policy = interactionPolicy.base();
  policy
    .get("login")
    ?.checks.add(
      new interactionPolicy.Check("eid_jedes_mal", "the eID is read for every request", (ctx) =>
        ctx.oidc.result?.login
          ? interactionPolicy.Check.NO_NEED_TO_PROMPT
          : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );

  return {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "RS256",
      subject_type: "pairwise",
    })),
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    responseTypes: ["code"],
    pkce: { required: () => true },
    scopes: ["openid", EID_SCOPE],
    // `acr` with `openid`: the assurance level is in every ID token, asked for or not.
    claims: { openid: ["sub", "acr"], [EID_SCOPE]: [...CLAIMS] },
    acrValues: [ACR.hoch, ACR.substanziell],
    subjectTypes: ["pairwise"],
    // The eID's restricted identification differs per service; the simulator derives one per
    // client from the identity's pseudonym, stable across restarts.
    pairwiseIdentifier: (_ctx, accountId, client) =>
      createHash("sha256").update(`${accountId}|${client.clientId}`).digest("hex"),
    // Brokers put the attributes into the ID token; the client needs no userinfo call.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const identitaet = findeIdentitaetNachPseudonym(sub);
      if (!identitaet) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...claimsVon(identitaet) }) };
    },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: true },
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => `${INTERAKTION}${interaction.uid}`,
    },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    jwks: { keys: [jwk] },
    ttl: {
      AuthorizationCode: 60,
      IdToken: 300,
      AccessToken: 300,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = fehlerSeite(String(out.error), out.error_description);
    },
  };
}

function sendeHtml(res: ServerResponse, status: number, html: string) {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://localhost:*; frame-ancestors 'none'",
  );
  res.end(html);
}

async function formular(req: IncomingMessage): Promise<URLSearchParams> {
  const teile: Buffer[] = [];
  let laenge = 0;
  for await (const teil of req) {
    laenge += (teil as Buffer).length;
    if (laenge > 10_000) throw new Error("form too large");
    teile.push(teil as Buffer);
  }
  return new URLSearchParams(Buffer.concat(teile).toString("utf8"));
}

/** The claims a request asked for: those of its scopes plus the `claims` parameter's, known ones only. */
function verlangteClaims(params: Record<string, unknown>): Claim[] {
  const verlangt = new Set<string>();
  const scopes = typeof params.scope === "string" ? params.scope.split(" ") : [];
  if (scopes.includes(EID_SCOPE)) for (const c of CLAIMS) verlangt.add(c);
  if (typeof params.claims === "string") {
    try {
      const parsed = JSON.parse(params.claims) as Record<string, Record<string, unknown> | null>;
      for (const ziel of [parsed.id_token, parsed.userinfo]) {
        if (ziel) for (const name of Object.keys(ziel)) verlangt.add(name);
      }
    } catch {
      // oidc-provider has already refused an invalid `claims` parameter.
    }
  }
  return CLAIMS.filter((c) => verlangt.has(c));
}

function claimsParameter(params: Record<string, unknown>): Record<string, unknown> | null {
  if (typeof params.claims !== "string") return null;
  try {
    return JSON.parse(params.claims) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The interaction screens: GET <uid> (choose identity), POST <uid>/auswahl, POST <uid>/zustimmung. */
async function interaktion(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
) {
  const [uid, schritt] = rest.split("/");
  // interactionDetails checks the interaction cookie: the screens of one browser's request can
  // not be completed from another browser.
  const details = await provider.interactionDetails(req, res);
  if (!uid || details.uid !== uid) throw new Error("interaction mismatch");
  const clientId = String(details.params.client_id);
  const mindestens = mindestniveau(details.params.acr_values);

  if (req.method === "GET" && schritt === undefined) {
    sendeHtml(res, 200, anmeldeSeite({ uid, clientId, mindestens }));
    return;
  }
  if (req.method !== "POST") {
    sendeHtml(res, 405, fehlerSeite("method_not_allowed"));
    return;
  }

  const form = await formular(req);
  if (form.get("entscheidung") === "ablehnen") {
    await provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "End-User aborted interaction" },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const identitaet = findeIdentitaet(form.get("identitaet") ?? "");
  if (!identitaet || !reichtNiveau(identitaet, mindestens)) {
    sendeHtml(
      res,
      400,
      anmeldeSeite({
        uid,
        clientId,
        mindestens,
        fehler:
          "Bitte wählen Sie eine Test-Identität, die das verlangte Vertrauensniveau erreicht.",
      }),
    );
    return;
  }

  if (schritt === "auswahl") {
    sendeHtml(
      res,
      200,
      zustimmungsSeite({ uid, clientId, identitaet, claims: verlangteClaims(details.params) }),
    );
    return;
  }
  if (schritt !== "zustimmung") {
    sendeHtml(res, 404, fehlerSeite("not_found"));
    return;
  }

  // Consent: a grant for exactly what was asked (scopes and the claims parameter's claims).
  const grant = new provider.Grant({ accountId: identitaet.pseudonym, clientId });
  if (typeof details.params.scope === "string") grant.addOIDCScope(details.params.scope);
  const claimsParam = claimsParameter(details.params);
  if (claimsParam) {
    const namen = new Set<string>();
    for (const ziel of [claimsParam.id_token, claimsParam.userinfo]) {
      if (ziel && typeof ziel === "object") for (const name of Object.keys(ziel)) namen.add(name);
    }
    grant.addOIDCClaims([...namen]);
  }
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    {
      login: { accountId: identitaet.pseudonym, acr: ACR[identitaet.niveau], amr: ["eid"] },
      consent: { grantId },
    },
    { mergeWithLastSubmission: false },
  );
}
