import "server-only";
import {
  authentifiziereApiSchluessel,
  type Fachverfahren,
  fachverfahrenProSchluessel,
} from "@portal/antraege/server";
import { getDb } from "@portal/db/client";
import { consume } from "@portal/ratelimit/server";

// What the delivery API's route handlers (/api/fachverfahren/v1/…) share: the key from the
// Authorization header, the rate limit per key, and errors as problem details (RFC 9457) with
// German title and detail (the administrative language, § 23 Abs. 1 VwVfG; the API's clients are
// the authorities' systems). Documented in docs/api/fachverfahren-v1.openapi.yaml.

export const API_BASIS = "/api/fachverfahren/v1";

/** The problems the API answers with; `type` is a URN per problem (RFC 9457 § 3.1.1). */
export const PROBLEME = {
  "nicht-authentifiziert": {
    status: 401,
    title: "Nicht authentifiziert",
    detail:
      "Die Anfrage braucht einen gültigen, nicht widerrufenen API-Schlüssel im Kopf „Authorization: Bearer sk_…“.",
  },
  "nicht-gefunden": {
    status: 404,
    title: "Nicht gefunden",
    detail: "Für Ihre Organisationseinheit gibt es unter dieser Adresse nichts.",
  },
  "ungueltige-anfrage": {
    status: 400,
    title: "Ungültige Anfrage",
    detail: "Ein Parameter der Anfrage ist ungültig.",
  },
  "zu-viele-anfragen": {
    status: 429,
    title: "Zu viele Anfragen",
    detail:
      "Dieser API-Schlüssel hat sein Anfragekontingent ausgeschöpft. Bitte später erneut versuchen.",
  },
  "anlage-nicht-lesbar": {
    status: 500,
    title: "Anlage nicht lesbar",
    detail:
      "Die Anlage ist im Speicher nicht vorhanden. Bitte wenden Sie sich an den Betrieb des Portals.",
  },
} as const;
export type Problemart = keyof typeof PROBLEME;

const KEIN_CACHE = { "Cache-Control": "no-store" } as const;

/** A problem details response (application/problem+json), never cached. */
export function problem(
  art: Problemart,
  {
    detail,
    headers = {},
    instance,
  }: { detail?: string; headers?: Record<string, string>; instance?: string } = {},
): Response {
  const p = PROBLEME[art];
  return new Response(
    JSON.stringify({
      type: `urn:portal:fachverfahren:problem:${art}`,
      title: p.title,
      status: p.status,
      detail: detail ?? p.detail,
      ...(instance ? { instance } : {}),
    }),
    {
      status: p.status,
      headers: { "Content-Type": "application/problem+json", ...KEIN_CACHE, ...headers },
    },
  );
}

/** JSON of the API, never cached (it names personal data's whereabouts). */
export const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: KEIN_CACHE });

/** The token of `Authorization: Bearer <token>` (RFC 6750 § 2.1; the scheme is case-insensitive). */
export function bearerToken(request: Request): string | null {
  const kopf = request.headers.get("authorization");
  const treffer = kopf ? /^Bearer +(\S+) *$/iu.exec(kopf) : null;
  return treffer?.[1] ?? null;
}

/**
 * The Fachverfahren behind the request's key, within its rate limit; else the response to send:
 * 401 with `WWW-Authenticate: Bearer` (RFC 6750 § 3: `error="invalid_token"` when a token was
 * sent) or 429 with `Retry-After`.
 */
export async function anmelden(
  request: Request,
): Promise<{ ok: true; fachverfahren: Fachverfahren } | { ok: false; antwort: Response }> {
  const db = getDb();
  const token = bearerToken(request);
  const fachverfahren = token
    ? await authentifiziereApiSchluessel(db, { schluessel: token })
    : null;
  if (!fachverfahren) {
    return {
      ok: false,
      antwort: problem("nicht-authentifiziert", {
        headers: {
          "WWW-Authenticate": token
            ? 'Bearer realm="fachverfahren", error="invalid_token"'
            : 'Bearer realm="fachverfahren"',
        },
      }),
    };
  }
  const erlaubt = await consume(
    db,
    fachverfahrenProSchluessel,
    `schluessel:${fachverfahren.schluesselId}`,
  );
  if (!erlaubt.ok) {
    return {
      ok: false,
      antwort: problem("zu-viele-anfragen", {
        headers: { "Retry-After": String(erlaubt.retryAfterSeconds) },
      }),
    };
  }
  return { ok: true, fachverfahren };
}

/** The links of a submission, relative to the portal (FIT-Connect names resources the same way). */
export const einreichungPfad = (id: string) => `${API_BASIS}/submissions/${id}`;
