import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getSession } from "@portal/auth/next";
import { personSchluessel } from "@portal/beteiligung/server";
import type { Bewertung, Identitaet } from "@portal/beteiligung/types";
import type { Database } from "@portal/db/client";
import { clientAddress, clientKey } from "@portal/ratelimit/server";
import { cookies, headers } from "next/headers";
import { publicUrl, sitzungsSchluessel } from "@/lib/env";

// Who is visiting a procedure's page, as the participation rules see it: an account (or an eID
// session), a browser whose e-mail address was confirmed through a contribution's link, or
// nobody in particular. And the key they rate and report under.

/**
 * The visitor: `konto`/`eid` when signed in (an eID session counts as eid from the assurance
 * level "substanziell" up, as an application does), `email` when this browser confirmed an
 * address (the cookie the confirmation page sets), otherwise `anonym`.
 */
export type Besucher =
  | { art: "konto" | "eid"; kontoId: string }
  | { art: "email"; email: string }
  | { art: "anonym" };

const COOKIE = "beteiligung-adresse";
/** A confirmed address stands for this browser for 30 days. */
const GUELTIG_TAGE = 30;

const signatur = (wert: string) =>
  createHmac("sha256", sitzungsSchluessel())
    .update(`beteiligung-adresse:${wert}`)
    .digest("base64url");

export async function besucher(): Promise<Besucher> {
  const angemeldet = await getSession();
  if (angemeldet) {
    const eid = angemeldet.sitzung.vertrauensniveau !== "niedrig";
    return { art: eid ? "eid" : "konto", kontoId: angemeldet.konto.id };
  }
  const email = leseAdresse((await cookies()).get(COOKIE)?.value);
  return email ? { art: "email", email } : { art: "anonym" };
}

/** The address in the cookie, if the portal signed it and it has not run out. */
export function leseAdresse(roh: string | undefined): string | null {
  if (!roh || roh.length > 600) return null;
  const [wert, sig, ...rest] = roh.split(".");
  if (!wert || !sig || rest.length > 0) return null;
  const a = Buffer.from(signatur(wert));
  const b = Buffer.from(sig);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const [bis, email] = Buffer.from(wert, "base64url").toString("utf8").split("\n");
  if (!email || !bis || Number(bis) < Date.now()) return null;
  return email;
}

/**
 * Remembers in this browser that it confirmed `email` (whoever holds the mail's link controls the
 * mailbox): ratings and reports from here then count for that address, once per address.
 */
export async function merkeAdresse(email: string): Promise<void> {
  const bis = new Date(Date.now() + GUELTIG_TAGE * 24 * 60 * 60 * 1000);
  (await cookies()).set(COOKIE, signiereAdresse(email, bis), {
    httpOnly: true,
    sameSite: "lax",
    secure: publicUrl().startsWith("https:"),
    path: "/",
    maxAge: GUELTIG_TAGE * 24 * 60 * 60,
  });
}

/** The cookie's value: the address and until when it counts, signed (read by `leseAdresse`). */
export function signiereAdresse(email: string, bis: Date): string {
  const wert = Buffer.from(`${bis.getTime()}\n${email}`).toString("base64url");
  return `${wert}.${signatur(wert)}`;
}

/** The strongest identity the visitor can give on a form here (an address can be typed in). */
export const kannGeben = (b: Besucher): Identitaet => (b.art === "anonym" ? "email" : b.art);

/** The client's rate-limit key (an HMAC of the address, never the address itself). */
export async function client(db: Database): Promise<string> {
  return clientKey(db, clientAddress((await headers()).get("x-forwarded-for")));
}

/**
 * The key a visitor rates and reports under: the account, the confirmed address, or (where a
 * phase lets anyone rate, and for reports) the client's connection.
 */
export async function person(db: Database, b: Besucher): Promise<string> {
  if (b.art === "konto" || b.art === "eid") return personSchluessel(db, { kontoId: b.kontoId });
  if (b.art === "email") return personSchluessel(db, { email: b.email });
  return `client:${await client(db)}`;
}

// Two reads the domain has no service for yet (reported to its owner): the visitor's own ratings
// (to show the current one) and the address of a contribution just confirmed (for the cookie).
// Plain reads of the domain's tables, by primary key.

/** The visitor's ratings of the given contributions. */
export async function meineBewertungen(
  db: Database,
  p: { person: string; beitragIds: string[] },
): Promise<Map<string, Bewertung>> {
  if (p.beitragIds.length === 0) return new Map();
  const { rows } = await db.$client.query<{ beitrag_id: string; wert: Bewertung }>(
    "select beitrag_id, wert from beteiligung_bewertung where person = $1 and beitrag_id = any($2::uuid[])",
    [p.person, p.beitragIds],
  );
  return new Map(rows.map((r) => [r.beitrag_id, r.wert]));
}

/** The address a confirmed contribution was sent with, and its procedure. */
export async function adresseDesBeitrags(
  db: Database,
  beitragId: string,
): Promise<{ email: string | null; verfahrenId: string } | null> {
  const { rows } = await db.$client.query<{ email: string | null; verfahren_id: string }>(
    "select email, verfahren_id from beteiligung_beitrag where id = $1",
    [beitragId],
  );
  const zeile = rows[0];
  return zeile ? { email: zeile.email, verfahrenId: zeile.verfahren_id } : null;
}
