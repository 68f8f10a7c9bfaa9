import "server-only";
import { getDb } from "@portal/db/client";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode, encode } from "next-auth/jwt";
import { cache } from "react";
import { eidEnv, sitzungsEnv } from "./env.ts";
import { EID_TRANSAKTION_MS, type EidTransaktion, eidTransaktionSchema } from "./services/eid.ts";
import { hatRolle, ladeMitarbeiter, oeffneAnmeldevorgang } from "./services/mitarbeiter.ts";
import { organisationDerSitzung } from "./services/organisation.ts";
import { pruefeSitzung } from "./services/sitzung.ts";
import {
  ANGEMELDET_HINWEIS,
  type GepruefteSitzung,
  type KontoInfo,
  type MitarbeiterInfo,
  type Mitgliedsrolle,
  type OrganisationInfo,
  type Rolle,
  sichererRuecksprung,
  sichererVerwaltungsRuecksprung,
} from "./types.ts";

export { sichererRuecksprung, sichererVerwaltungsRuecksprung };

// The Servicekonto in a Next.js app: the session cookie and the guards pages and actions call.
// The cookie is next-auth's session token (an encrypted JWT, A256GCM, keyed by NEXTAUTH_SECRET),
// under next-auth's name, so that its own routes (the eID sign-in over OpenID Connect) and the
// password sign-in share one cookie. It carries only the session's random token; every request
// checks that token against the `sitzung` table, so a session ends for real when it is revoked
// (sign-out, "sign out everywhere", a new password) or idle, whatever the cookie says.

/**
 * A signed-in request: its account, its session (assurance level, the organisation acted for)
 * and the token of its session (for "this session").
 */
export type Angemeldet = { konto: KontoInfo; sitzung: GepruefteSitzung; token: string };

const cookieName = () =>
  sitzungsEnv().sicher ? "__Secure-next-auth.session-token" : "next-auth.session-token";

/** The signed-in account of this request, or null. Checked once per request (React `cache`). */
export const getSession = cache(async (): Promise<Angemeldet | null> => {
  const roh = (await cookies()).get(cookieName())?.value;
  if (!roh) return null;
  const jwt = await decode({ token: roh, secret: sitzungsEnv().NEXTAUTH_SECRET }).catch(() => null);
  const token = typeof jwt?.sid === "string" ? jwt.sid : null;
  if (!token) return null;
  const geprueft = await pruefeSitzung(getDb(), { token });
  return geprueft ? { konto: geprueft.konto, sitzung: geprueft.sitzung, token } : null;
});

/**
 * The signed-in account, or a redirect to the sign-in page that comes back to `zurueck` (a path
 * of this site). For pages and actions that need an account.
 */
export async function requireUser(options: {
  lang: "de" | "en";
  zurueck?: string;
}): Promise<Angemeldet> {
  const angemeldet = await getSession();
  if (!angemeldet) {
    const ziel = sichererRuecksprung(options.zurueck, options.lang);
    redirect(`/${options.lang}/konto/anmelden?zurueck=${encodeURIComponent(ziel)}`);
  }
  return angemeldet;
}

/** Sets the cookie of a session that `meldeAn` began; it ends with the session's absolute end. */
export async function setzeSitzungscookie(sitzung: {
  kontoId: string;
  token: string;
  laeuftAbAm: Date;
}): Promise<void> {
  const { NEXTAUTH_SECRET, sicher } = sitzungsEnv();
  const maxAge = Math.max(1, Math.floor((sitzung.laeuftAbAm.getTime() - Date.now()) / 1000));
  const jwt = await encode({
    token: { sub: sitzung.kontoId, sid: sitzung.token },
    secret: NEXTAUTH_SECRET,
    maxAge,
  });
  const jar = await cookies();
  jar.set(cookieName(), jwt, {
    httpOnly: true,
    // Lax: the cookie goes along when a citizen follows a link to the portal, not with requests
    // other sites make in the background; server actions check the Origin on top.
    sameSite: "lax",
    secure: sicher,
    path: "/",
    maxAge,
  });
  jar.set(ANGEMELDET_HINWEIS, "1", { sameSite: "lax", secure: sicher, path: "/", maxAge });
}

/** Removes the session cookie (after the session itself was ended). */
export async function loescheSitzungscookie(): Promise<void> {
  const jar = await cookies();
  jar.delete(cookieName());
  jar.delete(ANGEMELDET_HINWEIS);
}

// --- Organisationen (issue 8) ---

/**
 * The organisation this request's session acts for, membership checked now; null when signed
 * out or acting as oneself. For the header's "acting for …" (checked once per request).
 */
export const getHandelnFuer = cache(async (): Promise<OrganisationInfo | null> => {
  const angemeldet = await getSession();
  if (!angemeldet) return null;
  return organisationDerSitzung(getDb(), {
    sitzungId: angemeldet.sitzung.id,
    kontoId: angemeldet.konto.id,
    organisationId: angemeldet.sitzung.organisationId,
  });
});

/** A request signed in and acting for an organisation: the account, and the organisation. */
export type ImAuftrag = Angemeldet & { organisation: OrganisationInfo };

/**
 * The signed-in account and the organisation its session acts for, with the membership checked
 * again on this request (a member removed a moment ago is refused at once, and the session stops
 * acting for the organisation). No organisation, or not the `rolle` asked for: a redirect to the
 * list of the account's organisations, where it can choose one.
 */
export async function requireOrgMember(options: {
  lang: "de" | "en";
  rolle?: Mitgliedsrolle;
  zurueck?: string;
}): Promise<ImAuftrag> {
  const angemeldet = await requireUser(options);
  const organisation = await getHandelnFuer();
  if (!organisation || (options.rolle && organisation.rolle !== options.rolle)) {
    redirect(`/${options.lang}/konto/organisationen`);
  }
  return { ...angemeldet, organisation };
}

// --- Staff area /verwaltung (issue 8) ---
//
// Staff sessions have their own cookie, never next-auth's: a staff session is valid only in the
// staff area (pruefeSitzung with bereich "verwaltung") and a citizen's only outside it, so a
// browser can hold both without one standing in for the other. The cookie carries the session's
// random token itself (no next-auth route needs to read it). `__Host-` (over https) pins it to
// this host and path "/", SameSite=Strict keeps it off every request another site starts:
// staff pages are reached by typing or bookmarks, not by links from elsewhere.

/** A signed-in staff member: the account, the session, its token, and the staff member's roles. */
export type AngemeldeterMitarbeiter = Angemeldet & { mitarbeiter: MitarbeiterInfo };

const verwaltungsCookie = () =>
  sitzungsEnv().sicher ? "__Host-portal.verwaltung" : "portal.verwaltung";
const vorgangsCookie = () =>
  sitzungsEnv().sicher ? "__Host-portal.verwaltung.anmeldung" : "portal.verwaltung.anmeldung";

/**
 * The signed-in staff member of this request, or null: a live session of the staff area and an
 * active staff row (a staff member deactivated a moment ago is refused at once, whatever their
 * session). Checked once per request (React `cache`).
 */
export const getStaffSession = cache(async (): Promise<AngemeldeterMitarbeiter | null> => {
  const token = (await cookies()).get(verwaltungsCookie())?.value;
  if (!token || token.length > 100) return null;
  const db = getDb();
  const geprueft = await pruefeSitzung(db, { token, bereich: "verwaltung" });
  if (!geprueft) return null;
  const mitarbeiter = await ladeMitarbeiter(db, { kontoId: geprueft.konto.id });
  if (!mitarbeiter || mitarbeiter.deaktiviert) return null;
  return { konto: geprueft.konto, sitzung: geprueft.sitzung, token, mitarbeiter };
});

/**
 * The guard of every staff page and action: the signed-in staff member, who holds `rolle` in
 * `oe` (see `hatRolle`: admin of an Organisationseinheit holds all its roles; without `oe` the
 * role in any Organisationseinheit, without `rolle` any role). Not signed in: a redirect to the
 * staff sign-in that comes back to `zurueck`. Signed in without the role: a redirect to the
 * "no access" page, which says so (the request is not carried out).
 *
 * ```ts
 * const { mitarbeiter } = await requireStaff({ lang, oe: "gv-14612000", rolle: "kasse" });
 * ```
 */
export async function requireStaff(options: {
  lang: "de" | "en";
  oe?: string;
  rolle?: Rolle;
  zurueck?: string;
}): Promise<AngemeldeterMitarbeiter> {
  const angemeldet = await getStaffSession();
  if (!angemeldet) {
    const ziel = sichererVerwaltungsRuecksprung(options.zurueck, options.lang);
    redirect(`/${options.lang}/verwaltung/anmelden?zurueck=${encodeURIComponent(ziel)}`);
  }
  if (!hatRolle(angemeldet.mitarbeiter, { oe: options.oe, rolle: options.rolle })) {
    redirect(`/${options.lang}/verwaltung/kein-zugriff`);
  }
  return angemeldet;
}

const strikt = (maxAge: number) =>
  ({
    httpOnly: true,
    sameSite: "strict",
    secure: sitzungsEnv().sicher,
    path: "/",
    maxAge,
  }) as const;

const sekundenBis = (ende: Date) => Math.max(1, Math.floor((ende.getTime() - Date.now()) / 1000));

/** Sets the cookie of a staff session (after the second factor); it ends with the session. */
export async function setzeVerwaltungscookie(sitzung: {
  token: string;
  laeuftAbAm: Date;
}): Promise<void> {
  const jar = await cookies();
  jar.set(verwaltungsCookie(), sitzung.token, strikt(sekundenBis(sitzung.laeuftAbAm)));
  jar.delete(vorgangsCookie());
}

/** Removes the staff session cookie (after the session itself was ended). */
export async function loescheVerwaltungscookie(): Promise<void> {
  const jar = await cookies();
  jar.delete(verwaltungsCookie());
  jar.delete(vorgangsCookie());
}

/** Keeps the sealed state between password and code (meldeMitarbeiterAn) for 5 minutes. */
export async function setzeAnmeldevorgang(vorgang: {
  vorgang: string;
  laeuftAbAm: Date;
}): Promise<void> {
  (await cookies()).set(vorgangsCookie(), vorgang.vorgang, strikt(sekundenBis(vorgang.laeuftAbAm)));
}

/** The account whose password was just given in this browser (within 5 minutes), or null. */
export async function leseAnmeldevorgang(): Promise<{ kontoId: string } | null> {
  return oeffneAnmeldevorgang((await cookies()).get(vorgangsCookie())?.value);
}

// --- eID (issue 8, item 3) ---

const eidCookieName = () =>
  sitzungsEnv().sicher ? "__Secure-portal.eid-transaktion" : "portal.eid-transaktion";

/**
 * The cookie is sent only to the redirect URI: nothing else needs the transaction's secrets.
 * SameSite=Lax: the eID service sends the browser back with a top-level GET from its own site.
 */
const eidCookiePfad = () => new URL(eidEnv()?.redirectUri ?? "http://x/").pathname;

/**
 * Keeps an eID transaction (from `beginneEid`) for the return from the eID service: encrypted
 * like the session cookie (A256GCM, keyed by NEXTAUTH_SECRET), httpOnly, for 10 minutes.
 */
export async function setzeEidTransaktion(transaktion: EidTransaktion): Promise<void> {
  const { NEXTAUTH_SECRET, sicher } = sitzungsEnv();
  const maxAge = EID_TRANSAKTION_MS / 1000;
  const jwt = await encode({ token: { eid: transaktion }, secret: NEXTAUTH_SECRET, maxAge });
  (await cookies()).set(eidCookieName(), jwt, {
    httpOnly: true,
    sameSite: "lax",
    secure: sicher,
    path: eidCookiePfad(),
    maxAge,
  });
}

/** The eID transaction of this request's cookie, or null when it is missing, expired or altered. */
export async function leseEidTransaktion(): Promise<EidTransaktion | null> {
  const roh = (await cookies()).get(eidCookieName())?.value;
  if (!roh) return null;
  const jwt = await decode({ token: roh, secret: sitzungsEnv().NEXTAUTH_SECRET }).catch(() => null);
  const gelesen = eidTransaktionSchema.safeParse(jwt?.eid);
  return gelesen.success ? gelesen.data : null;
}

/** Removes the eID transaction cookie: a transaction is used once, whatever its outcome. */
export async function loescheEidTransaktion(): Promise<void> {
  (await cookies()).delete({ name: eidCookieName(), path: eidCookiePfad() });
}
