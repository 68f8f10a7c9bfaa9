import type { Db } from "@portal/db/client";
import { buchungsereignisse } from "../queries/kasse.ts";
import { istIsoDatum, plusTage } from "../sepa/kalender.ts";
import type { Fehlerergebnis } from "../types.ts";

/** The columns of the HKR CSV, in order (documented in docs/payments.md). */
export const HKR_SPALTEN = [
  "Buchungstag",
  "Behoerde",
  "Kassenzeichen",
  "Haushaltsstelle",
  "Buchungsart",
  "Betrag",
  "Zahlungsart",
  "Beschreibung",
  "Zahlungs-ID",
  "Buchungs-ID",
] as const;

/**
 * One CSV cell (RFC 4180: quoted when it holds the separator, a quote or a line break, quotes
 * doubled). Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading `'` first (CSV/formula injection): descriptions and booking
 * references come from other services and, in the end, from citizens' applications.
 */
export function csvZelle(wert: string, { zahl = false }: { zahl?: boolean } = {}): string {
  const sicher = !zahl && /^[=+\-@\t\r]/u.test(wert) ? `'${wert}` : wert;
  return /[;"\r\n]/u.test(sicher) ? `"${sicher.replaceAll('"', '""')}"` : sicher;
}

/** Signed cents as a German decimal: -3070 → `-30,70`. */
export function betragDeutsch(cent: number): string {
  const betrag = Math.abs(cent);
  return `${cent < 0 ? "-" : ""}${Math.floor(betrag / 100)},${String(betrag % 100).padStart(2, "0")}`;
}

/** The moment a calendar day begins in Saxony (00:00 Europe/Berlin, CET or CEST). */
export function tagesbeginnInSachsen(tag: string): Date {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const mitternachtUtc = Date.parse(`${tag}T00:00:00Z`);
  for (const stunden of [1, 2]) {
    const kandidat = new Date(mitternachtUtc - stunden * 3_600_000);
    if (format.format(kandidat).replace(",", "") === `${tag} 00:00`) return kandidat;
  }
  throw new Error(`no local midnight for ${tag}`); // never: Berlin is always UTC+1 or UTC+2
}

const deutschesDatum = (tag: string) => `${tag.slice(8, 10)}.${tag.slice(5, 7)}.${tag.slice(0, 4)}`;

const ZAHLUNGSART = { sepa_debit: "LASTSCHRIFT", bank_transfer: "UEBERWEISUNG" } as const;

/**
 * The HKR booking export (Haushalts-, Kassen- und Rechnungswesen) of one authority for one day
 * (`tag`, YYYY-MM-DD in Europe/Berlin): one row per booking that moved money, derived from the
 * payment events of that day (the event's `at` decides the day, so a later export of the same day
 * gives the same rows):
 *
 * - `EINZAHLUNG` (+): a payment booked as collected (`payment_intent.succeeded`);
 * - `RUECKLASTSCHRIFT` (−): a collected direct debit that the bank took back (the payer's
 *   objection, MD06, or a late return: `payment_intent.payment_failed` after `succeeded`, with
 *   `zurueckgebucht` in its data). A debit returned or rejected before it was booked collected
 *   moved no money in the books and has no row (its EINZAHLUNG never happened);
 * - `ERSTATTUNG` (−): each refund, with its amount (`partially_refunded` / `refunded`).
 *
 * CSV for a municipal finance system: `;`-separated, UTF-8 with BOM, CRLF, a header row, RFC 4180
 * quoting, formula injection neutralised, amounts with a decimal comma. Columns: HKR_SPALTEN,
 * described in docs/payments.md. A day without bookings gives the header row only.
 */
export async function hkrExport(
  db: Db,
  { oes, oeSchluessel, tag }: { oes: string[]; oeSchluessel: string; tag: string },
): Promise<{ ok: true; dateiname: string; csv: string; zeilen: number } | Fehlerergebnis> {
  if (typeof tag !== "string" || !istIsoDatum(tag)) {
    return {
      ok: false,
      fehler: "eingabe-ungueltig",
      meldung: {
        de: "Bitte geben Sie den Tag als Datum an (JJJJ-MM-TT).",
        en: "Please give the day as a date (YYYY-MM-DD).",
      },
      feld: "tag",
    };
  }
  if (!oes.includes(oeSchluessel)) {
    return {
      ok: false,
      fehler: "keine-kassendaten",
      meldung: {
        de: "Für diese Behörde gibt es keine Kassendaten.",
        en: "There are no cash-office data for this authority.",
      },
    };
  }
  const von = tagesbeginnInSachsen(tag);
  const bis = tagesbeginnInSachsen(plusTage(tag, 1));
  const ereignisse = await buchungsereignisse(db, { oeSchluessel, von, bis });
  const zeilen: string[][] = [];
  for (const { event, intent, dateiId } of ereignisse) {
    let art: string;
    let betrag: number;
    if (event.type === "payment_intent.succeeded") {
      art = "EINZAHLUNG";
      betrag = intent.amount;
    } else if (event.type === "payment_intent.payment_failed") {
      const zurueck = Number(event.data.zurueckgebucht);
      if (intent.paymentMethodType !== "sepa_debit" || !dateiId) continue;
      if (!Number.isSafeInteger(zurueck) || zurueck <= 0) continue;
      art = "RUECKLASTSCHRIFT";
      betrag = -zurueck;
    } else {
      art = "ERSTATTUNG";
      const erstattet = Number(event.data.betrag);
      if (!Number.isSafeInteger(erstattet) || erstattet <= 0) continue;
      betrag = -erstattet;
    }
    zeilen.push([
      deutschesDatum(tag),
      oeSchluessel,
      intent.kassenzeichen,
      intent.haushaltsstelle ?? "",
      art,
      betragDeutsch(betrag),
      ZAHLUNGSART[intent.paymentMethodType],
      intent.description,
      intent.id,
      String(event.id),
    ]);
  }
  const betragSpalte = HKR_SPALTEN.indexOf("Betrag");
  const csv =
    "\uFEFF" +
    [
      HKR_SPALTEN.join(";"),
      ...zeilen.map((z) => z.map((w, i) => csvZelle(w, { zahl: i === betragSpalte })).join(";")),
    ]
      .map((z) => `${z}\r\n`)
      .join("");
  const sicher = oeSchluessel.replace(/[^A-Za-z0-9-]+/gu, "_");
  return { ok: true, dateiname: `hkr_${sicher}_${tag}.csv`, csv, zeilen: zeilen.length };
}
