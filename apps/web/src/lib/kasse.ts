import { MAX_BETRAG_CENT, ZAHLUNGSSTATUS, type Zahlungsstatus } from "@portal/payments/types";
import { z } from "zod";
import type { Lang } from "@/i18n/sprache";

// Pure helpers of the cash-office pages (/verwaltung/kasse): amounts as the clerk reads and
// types them, the list's filters and cursor trail from the URL, the day in Saxony. No database,
// no session: the pages and actions call these, the unit tests call them directly.

/** The path of the cash office in the page language. */
export const kassePfad = (lang: Lang, rest = "") => `/${lang}/verwaltung/kasse${rest}`;

/** The path of one payment's page. */
export const zahlungPfad = (lang: Lang, id: string) =>
  kassePfad(lang, `/${encodeURIComponent(id)}`);

/**
 * An intent id as the payments package makes them (`pi_` and 24 hex digits). Anything else
 * cannot exist: the page answers 404 without asking the database.
 */
export const ZAHLUNG_ID = /^pi_[0-9a-f]{24}$/u;

/** An amount in cents as staff read it: "30,70 €" in German, "EUR 30.70" in English. */
export function formatiereBetrag(lang: Lang, cent: number): string {
  const zahl = new Intl.NumberFormat(lang === "en" ? "en-GB" : "de-DE", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cent / 100);
  // A no-break space: the currency never wraps away from its number.
  return lang === "en" ? `EUR\u00a0${zahl}` : `${zahl}\u00a0€`;
}

/** Why a typed amount was refused (the page has a message for each). */
export type BetragFehler = "leer" | "format" | "nachkommastellen" | "positiv" | "zu-hoch";

export type BetragErgebnis = { ok: true; cent: number } | { ok: false; fehler: BetragFehler };

/** `1.234.567` (dots) or `1,234` (commas): a first group of 1–3 digits, then groups of 3. */
function gruppiert(text: string, trenner: "." | ","): string | null {
  const gruppen = text.split(trenner);
  const [erste, ...rest] = gruppen;
  if (!erste || !/^\d{1,3}$/u.test(erste)) return null;
  if (!rest.every((g) => /^\d{3}$/u.test(g))) return null;
  return gruppen.join("");
}

/**
 * An amount in euros as a clerk types it, in cents: "30,70" and "30.70" are 3070, "1.234,56"
 * and "1,234.56" are 123456, "30" is 3000; a "€" or "EUR" and spaces are ignored. One separator
 * followed by exactly three digits ("12,345", "1.234") is refused: it is a thousands separator
 * to some and a third decimal place to others, and guessing wrong refunds a thousand times too
 * much or too little. Nothing below a cent, nothing ≤ 0, nothing above the payments' maximum.
 */
export function parseEuro(eingabe: string): BetragErgebnis {
  const text = eingabe
    .replace(/[\s\u00a0\u202f]/gu, "")
    .replace(/^(?:€|EUR)/iu, "")
    .replace(/(?:€|EUR)$/iu, "");
  if (text === "") return { ok: false, fehler: "leer" };
  if (/^[-−]\d/u.test(text)) return { ok: false, fehler: "positiv" };
  if (!/^\d[\d.,]*$/u.test(text)) return { ok: false, fehler: "format" };

  const letzter = Math.max(text.lastIndexOf("."), text.lastIndexOf(","));
  let euro: string | null;
  let nachkomma = "";
  if (letzter < 0) {
    euro = text;
  } else {
    const trenner = text[letzter] as "." | ",";
    const anderer = trenner === "." ? "," : ".";
    const vorne = text.slice(0, letzter);
    const hinten = text.slice(letzter + 1);
    if (vorne.includes(trenner)) {
      // The same separator more than once: it groups thousands ("1.234.567"), no decimals.
      if (vorne.includes(anderer)) return { ok: false, fehler: "format" };
      euro = gruppiert(text, trenner);
    } else if (vorne.includes(anderer)) {
      // Both: the last one is the decimal separator ("1.234,56", "1,234.56").
      euro = gruppiert(vorne, anderer);
      nachkomma = hinten;
    } else if (hinten.length === 3) {
      return { ok: false, fehler: "nachkommastellen" };
    } else {
      euro = vorne;
      nachkomma = hinten;
    }
    if (nachkomma === "" && !vorne.includes(trenner)) return { ok: false, fehler: "format" };
  }
  if (euro === null || euro === "") return { ok: false, fehler: "format" };
  if (!/^\d*$/u.test(nachkomma)) return { ok: false, fehler: "format" };
  if (nachkomma.length > 2) return { ok: false, fehler: "nachkommastellen" };
  const ganz = euro.replace(/^0+(?=\d)/u, "");
  // More digits than the maximum has: refused before they become an imprecise Number.
  if (ganz.length > String(Math.floor(MAX_BETRAG_CENT / 100)).length) {
    return { ok: false, fehler: "zu-hoch" };
  }
  const cent = Number(ganz) * 100 + Number(nachkomma.padEnd(2, "0"));
  if (cent <= 0) return { ok: false, fehler: "positiv" };
  if (cent > MAX_BETRAG_CENT) return { ok: false, fehler: "zu-hoch" };
  return { ok: true, cent };
}

const zeitteile = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Saxony's clock is ahead of UTC at `zeitpunkt`, in milliseconds. */
function abstandZuUtc(zeitpunkt: number): number {
  const t = Object.fromEntries(
    zeitteile.formatToParts(zeitpunkt).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const wandUhr = Date.UTC(
    t.year ?? 0,
    (t.month ?? 1) - 1,
    t.day ?? 1,
    t.hour ?? 0,
    t.minute ?? 0,
    t.second ?? 0,
  );
  return wandUhr - Math.floor(zeitpunkt / 1000) * 1000;
}

/**
 * Midnight at the start of `tag` (YYYY-MM-DD) in Saxony, as a moment: the clerk's "from 1 March"
 * means Berlin's 1 March, whichever offset (CET, CEST) applies that day. Midnight is never in a
 * daylight-saving gap (the clocks change at 02:00/03:00).
 */
export function tagesbeginnInSachsen(tag: string): Date {
  const [jahr, monat, t] = tag.split("-").map(Number);
  const mitternachtUtc = Date.UTC(jahr ?? 1970, (monat ?? 1) - 1, t ?? 1);
  const erste = mitternachtUtc - abstandZuUtc(mitternachtUtc);
  return new Date(mitternachtUtc - abstandZuUtc(erste));
}

/** The day (YYYY-MM-DD) after `tag`. */
export function folgetag(tag: string): string {
  const d = new Date(`${tag}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The calendar day (YYYY-MM-DD) of a moment in Saxony. */
export const tagInSachsen = (zeitpunkt: Date) =>
  zeitpunkt.toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });

/** Yesterday in Saxony: the default day of the HKR booking export (the day fully booked). */
export function gesternInSachsen(jetzt: Date = new Date()): string {
  const heute = tagInSachsen(jetzt);
  const d = new Date(`${heute}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A real calendar day as YYYY-MM-DD (zod's ISO date rejects 2026-02-30). */
export const tagSchema = z.iso.date();

/** A cursor of `list` (base64url); several form the trail back to page 1. */
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/u;

/** How many pages back the list remembers; beyond, the clerk narrows the filters instead. */
export const MAX_SEITEN = 100;

type Suchparameter = Record<string, string | string[] | undefined>;

const erster = (wert: string | string[] | undefined, max: number) =>
  ((Array.isArray(wert) ? wert[0] : wert) ?? "").trim().slice(0, max);

/** Which filter field a message is about. */
export type FilterFeld = "status" | "von" | "bis" | "oe";

/** The payments list's filters as typed (what the form shows again) and as `list` takes them. */
export type Zahlungsfilter = {
  roh: Record<FilterFeld, string>;
  fehler: Partial<Record<FilterFeld, "datum" | "bisVorVon">>;
  status?: Zahlungsstatus;
  von?: Date;
  bis?: Date;
  /** The Organisationseinheiten to list: the chosen one, else all of the clerk's. */
  oes: string[];
  /** The cursors of pages 2 … n; the last is the current page's (empty: page 1). */
  seiten: string[];
};

const statusSchema = z.enum(ZAHLUNGSSTATUS);

/**
 * The filters of the payments list from the URL (the GET form is the state: bookmarkable,
 * works without JavaScript). A date that is no date is not applied and gets a message; an
 * unknown status or an OE the clerk does not work for is dropped, as the inbox does. `bis` is
 * inclusive for the clerk ("until 31 March") and becomes the exclusive start of the next day.
 */
export function leseZahlungsfilter(sp: Suchparameter, oes: readonly string[]): Zahlungsfilter {
  const roh: Record<FilterFeld, string> = {
    status: erster(sp.status, 40),
    von: erster(sp.von, 40),
    bis: erster(sp.bis, 40),
    oe: erster(sp.oe, 120),
  };
  const fehler: Zahlungsfilter["fehler"] = {};
  for (const f of ["von", "bis"] as const) {
    if (roh[f] && !tagSchema.safeParse(roh[f]).success) fehler[f] = "datum";
  }
  if (!fehler.von && !fehler.bis && roh.von && roh.bis && roh.bis < roh.von) {
    fehler.bis = "bisVorVon";
  }
  const datumOk = !fehler.von && !fehler.bis;
  const status = statusSchema.safeParse(roh.status);
  const seitenRoh = erster(sp.seiten, MAX_SEITEN * 201);
  const seiten = seitenRoh ? seitenRoh.split(".") : [];
  const seitenOk = seiten.length <= MAX_SEITEN && seiten.every((c) => CURSOR.test(c));
  return {
    roh,
    fehler,
    ...(status.success ? { status: status.data } : {}),
    ...(datumOk && roh.von ? { von: tagesbeginnInSachsen(roh.von) } : {}),
    ...(datumOk && roh.bis ? { bis: tagesbeginnInSachsen(folgetag(roh.bis)) } : {}),
    oes: oes.includes(roh.oe) ? [roh.oe] : [...oes],
    seiten: seitenOk ? seiten : [],
  };
}

/**
 * The list's URL with the filters as typed (without those in error) and the cursor trail of a
 * page: page 1 has none, page k the cursors of pages 2 … k.
 */
export function listenHref(basis: string, filter: Zahlungsfilter, seiten: readonly string[]) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter.roh)) {
    if (v && !filter.fehler[k as FilterFeld]) q.set(k, v);
  }
  if (seiten.length > 0) q.set("seiten", seiten.join("."));
  const text = q.toString();
  return text ? `${basis}?${text}` : basis;
}

/**
 * The page links of a cursor-paged list for `Pagination`: every page visited so far (they are
 * in the trail), the current one marked, and the next page when `list` says there is one.
 */
export function seitenLinks(
  basis: string,
  filter: Zahlungsfilter,
  nextCursor: string | null,
): {
  items: { number: number; href: string; current: boolean }[];
  previousHref?: string;
  nextHref?: string;
} {
  const aktuell = filter.seiten.length + 1;
  const href = (seite: number) => listenHref(basis, filter, filter.seiten.slice(0, seite - 1));
  const items = Array.from({ length: aktuell }, (_, i) => ({
    number: i + 1,
    href: href(i + 1),
    current: i + 1 === aktuell,
  }));
  return {
    items,
    ...(aktuell > 1 ? { previousHref: href(aktuell - 1) } : {}),
    ...(nextCursor && aktuell < MAX_SEITEN
      ? { nextHref: listenHref(basis, filter, [...filter.seiten, nextCursor]) }
      : {}),
  };
}

/**
 * Whether a service refused with `code`. Compared as a string, because the cash-office error
 * codes ("keine-lastschriften", …) join the payments' `Zahlungsfehler` with the "kasse" change.
 */
export const istFehler = (ergebnis: { ok: boolean; fehler?: string }, code: string) =>
  !ergebnis.ok && ergebnis.fehler === code;

/** The name a download of `dateiname` may carry in a header: letters, digits, . _ - only. */
export function sichererDateiname(dateiname: string, ersatz: string): string {
  const name = dateiname
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9._-]+/gu, "_")
    .replace(/^[._]+/u, "")
    .slice(0, 120);
  return name || ersatz;
}
