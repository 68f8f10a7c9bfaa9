import { randomBytes } from "node:crypto";
import type { Db } from "@portal/db/client";
import {
  findKassenkonto,
  findLastschriftdatei,
  insertLastschriftdatei,
  type KassenkontoRow,
  type LastschriftdateiRow,
  listLastschriftdateien,
  sperreOffeneLastschriften,
  upsertKassenkonto,
  verknuepfeMandate,
} from "../queries/kasse.ts";
import { pruefeGlaeubigerId } from "../sepa/glaeubiger-id.ts";
import { pruefeBic, pruefeIban } from "../sepa/iban.ts";
import { fruehesterFaelligkeitstag } from "../sepa/kalender.ts";
import { erzeugePain008, gruppiereLastschriften, type Lastschriftposten } from "../sepa/pain008.ts";
import { sepaName } from "../sepa/zeichen.ts";
import type { Fehlerergebnis, Meldung, Zahlungsfehler } from "../types.ts";
import { inTransaktion } from "./idempotenz.ts";

/**
 * A debit the export collects later than pre-notified, because the announced date could no
 * longer be met (the cash office may want to tell the payer).
 */
export type Verschiebung = {
  intentId: string;
  kassenzeichen: string;
  /** The due date the payer was pre-notified. */
  angekuendigt: string;
  /** The date it is collected on now. */
  faelligAm: string;
};

/** An authority's cash-office settings (table kasse_konto). */
export type Kassenkonto = {
  oeSchluessel: string;
  /** The creditor identifier (Gläubiger-ID); null when the authority collects no debits. */
  glaeubigerId: string | null;
  kontoinhaber: string;
  iban: string;
  bic: string | null;
  /** Whether it offers SEPA direct debit. */
  lastschrift: boolean;
  /** Whether it offers bank transfer with Kassenzeichen. */
  ueberweisung: boolean;
};

/** One exported pain.008 file (table lastschrift_datei). */
export type Lastschriftdatei = {
  id: string;
  oeSchluessel: string;
  glaeubigerId: string;
  /** YYYY-MM-DD */
  faelligAm: string;
  msgId: string;
  anzahl: number;
  summeCent: number;
  dateiname: string;
  erstelltAm: Date;
  erstelltVon: string;
};

const fehler = (f: Zahlungsfehler, meldung: Meldung, feld?: string): Fehlerergebnis => ({
  ok: false,
  fehler: f,
  meldung,
  ...(feld ? { feld } : {}),
});

/** The later of two ISO dates (strings compare as dates; Math.max does not apply). */
const spaeter = (a: string, b: string) => [a, b].sort()[1] ?? a;

/** The texts of a SEPA module error, without its code. */
const text = ({ de, en }: Meldung): Meldung => ({ de, en });

const alsKonto = (row: KassenkontoRow): Kassenkonto => ({
  oeSchluessel: row.oeSchluessel,
  glaeubigerId: row.glaeubigerId,
  kontoinhaber: row.kontoinhaber,
  iban: row.iban,
  bic: row.bic,
  lastschrift: row.lastschrift,
  ueberweisung: row.ueberweisung,
});

const alsDatei = (row: Omit<LastschriftdateiRow, "xml">): Lastschriftdatei => ({
  id: row.id,
  oeSchluessel: row.oeSchluessel,
  glaeubigerId: row.glaeubigerId,
  faelligAm: row.faelligAm,
  msgId: row.msgId,
  anzahl: row.anzahl,
  summeCent: row.summeCent,
  dateiname: row.dateiname,
  erstelltAm: row.erstelltAm,
  erstelltVon: row.erstelltVon,
});

/** The cash-office settings of an authority, or undefined when it has none yet. */
export async function findeKassenkonto(
  db: Db,
  { oeSchluessel }: { oeSchluessel: string },
): Promise<Kassenkonto | undefined> {
  const row = await findKassenkonto(db, { oeSchluessel });
  return row ? alsKonto(row) : undefined;
}

/**
 * Stores an authority's cash-office settings, checked with the SEPA module: the IBAN (normalised,
 * SEPA country), the BIC (optional, the IBAN's country), the creditor identifier (check digits;
 * required when the authority offers direct debit, since no mandate can be given without it). A
 * refusal names the field; nothing is stored then.
 */
export async function speichereKassenkonto(
  db: Db,
  eingabe: Kassenkonto,
): Promise<{ ok: true; konto: Kassenkonto } | Fehlerergebnis> {
  const oeSchluessel = eingabe.oeSchluessel?.trim() ?? "";
  if (oeSchluessel === "")
    return fehler(
      "eingabe-ungueltig",
      { de: "Bitte die zuständige Behörde angeben.", en: "Please give the responsible authority." },
      "oeSchluessel",
    );
  const kontoinhaber = sepaName(eingabe.kontoinhaber ?? "");
  if (kontoinhaber === "" || (eingabe.kontoinhaber ?? "").trim().length > 70)
    return fehler(
      "eingabe-ungueltig",
      {
        de: "Bitte den Kontoinhaber mit 1 bis 70 Zeichen angeben.",
        en: "Please give the account holder with 1 to 70 characters.",
      },
      "kontoinhaber",
    );
  const iban = pruefeIban(eingabe.iban ?? "");
  if (!iban.ok) return fehler("eingabe-ungueltig", text(iban.fehler), "iban");
  const bic = pruefeBic(eingabe.bic, iban.wert.iban);
  if (!bic.ok) return fehler("eingabe-ungueltig", text(bic.fehler), "bic");
  let glaeubigerId: string | null = null;
  if (eingabe.glaeubigerId?.trim()) {
    const id = pruefeGlaeubigerId(eingabe.glaeubigerId);
    if (!id.ok) return fehler("eingabe-ungueltig", text(id.fehler), "glaeubigerId");
    glaeubigerId = id.wert.id;
  } else if (eingabe.lastschrift) {
    return fehler(
      "eingabe-ungueltig",
      {
        de: "Für SEPA-Lastschriften wird die Gläubiger-Identifikationsnummer benötigt. Bitte tragen Sie sie ein oder bieten Sie keine Lastschrift an.",
        en: "SEPA direct debits need the creditor identifier. Please enter it or do not offer direct debit.",
      },
      "glaeubigerId",
    );
  }
  const row = await upsertKassenkonto(db, {
    oeSchluessel,
    glaeubigerId,
    kontoinhaber: eingabe.kontoinhaber.trim(),
    iban: iban.wert.iban,
    bic: bic.wert,
    lastschrift: eingabe.lastschrift,
    ueberweisung: eingabe.ueberweisung,
    geaendert: new Date(),
  });
  return { ok: true, konto: alsKonto(row) };
}

const KEINE_KASSENDATEN = fehler("keine-kassendaten", {
  de: "Für diese Behörde sind keine Kassendaten (Konto und Gläubiger-Identifikationsnummer) hinterlegt.",
  en: "No cash-office details (account and creditor identifier) are configured for this authority.",
});

const KEINE_LASTSCHRIFTEN = fehler("keine-lastschriften", {
  de: "Es gibt keine Lastschriften, die noch nicht exportiert wurden. Es wurde keine Datei erstellt.",
  en: "There are no direct debits that have not been exported yet. No file was created.",
});

/**
 * Exports every debit of `oeSchluessel` that is not yet in a file: the intent `processing`, its
 * mandate not linked to a file. One pain.008.001.08 file per creditor account and due date
 * (`gruppiereLastschriften`); the end-to-end id is the Kassenzeichen (it comes back in camt and
 * pain.002 files), the mandate reference `M-<Kassenzeichen>`.
 *
 * A file must reach the bank at least one TARGET2 business day before the due date (CORE D-1,
 * counted from the bank's acceptance: before its cut-off `annahmeschluss` on a business day). A
 * mandate whose pre-notified due date can no longer be met — the clerk exports late — is not
 * dropped: it is collected on the earliest date that can still be met, and the mandate row keeps
 * the date first pre-notified (`urspruenglich_faellig_am`), so the cash office can see and explain
 * it; the result lists them (`verschoben`). Collecting later than announced is allowed; earlier
 * never happens.
 *
 * All in one transaction: the files (the XML as it goes to the bank), the links from the mandates.
 * The mandates are locked `for update skip locked`: a concurrent export takes the others, never
 * the same one. Nothing to export → `keine-lastschriften`, nothing stored.
 */
export async function exportiereLastschriften(
  db: Db,
  eingabe: {
    oes: string[];
    oeSchluessel: string;
    vonKontoId: string;
    jetzt?: Date;
    annahmeschluss?: string;
  },
): Promise<{ ok: true; dateien: Lastschriftdatei[]; verschoben: Verschiebung[] } | Fehlerergebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  if (!eingabe.oes.includes(eingabe.oeSchluessel)) return KEINE_KASSENDATEN;
  const konto = await findeKassenkonto(db, { oeSchluessel: eingabe.oeSchluessel });
  if (!konto) return KEINE_KASSENDATEN;
  const fruehest = fruehesterFaelligkeitstag({
    einreichung: jetzt,
    annahmeschluss: eingabe.annahmeschluss ?? "14:00",
    vorabankuendigungTage: 0,
  });
  if (!fruehest.ok) return fehler("eingabe-ungueltig", text(fruehest.fehler), "annahmeschluss");

  return inTransaktion(db, async (tx) => {
    const offen = await sperreOffeneLastschriften(tx, { oeSchluessel: eingabe.oeSchluessel });
    if (offen.length === 0) return KEINE_LASTSCHRIFTEN;
    const posten: (Lastschriftposten & { intentId: string })[] = offen.map(
      ({ mandat, intent }) => ({
        intentId: intent.id,
        glaeubiger: {
          name: konto.kontoinhaber,
          iban: konto.iban,
          bic: konto.bic,
          glaeubigerId: mandat.glaeubigerId,
        },
        faelligkeitsdatum: spaeter(mandat.faelligAm, fruehest.wert),
        endToEndId: intent.kassenzeichen,
        betragCent: intent.amount,
        mandatsreferenz: mandat.referenz,
        mandatUnterschriebenAm: mandat.unterschriebenAm,
        sequenztyp: mandat.sequenztyp,
        schuldner: { name: mandat.kontoinhaber, iban: mandat.iban, bic: mandat.bic },
        verwendungszweck: intent.remittanceText,
      }),
    );
    const gruppen = gruppiereLastschriften(posten);
    if (!gruppen.ok) return fehler("keine-kassendaten", text(gruppen.fehler));
    const verschoben: Verschiebung[] = offen
      .filter(({ mandat }) => mandat.faelligAm < fruehest.wert)
      .map(({ mandat, intent }) => ({
        intentId: intent.id,
        kassenzeichen: intent.kassenzeichen,
        angekuendigt: mandat.urspruenglichFaelligAm ?? mandat.faelligAm,
        faelligAm: fruehest.wert,
      }));
    const dateien: Lastschriftdatei[] = [];
    for (const gruppe of gruppen.wert) {
      const datei = erzeugePain008({ ...gruppe, erstelltAm: jetzt });
      if (!datei.ok) return fehler("eingabe-ungueltig", text(datei.fehler));
      const ids = new Set(gruppe.lastschriften.map((l) => l.endToEndId));
      const intentIds = posten.filter((p) => ids.has(p.endToEndId)).map((p) => p.intentId);
      const id = `ld_${randomBytes(12).toString("hex")}`;
      const row = await insertLastschriftdatei(tx, {
        id,
        oeSchluessel: eingabe.oeSchluessel,
        glaeubigerId: gruppe.glaeubiger.glaeubigerId,
        iban: gruppe.glaeubiger.iban,
        faelligAm: gruppe.faelligkeitsdatum,
        msgId: datei.wert.nachrichtenId,
        anzahl: datei.wert.anzahl,
        summeCent: datei.wert.summeCent,
        dateiname: `pain.008_${gruppe.faelligkeitsdatum}_${datei.wert.nachrichtenId}.xml`,
        xml: datei.wert.xml,
        erstelltAm: jetzt,
        erstelltVon: eingabe.vonKontoId,
      });
      await verknuepfeMandate(tx, { intentIds, dateiId: id, faelligAm: gruppe.faelligkeitsdatum });
      dateien.push(alsDatei(row));
    }
    return { ok: true as const, dateien, verschoben };
  });
}

/** The exported files of the authorities, newest first (without the XML). */
export async function listeLastschriftdateien(
  db: Db,
  { oes, limit = 50 }: { oes: string[]; limit?: number },
): Promise<Lastschriftdatei[]> {
  if (oes.length === 0) return [];
  const rows = await listLastschriftdateien(db, { oes, limit: Math.min(Math.max(limit, 1), 500) });
  return rows.map(alsDatei);
}

/** One exported file with its XML, for download; undefined for an unknown id or another OE's. */
export async function ladeLastschriftdatei(
  db: Db,
  { oes, id }: { oes: string[]; id: string },
): Promise<{ datei: Lastschriftdatei; xml: string } | undefined> {
  if (oes.length === 0) return undefined;
  const row = await findLastschriftdatei(db, { oes, id });
  return row ? { datei: alsDatei(row), xml: row.xml } : undefined;
}
