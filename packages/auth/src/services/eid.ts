import type { Db } from "@portal/db/client";
import { type BaseClient, errors, generators, Issuer, type TokenSet } from "openid-client";
import { z } from "zod";
import { type EidEnv, eidEnv } from "../env.ts";
import {
  deleteAbgelaufeneIdentifikationen,
  findEidIdentitaet,
  findEidIdentitaetVonKonto,
  findEinmaligeIdentifikation,
  insertEidIdentitaet,
  insertEinmaligeIdentifikation,
  speichereEidIdentitaet,
} from "../queries/eid.ts";
import { insertKonto, updateKonto } from "../queries/konto.ts";
import { widerrufeSitzung } from "../queries/sitzung.ts";
import type { Anschrift, eidIdentitaet } from "../schema.ts";
import type { Sprache } from "../types.ts";
import { protokolliere } from "./protokoll.ts";
import { beginneSitzung } from "./sitzung.ts";
import { tokenId } from "./token.ts";

// eID sign-in and one-off identification over OpenID Connect (authorization code flow with
// PKCE S256, state and nonce), against the local simulator in development and a broker
// (Governikus Autent ID Connect, a BundID bridge) in production; see docs/operations.md.
// openid-client checks the ID token (signature, iss, aud, exp, nonce), the state, the `iss`
// response parameter (RFC 9207) and sends the PKCE verifier; this module decides what the
// verified attributes mean for the Servicekonto.

/** The assurance level an eID yields (eIDAS Art. 8); "niedrig" is never an eID's. */
export type EidNiveau = "substanziell" | "hoch";

/**
 * The eIDAS level-of-assurance URIs in `acr` (eIDAS SAML attribute profile, used unchanged by
 * Governikus Autent ID Connect and the BundID). "low" and anything else are refused: the
 * Servicekonto never records an eID below "substanziell".
 */
export const EID_ACR: Record<EidNiveau, string> = {
  hoch: "http://eidas.europa.eu/LoA/high",
  substanziell: "http://eidas.europa.eu/LoA/substantial",
};

/** An eID transaction lasts 10 minutes: the cookie's life and the longest accepted wait. */
export const EID_TRANSAKTION_MS = 10 * 60 * 1000;

/** A one-off identification not taken up by its procedure within 24 hours is deleted. */
export const IDENTIFIKATION_GUELTIG_MS = 24 * 60 * 60 * 1000;

/** The attributes an eID releases, with the names the Servicekonto stores them under. */
export const EID_ATTRIBUTE = [
  "vornamen",
  "familienname",
  "geburtsname",
  "geburtsdatum",
  "geburtsort",
  "staatsangehoerigkeit",
  "anschrift",
] as const;
export type EidAttribut = (typeof EID_ATTRIBUTE)[number];

/**
 * What a one-off identification keeps unless the procedure names its own list: names, date of
 * birth and address, the data most applications need to find the person and the responsible
 * authority (DSGVO Art. 5(1)(c): nothing beyond what the procedure needs).
 */
export const IDENTIFIKATION_STANDARD: readonly EidAttribut[] = [
  "vornamen",
  "familienname",
  "geburtsdatum",
  "anschrift",
];

/** Why an eID sign-in or identification did not succeed. */
export type EidFehler =
  /** The citizen cancelled or declined at the eID service (OIDC error access_denied). */
  | "abgebrochen"
  /** The answer failed a check (state, nonce, issuer, signature, PKCE, missing attributes …). */
  | "ungueltig"
  /** The eID's assurance level is unknown or below the one asked for. */
  | "niveau"
  /** The eID already belongs to another account (when linking). */
  | "vergeben"
  /** No eID is configured, or the eID service cannot be reached. */
  | "nicht-verfuegbar";

const sprache = z.enum(["de", "en"]);

/**
 * What the browser carries between `beginneEid` and `schliesseEidAb`, in an encrypted, httpOnly
 * cookie (see next.ts): the secrets of this one request and what to do with its result. The
 * account to link comes from the session at the start and is checked again at the end.
 */
export const eidTransaktionSchema = z.discriminatedUnion("zweck", [
  z.object({
    zweck: z.literal("anmeldung"),
    state: z.string().min(1),
    nonce: z.string().min(1),
    codeVerifier: z.string().min(43),
    mindestens: z.enum(["substanziell", "hoch"]),
    lang: sprache,
    zurueck: z.string().nullable(),
    erstelltAm: z.number().int(),
  }),
  z.object({
    zweck: z.literal("verknuepfen"),
    kontoId: z.uuid(),
    state: z.string().min(1),
    nonce: z.string().min(1),
    codeVerifier: z.string().min(43),
    mindestens: z.enum(["substanziell", "hoch"]),
    lang: sprache,
    zurueck: z.string().nullable(),
    erstelltAm: z.number().int(),
  }),
  z.object({
    zweck: z.literal("identifikation"),
    verfahren: z.string().min(1).max(200),
    attribute: z.array(z.enum(EID_ATTRIBUTE)).min(1),
    state: z.string().min(1),
    nonce: z.string().min(1),
    codeVerifier: z.string().min(43),
    mindestens: z.enum(["substanziell", "hoch"]),
    lang: sprache,
    zurueck: z.string().nullable(),
    erstelltAm: z.number().int(),
  }),
]);
export type EidTransaktion = z.infer<typeof eidTransaktionSchema>;

/** What an eID request is for. */
export type EidZweck =
  | { zweck: "anmeldung" }
  /** A signed-in account (from its session, never from a form) links its eID. */
  | { zweck: "verknuepfen"; kontoId: string }
  /**
   * Temporäre Identifikation for one procedure (`verfahren`, e.g. "antrag:<id>"): no account.
   * `attribute`: what the procedure needs (default IDENTIFIKATION_STANDARD).
   */
  | { zweck: "identifikation"; verfahren: string; attribute?: readonly EidAttribut[] };

/** Whether the eID is configured (EID_ISSUER set); pages offer it only then. */
export function eidVerfuegbar(): boolean {
  return eidEnv() !== null;
}

const clients = new Map<string, Promise<BaseClient>>();

/**
 * The client for the configured issuer, discovered once per process. A failed discovery is
 * forgotten, so the next request tries again (the broker may have been down for a moment).
 */
function eidClient(env: EidEnv): Promise<BaseClient> {
  const schluessel = `${env.issuer}|${env.clientId}|${env.redirectUri}`;
  let client = clients.get(schluessel);
  if (!client) {
    client = Issuer.discover(env.issuer).then((issuer) => {
      // Discovery through the well-known URL already compares `issuer`; this guards a
      // configured URL that is the metadata document itself.
      if (issuer.metadata.issuer !== env.issuer) {
        throw new errors.RPError({ message: "discovered issuer differs from EID_ISSUER" });
      }
      return new issuer.Client({
        client_id: env.clientId,
        client_secret: env.clientSecret,
        redirect_uris: [env.redirectUri],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
        id_token_signed_response_alg: "RS256",
      });
    });
    client.catch(() => clients.delete(schluessel));
    clients.set(schluessel, client);
  }
  return client;
}

/**
 * Begins an eID request: the address of the eID service to send the browser to, and the
 * transaction the caller keeps in a short-lived encrypted cookie (next.ts
 * `setzeEidTransaktion`) for `schliesseEidAb`. `mindestens`: the lowest level accepted (sent as
 * `acr_values`; default "substanziell"). `zurueck` is where to go afterwards (a path of this
 * site, checked again when it is used). Null when the eID is not configured or the eID service
 * cannot be reached.
 */
export async function beginneEid(
  zweck: EidZweck,
  {
    lang,
    zurueck,
    mindestens = "substanziell",
    jetzt = new Date(),
  }: { lang: Sprache; zurueck?: string | null; mindestens?: EidNiveau; jetzt?: Date },
): Promise<{ url: string; transaktion: EidTransaktion } | null> {
  const env = eidEnv();
  if (!env) return null;
  const client = await eidClient(env).catch(() => null);
  if (!client) return null;
  const geheim = {
    state: generators.state(),
    nonce: generators.nonce(),
    codeVerifier: generators.codeVerifier(),
  };
  const gemeinsam = {
    ...geheim,
    mindestens,
    lang,
    zurueck: zurueck ?? null,
    erstelltAm: jetzt.getTime(),
  };
  const transaktion: EidTransaktion =
    zweck.zweck === "identifikation"
      ? {
          zweck: "identifikation",
          verfahren: zweck.verfahren,
          attribute: [...(zweck.attribute ?? IDENTIFIKATION_STANDARD)],
          ...gemeinsam,
        }
      : zweck.zweck === "verknuepfen"
        ? { zweck: "verknuepfen", kontoId: zweck.kontoId, ...gemeinsam }
        : { zweck: "anmeldung", ...gemeinsam };
  const url = client.authorizationUrl({
    scope: env.scope,
    redirect_uri: env.redirectUri,
    response_type: "code",
    state: geheim.state,
    nonce: geheim.nonce,
    code_challenge: generators.codeChallenge(geheim.codeVerifier),
    code_challenge_method: "S256",
    // eIDAS levels are ordered: asking for "substantial" accepts "high" too (the OP answers
    // with the level the card reached), so the lowest acceptable one is named.
    acr_values: EID_ACR[mindestens],
    ui_locales: lang,
  });
  return { url, transaktion };
}

/** The attributes of a verified eID, as the Servicekonto stores them. */
export type EidAttributwerte = {
  vornamen: string;
  familienname: string;
  geburtsname: string | null;
  geburtsdatum: string | null;
  geburtsort: string | null;
  staatsangehoerigkeit: string | null;
  anschrift: Anschrift | null;
};

const text = z.string().trim().min(1).max(200);
const claimsSchema = z.object({
  sub: z.string().min(1).max(255),
  given_name: text,
  family_name: text,
  birth_name: text.optional().catch(undefined),
  birthdate: z.iso.date().optional().catch(undefined),
  // A string, or the object of OpenID Connect for Identity Assurance ({ locality, country }).
  place_of_birth: z
    .union([text, z.object({ locality: text }).transform((o) => o.locality)])
    .optional()
    .catch(undefined),
  nationality: z.string().trim().min(1).max(3).optional().catch(undefined),
  address: z
    .object({
      street_address: text,
      postal_code: z.string().trim().min(1).max(10),
      locality: text,
      country: z.string().trim().length(2).optional(),
      ags: z.string().optional(),
    })
    .optional()
    .catch(undefined),
});

function attributeAus(claims: z.infer<typeof claimsSchema>): EidAttributwerte {
  const a = claims.address;
  return {
    vornamen: claims.given_name,
    familienname: claims.family_name,
    geburtsname: claims.birth_name ?? null,
    geburtsdatum: claims.birthdate ?? null,
    geburtsort: claims.place_of_birth ?? null,
    staatsangehoerigkeit: claims.nationality ?? null,
    anschrift: a
      ? {
          strasse: a.street_address,
          plz: a.postal_code,
          ort: a.locality,
          // Only a well-formed Saxon AGS is kept (Land 14); elsewhere the portal resolves none.
          ags: a.ags && /^14\d{6}$/u.test(a.ags) ? a.ags : null,
          land: (a.country ?? "DE").toUpperCase(),
        }
      : null,
  };
}

function niveauAus(acr: unknown): EidNiveau | null {
  if (acr === EID_ACR.hoch) return "hoch";
  if (acr === EID_ACR.substanziell) return "substanziell";
  return null;
}

const reicht = (niveau: EidNiveau, mindestens: EidNiveau) =>
  mindestens === "substanziell" || niveau === "hoch";

/** The result of `schliesseEidAb`. Sign-in and linking carry the new session for the cookie. */
export type EidErgebnis =
  | {
      ok: true;
      zweck: "anmeldung" | "verknuepfen";
      kontoId: string;
      /** A new account was opened with this sign-in. */
      neu: boolean;
      vertrauensniveau: EidNiveau;
      sitzung: { token: string; laeuftAbAm: Date };
      lang: Sprache;
      zurueck: string | null;
    }
  | {
      ok: true;
      zweck: "identifikation";
      identifikationId: string;
      verfahren: string;
      vertrauensniveau: EidNiveau;
      lang: Sprache;
      zurueck: string | null;
    }
  | { ok: false; fehler: EidFehler; lang: Sprache; zurueck: string | null };

function fehlerAus(error: unknown): EidFehler {
  if (error instanceof errors.OPError) {
    return error.error === "access_denied" ? "abgebrochen" : "ungueltig";
  }
  if (error instanceof errors.RPError || error instanceof TypeError) return "ungueltig";
  // Anything else on the way to the eID service (refused connection, timeout, a 5xx without
  // an OAuth error body) means it is not available now.
  return "nicht-verfuegbar";
}

/**
 * Completes an eID request on the redirect URI: exchanges the code (openid-client checks state,
 * `iss`, the ID token's signature, issuer, audience, expiry and nonce, and sends the PKCE
 * verifier), maps `acr` to the assurance level (refusing anything but "substanziell"/"hoch" and
 * anything below what was asked), then
 * - anmeldung: signs in the account of this eID (aussteller + pseudonym), updating the stored
 *   attributes, or opens one (no address, no password) with the identity in one transaction;
 * - verknuepfen: records the eID for the signed-in account (`angemeldet`, which must be the
 *   account the request began for) and replaces its session by one with the eID's level
 *   (a new token: the privilege changed, OWASP session management);
 * - identifikation: keeps only the procedure's attributes, bound to it, for 24 hours; no
 *   account, no session.
 * Protocol failures are results, not exceptions (database failures do throw).
 */
export async function schliesseEidAb(
  db: Db,
  {
    callbackParams,
    transaktion,
    geraet,
    angemeldet,
    jetzt = new Date(),
  }: {
    /** The query of the request to the redirect URI (or the whole URL). */
    callbackParams: URLSearchParams | URL | string;
    /** The transaction from the cookie; null when the cookie was missing or unreadable. */
    transaktion: EidTransaktion | null;
    geraet?: string | null;
    /** The session of the request, for linking. */
    angemeldet?: { kontoId: string; token: string } | null;
    jetzt?: Date;
  },
): Promise<EidErgebnis> {
  const lang = transaktion?.lang ?? "de";
  const zurueck = transaktion?.zurueck ?? null;
  const fehler = async (grund: EidFehler, kontoId: string | null = null) => {
    await protokolliere(db, {
      kontoId,
      art: "anmeldung-fehlgeschlagen",
      details: { methode: "eid", zweck: transaktion?.zweck ?? null, grund },
      jetzt,
    });
    return { ok: false as const, fehler: grund, lang, zurueck };
  };

  const env = eidEnv();
  if (!env) return { ok: false, fehler: "nicht-verfuegbar", lang, zurueck };
  if (!transaktion || jetzt.getTime() - transaktion.erstelltAm > EID_TRANSAKTION_MS) {
    return fehler("ungueltig");
  }
  if (
    transaktion.zweck === "verknuepfen" &&
    (!angemeldet || angemeldet.kontoId !== transaktion.kontoId)
  ) {
    return fehler("ungueltig", transaktion.kontoId);
  }

  let tokenSet: TokenSet;
  let claims: Record<string, unknown>;
  try {
    const client = await eidClient(env);
    const params = client.callbackParams(
      callbackParams instanceof URL
        ? callbackParams.href
        : typeof callbackParams === "string"
          ? callbackParams
          : `${env.redirectUri}?${callbackParams.toString()}`,
    );
    tokenSet = await client.callback(env.redirectUri, params, {
      state: transaktion.state,
      nonce: transaktion.nonce,
      code_verifier: transaktion.codeVerifier,
      response_type: "code",
    });
    claims = { ...tokenSet.claims() };
    // A broker that follows OIDC Core § 5.4 to the letter sends the attributes by userinfo only;
    // openid-client checks that its `sub` is the ID token's.
    if (
      claims.given_name === undefined &&
      tokenSet.access_token &&
      client.issuer.userinfo_endpoint
    ) {
      claims = { ...(await client.userinfo(tokenSet)), ...claims };
    }
  } catch (error) {
    return fehler(fehlerAus(error));
  }

  const niveau = niveauAus(claims.acr);
  if (!niveau || !reicht(niveau, transaktion.mindestens)) return fehler("niveau");
  const gelesen = claimsSchema.safeParse(claims);
  if (!gelesen.success) return fehler("ungueltig");
  const attribute = attributeAus(gelesen.data);
  const aussteller = env.issuer;
  const pseudonym = gelesen.data.sub;

  if (transaktion.zweck === "identifikation") {
    const gewaehlt = Object.fromEntries(
      transaktion.attribute.map((name) => [name, attribute[name]]),
    );
    const row = await insertEinmaligeIdentifikation(db, {
      verfahren: transaktion.verfahren,
      vertrauensniveau: niveau,
      attribute: gewaehlt,
      erstelltAm: jetzt,
      laeuftAbAm: new Date(jetzt.getTime() + IDENTIFIKATION_GUELTIG_MS),
    });
    return {
      ok: true,
      zweck: "identifikation",
      identifikationId: row.id,
      verfahren: row.verfahren,
      vertrauensniveau: niveau,
      lang,
      zurueck,
    };
  }

  const identitaet = {
    aussteller,
    pseudonym,
    vertrauensniveau: niveau,
    ...attribute,
    verifiziertAm: jetzt,
  };

  if (transaktion.zweck === "verknuepfen") {
    const { kontoId } = transaktion;
    const vorhanden = await findEidIdentitaet(db, { aussteller, pseudonym });
    if (vorhanden && vorhanden.kontoId !== kontoId) return fehler("vergeben", kontoId);
    const sitzung = await db.transaction(async (tx) => {
      await speichereEidIdentitaet(tx, { kontoId, ...identitaet });
      await widerrufeSitzung(tx, { id: tokenId(angemeldet!.token), jetzt });
      await protokolliere(tx, {
        kontoId,
        art: "eid-verknuepft",
        details: { vertrauensniveau: niveau },
        jetzt,
      });
      return beginneSitzung(tx, { kontoId, geraet, vertrauensniveau: niveau, jetzt });
    });
    return {
      ok: true,
      zweck: "verknuepfen",
      kontoId,
      neu: false,
      vertrauensniveau: niveau,
      sitzung,
      lang,
      zurueck,
    };
  }

  const angemeldetes = await meldeMitEidAn(db, { identitaet, lang, geraet, jetzt });
  return {
    ok: true,
    zweck: "anmeldung",
    ...angemeldetes,
    vertrauensniveau: niveau,
    lang,
    zurueck,
  };
}

/** Raised inside the transaction to undo a new account whose eID another request just stored. */
class SchonVorhanden extends Error {}

async function meldeMitEidAn(
  db: Db,
  {
    identitaet,
    lang,
    geraet,
    jetzt,
  }: {
    identitaet: Omit<typeof eidIdentitaet.$inferInsert, "kontoId">;
    lang: Sprache;
    geraet?: string | null;
    jetzt: Date;
  },
): Promise<{ kontoId: string; neu: boolean; sitzung: { token: string; laeuftAbAm: Date } }> {
  const { aussteller, pseudonym } = identitaet;
  const anmelden = (kontoId: string, neu: boolean) =>
    db.transaction(async (tx) => {
      if (!neu) await speichereEidIdentitaet(tx, { kontoId, ...identitaet });
      await updateKonto(tx, { id: kontoId, zuletztAngemeldetAm: jetzt, inaktivGewarntAm: null });
      await protokolliere(tx, {
        kontoId,
        art: "angemeldet",
        details: { methode: "eid", vertrauensniveau: identitaet.vertrauensniveau },
        jetzt,
      });
      const sitzung = await beginneSitzung(tx, {
        kontoId,
        geraet,
        vertrauensniveau: identitaet.vertrauensniveau,
        jetzt,
      });
      return { kontoId, neu, sitzung };
    });

  const vorhanden = await findEidIdentitaet(db, { aussteller, pseudonym });
  if (vorhanden) return anmelden(vorhanden.kontoId, false);

  try {
    const kontoId = await db.transaction(async (tx) => {
      const konto = await insertKonto(tx, { email: null, sprache: lang, erstelltAm: jetzt });
      if (!konto) throw new Error("account not created");
      const row = await insertEidIdentitaet(tx, { kontoId: konto.id, ...identitaet });
      if (!row) throw new SchonVorhanden();
      await protokolliere(tx, {
        kontoId: konto.id,
        art: "eid-konto-eroeffnet",
        details: { vertrauensniveau: identitaet.vertrauensniveau },
        jetzt,
      });
      return konto.id;
    });
    return await anmelden(kontoId, true);
  } catch (error) {
    // The same eID signed in twice at once: the other request opened the account; use it.
    if (!(error instanceof SchonVorhanden)) throw error;
    const anderes = await findEidIdentitaet(db, { aussteller, pseudonym });
    if (!anderes) throw error;
    return anmelden(anderes.kontoId, false);
  }
}

/**
 * A one-off identification for its procedure: only with the same `verfahren` (an id of another
 * procedure finds nothing) and not expired; null otherwise.
 */
export async function ladeEinmaligeIdentifikation(
  db: Db,
  { id, verfahren, jetzt = new Date() }: { id: string; verfahren: string; jetzt?: Date },
): Promise<{
  id: string;
  verfahren: string;
  vertrauensniveau: EidNiveau;
  attribute: Partial<EidAttributwerte>;
  laeuftAbAm: Date;
} | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await findEinmaligeIdentifikation(db, { id, verfahren, jetzt });
  if (!row) return null;
  return {
    id: row.id,
    verfahren: row.verfahren,
    vertrauensniveau: row.vertrauensniveau,
    attribute: row.attribute as Partial<EidAttributwerte>,
    laeuftAbAm: row.laeuftAbAm,
  };
}

/** Deletes the identifications no procedure took up in time (for a cleanup job); returns how many. */
export function loescheAbgelaufeneIdentifikationen(
  db: Db,
  { jetzt = new Date() }: { jetzt?: Date } = {},
): Promise<number> {
  return deleteAbgelaufeneIdentifikationen(db, { jetzt });
}

/** The identity an account's eID confirmed, for "my account": whose, how sure, since when. */
export type BestaetigteIdentitaet = {
  vornamen: string;
  familienname: string;
  vertrauensniveau: "substanziell" | "hoch";
  verifiziertAm: Date;
};

/** The account's eID-confirmed identity, or null when no eID is linked to it. */
export async function ladeBestaetigteIdentitaet(
  db: Db,
  { kontoId }: { kontoId: string },
): Promise<BestaetigteIdentitaet | null> {
  const row = await findEidIdentitaetVonKonto(db, { kontoId });
  if (!row) return null;
  const { vornamen, familienname, vertrauensniveau, verifiziertAm } = row;
  return { vornamen, familienname, vertrauensniveau, verifiziertAm };
}
