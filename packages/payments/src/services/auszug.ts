import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@portal/db/client";
import {
  type AuszugsimportRow,
  findAuszugsimport,
  findeIntentsNachKassenzeichen,
  insertAuszugsimport,
  lastschriftenDerDatei,
  listAuszugsimporte,
  offeneUeberweisungen,
  updateAuszugsimport,
} from "../queries/kasse.ts";
import { findeKassenzeichen, liesCamt } from "../sepa/camt.ts";
import { normalisiereIban } from "../sepa/iban.ts";
import { liesPain002 } from "../sepa/pain002.ts";
import { MAX_DATEIGROESSE } from "../sepa/xml-lesen.ts";
import {
  type Fehlerergebnis,
  istKassenzeichen,
  type Meldung,
  type Zahlungsfehler,
} from "../types.ts";
import { inTransaktion } from "./idempotenz.ts";
import { findeKassenkonto } from "./kasse.ts";
import { verbucheErgebnis } from "./zahlung.ts";

export type Auszugsart = "camt.053" | "camt.054" | "pain.002";

/** An item of an imported file that was not booked, with the reason, for the clerk. */
export type NichtZugeordnet = { betragCent: number; verwendungszweck: string; grund: Meldung };

/** One imported bank file (table auszug_import). */
export type Auszugsimport = {
  id: string;
  oeSchluessel: string;
  art: Auszugsart;
  dateiname: string;
  msgId: string;
  /** Items in the file (transactions of camt entries, reported transactions of a pain.002). */
  posten: number;
  /** Payments booked as succeeded by this import. */
  gebucht: number;
  /** Payments booked as failed (returned or rejected) by this import. */
  zurueckgegeben: number;
  nichtZugeordnet: NichtZugeordnet[];
  importiertAm: Date;
  importiertVon: string;
};

export type Aenderung = {
  intentId: string;
  kassenzeichen: string;
  status: "succeeded" | "failed";
  grund?: { code: string; de: string; en: string };
};

const fehler = (f: Zahlungsfehler, meldung: Meldung, feld?: string): Fehlerergebnis => ({
  ok: false,
  fehler: f,
  meldung,
  ...(feld ? { feld } : {}),
});

const alsImport = (row: AuszugsimportRow): Auszugsimport => ({
  id: row.id,
  oeSchluessel: row.oeSchluessel,
  art: row.art,
  dateiname: row.dateiname,
  msgId: row.msgId,
  posten: row.posten,
  gebucht: row.gebucht,
  zurueckgegeben: row.zurueckgegeben,
  nichtZugeordnet: row.nichtZugeordnet,
  importiertAm: row.importiertAm,
  importiertVon: row.importiertVon,
});

const euro = (cent: number) =>
  `${new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2 }).format(cent / 100)} EUR`;
const euroEn = (cent: number) =>
  `EUR ${new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2 }).format(cent / 100)}`;

const BEREITS_IMPORTIERT = fehler("datei-bereits-importiert", {
  de: "Diese Datei wurde bereits importiert (gleiche Nachrichten-ID oder gleicher Inhalt). Es wurde nichts gebucht.",
  en: "This file has already been imported (same message id or same content). Nothing was booked.",
});

const ungueltig = (m: Meldung) =>
  fehler("datei-ungueltig", {
    de: `Die Datei konnte nicht importiert werden: ${m.de}`,
    en: `The file could not be imported: ${m.en}`,
  });

/** The Kassenzeichen pattern inside a text (remittance lines), check digits verified. */
const KASSENZEICHEN_IM_TEXT = /\d{4}-\d{4,}-\d{6,}-\d{2}/gu;

function kassenzeichenIn(...texte: (string | undefined)[]): string | undefined {
  for (const t of texte) {
    if (!t) continue;
    if (istKassenzeichen(t.trim())) return t.trim();
    for (const treffer of t.matchAll(KASSENZEICHEN_IM_TEXT))
      if (istKassenzeichen(treffer[0])) return treffer[0];
  }
  return undefined;
}

/** What the file says about one payment, before it is matched. */
type Posten = {
  was: "gutschrift-lastschrift" | "ueberweisung" | "rueckgabe" | "sonstige";
  betragCent: number;
  verwendungszweck: string;
  kassenzeichen?: string;
  grund?: { code: string; de: string; en: string };
  /** Why it is not booked even before matching (not booked yet, a debit entry …). */
  vorab?: Meldung;
  /** Nothing to do and nothing to report (a pain.002 item the bank accepted). */
  ohneBelang?: boolean;
};

type Gelesen = {
  art: Auszugsart;
  msgId: string;
  konto?: string;
  posten: Posten[];
  /** A pain.002 that rejects a whole pain.008 file (or its payment block) without listing items. */
  dateiAbgelehnt?: { originalMsgId: string; grund: { code: string; de: string; en: string } };
};

/** Reads the file by its namespace: camt.053/054.001.08 or pain.002.001.10. */
function lies(inhalt: string): { ok: true; wert: Gelesen } | Fehlerergebnis {
  const kopf = inhalt.slice(0, 4096);
  if (/urn:iso:std:iso:20022:tech:xsd:pain\.002\./u.test(kopf)) {
    const r = liesPain002(inhalt);
    if (!r.ok) return ungueltig(r.fehler);
    if (!r.wert.nachrichtenId) return ungueltig(OHNE_MSGID);
    const posten: Posten[] = r.wert.transaktionen.map((t) => {
      const grund = t.gruende[0];
      return {
        was: t.abgelehnt ? "rueckgabe" : "sonstige",
        betragCent: t.betragCent ?? 0,
        verwendungszweck: t.endToEndId ?? "",
        ...(t.endToEndId && istKassenzeichen(t.endToEndId) ? { kassenzeichen: t.endToEndId } : {}),
        ...(t.abgelehnt
          ? { grund: { code: grund?.code ?? "", de: grund?.de ?? "", en: grund?.en ?? "" } }
          : { ohneBelang: true }),
      };
    });
    // The whole file (or its one payment block: the portal's files have one per sequence type,
    // all OOFF) rejected without items: every debit of that file failed.
    const gruppe =
      r.wert.gruppe.status === "RJCT"
        ? r.wert.gruppe
        : r.wert.zahlungsgruppen.find((z) => z.status === "RJCT");
    if (gruppe && posten.length === 0 && r.wert.originalNachrichtenId) {
      const g = gruppe.gruende[0];
      const dateiAbgelehnt = {
        originalMsgId: r.wert.originalNachrichtenId,
        grund: { code: g?.code ?? "", de: g?.de ?? "", en: g?.en ?? "" },
      };
      return {
        ok: true,
        wert: { art: "pain.002", msgId: r.wert.nachrichtenId, posten, dateiAbgelehnt },
      };
    }
    return { ok: true, wert: { art: "pain.002", msgId: r.wert.nachrichtenId, posten } };
  }
  const r = liesCamt(inhalt);
  if (!r.ok) return ungueltig(r.fehler);
  if (!r.wert.nachrichtenId) return ungueltig(OHNE_MSGID);
  const art: Auszugsart = r.wert.nachrichtentyp.startsWith("camt.053") ? "camt.053" : "camt.054";
  const posten: Posten[] = r.wert.bewegungen.map((b) => {
    const verwendungszweck = b.verwendungszweck ?? "";
    const gemeinsam = { betragCent: b.betragCent, verwendungszweck };
    if (!b.gebucht) {
      return {
        ...gemeinsam,
        was: "sonstige",
        vorab: {
          de: `Noch nicht gebucht (Status ${b.status || "ohne Angabe"}); erst gebuchte Umsätze (BOOK) werden verbucht.`,
          en: `Not booked yet (status ${b.status || "none"}); only booked entries (BOOK) are recorded.`,
        },
      };
    }
    if (b.waehrung !== "EUR") {
      return {
        ...gemeinsam,
        was: "sonstige",
        vorab: {
          de: `Kein Euro-Betrag (${b.waehrung}).`,
          en: `Not an amount in euro (${b.waehrung}).`,
        },
      };
    }
    const kassenzeichen = kassenzeichenIn(b.endToEndId, verwendungszweck, b.glaeubigerReferenz);
    const kz = kassenzeichen ? { kassenzeichen } : {};
    if (b.art === "ruecklastschrift") {
      const g = b.rueckgabe;
      return {
        ...gemeinsam,
        ...kz,
        was: "rueckgabe",
        grund: { code: g?.code ?? "", de: g?.de ?? "", en: g?.en ?? "" },
      };
    }
    if (b.art === "lastschrift") return { ...gemeinsam, ...kz, was: "gutschrift-lastschrift" };
    if (b.art === "ueberweisung") return { ...gemeinsam, ...kz, was: "ueberweisung" };
    return {
      ...gemeinsam,
      was: "sonstige",
      vorab: {
        de: "Kein Zahlungseingang des Portals (z. B. Entgelt oder Auszahlung).",
        en: "Not a payment received through the portal (e.g. a fee or a payout).",
      },
    };
  });
  return {
    ok: true,
    wert: {
      art,
      msgId: r.wert.nachrichtenId,
      ...(r.wert.konto ? { konto: r.wert.konto } : {}),
      posten,
    },
  };
}

const OHNE_MSGID: Meldung = {
  de: "Die Nachrichten-ID (GrpHdr/MsgId) fehlt.",
  en: "The message id (GrpHdr/MsgId) is missing.",
};

const istEindeutigkeitsfehler = (e: unknown): boolean => {
  for (let f: unknown = e; f && typeof f === "object"; f = (f as { cause?: unknown }).cause)
    if ((f as { code?: unknown }).code === "23505") return true;
  return false;
};

/**
 * Imports a bank file of `oeSchluessel` — a camt.053 statement, a camt.054 notification or a
 * pain.002 status report (the kind found by its namespace) — and books what it says, all in ONE
 * transaction (the import row, every state change and event; a failure leaves nothing):
 *
 * - a booked (BOOK) direct-debit credit whose end-to-end id (or remittance) is the Kassenzeichen of
 *   an exported debit of this authority, with the same amount → `succeeded`;
 * - a booked return (camt `RtrInf`, reason code such as MD06, AC04, AM04) or a rejected item of a
 *   pain.002 (RJCT) of an exported debit → `failed` with `{ code, message }` (a pain.002 that
 *   rejects a whole file without items fails every debit of that file); returns are booked
 *   before credits, so a file with both the batch credit and a return of one of its items ends
 *   with that item failed (its credit is then listed as not assigned);
 * - a booked credit transfer whose remittance names the Kassenzeichen of a `processing` bank
 *   transfer of this authority with the same amount → `succeeded`;
 * - anything else (no or an unknown Kassenzeichen, another authority's, a wrong amount, pending
 *   entries, fees) is not booked and listed in `nichtZugeordnet` with the reason.
 *
 * A statement of another account than the authority's (`kasse_konto`) is refused. The same file
 * (same msgId per kind, or same SHA-256) is refused as `datei-bereits-importiert` — also under
 * concurrent imports (unique indexes). Malformed, hostile (DOCTYPE, entities) or unsupported files
 * → `datei-ungueltig` naming the problem; nothing is stored then.
 */
export async function importiereAuszug(
  db: Db,
  eingabe: {
    oes: string[];
    oeSchluessel: string;
    inhalt: string;
    dateiname: string;
    vonKontoId: string;
    jetzt?: Date;
  },
): Promise<{ ok: true; import: Auszugsimport; geaendert: Aenderung[] } | Fehlerergebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  const { oeSchluessel } = eingabe;
  if (!eingabe.oes.includes(oeSchluessel)) return KEINE_KASSENDATEN;
  const konto = await findeKassenkonto(db, { oeSchluessel });
  if (!konto) return KEINE_KASSENDATEN;
  if (typeof eingabe.inhalt !== "string" || eingabe.inhalt.trim() === "")
    return ungueltig({ de: "Die Datei ist leer.", en: "The file is empty." });
  if (Buffer.byteLength(eingabe.inhalt, "utf8") > MAX_DATEIGROESSE)
    return ungueltig({
      de: `Die Datei ist zu groß (höchstens ${MAX_DATEIGROESSE / 1024 / 1024} MB).`,
      en: `The file is too large (at most ${MAX_DATEIGROESSE / 1024 / 1024} MB).`,
    });
  const gelesen = lies(eingabe.inhalt);
  if (!gelesen.ok) return gelesen;
  const datei = gelesen.wert;
  if (datei.konto && normalisiereIban(datei.konto) !== normalisiereIban(konto.iban)) {
    return ungueltig({
      de: `Der Auszug betrifft das Konto ${datei.konto}, nicht das Konto der Behörde (${konto.iban}).`,
      en: `The statement is about the account ${datei.konto}, not the authority's account (${konto.iban}).`,
    });
  }
  const sha256 = createHash("sha256").update(eingabe.inhalt, "utf8").digest("hex");
  const dateiname = (eingabe.dateiname || "auszug.xml").slice(0, 255);

  try {
    return await inTransaktion(db, async (tx) => {
      if (await findAuszugsimport(tx, { oeSchluessel, art: datei.art, msgId: datei.msgId, sha256 }))
        return BEREITS_IMPORTIERT;
      // Inserted first: a concurrent import of the same file waits on the unique indexes, then fails.
      const id = `ai_${randomBytes(12).toString("hex")}`;
      await insertAuszugsimport(tx, {
        id,
        oeSchluessel,
        art: datei.art,
        dateiname,
        msgId: datei.msgId,
        sha256,
        posten: datei.posten.length,
        gebucht: 0,
        zurueckgegeben: 0,
        importiertAm: jetzt,
        importiertVon: eingabe.vonKontoId,
      });

      if (datei.dateiAbgelehnt) {
        const debits = await lastschriftenDerDatei(tx, {
          oeSchluessel,
          msgId: datei.dateiAbgelehnt.originalMsgId,
        });
        for (const d of debits) {
          datei.posten.push({
            was: "rueckgabe",
            betragCent: d.amount,
            verwendungszweck: d.kassenzeichen,
            kassenzeichen: d.kassenzeichen,
            grund: datei.dateiAbgelehnt.grund,
          });
        }
        if (debits.length === 0) {
          datei.posten.push({
            was: "sonstige",
            betragCent: 0,
            verwendungszweck: datei.dateiAbgelehnt.originalMsgId,
            vorab: {
              de: `Die Bank hat die Datei ${datei.dateiAbgelehnt.originalMsgId} abgelehnt; eine Lastschriftdatei dieser Behörde mit dieser Nachrichten-ID gibt es nicht.`,
              en: `The bank rejected the file ${datei.dateiAbgelehnt.originalMsgId}; this authority has no direct-debit file with that message id.`,
            },
          });
        }
        await updateAuszugsimport(tx, { id, werte: { posten: datei.posten.length } });
      }
      const kassenzeichen = [
        ...new Set(datei.posten.flatMap((p) => (p.kassenzeichen ? [p.kassenzeichen] : []))),
      ];
      // Transfers: payers write the Kassenzeichen with spaces or dots; match against the open ones.
      const offene = (await offeneUeberweisungen(tx, { oeSchluessel })).map((o) => o.kassenzeichen);
      for (const p of datei.posten) {
        if (p.was !== "ueberweisung" || p.kassenzeichen) continue;
        const kz = findeKassenzeichen(p.verwendungszweck, offene);
        if (kz) {
          p.kassenzeichen = kz;
          kassenzeichen.push(kz);
        }
      }
      const treffer = await findeIntentsNachKassenzeichen(tx, { kassenzeichen });
      const nachKz = new Map(treffer.map((t) => [t.intent.kassenzeichen, t]));

      const geaendert: Aenderung[] = [];
      const nichtZugeordnet: NichtZugeordnet[] = [];
      const offen = (p: Posten, grund: Meldung) =>
        nichtZugeordnet.push({
          betragCent: p.betragCent,
          verwendungszweck: p.verwendungszweck.slice(0, 500),
          grund,
        });

      // Returns and rejections first: a return in the same file wins over the batch credit.
      const reihenfolge = [
        ...datei.posten.filter((p) => p.was === "rueckgabe"),
        ...datei.posten.filter((p) => p.was !== "rueckgabe"),
      ];
      for (const p of reihenfolge) {
        if (p.ohneBelang) continue;
        if (p.vorab) {
          offen(p, p.vorab);
          continue;
        }
        if (!p.kassenzeichen) {
          offen(p, {
            de: "Kein gültiges Kassenzeichen im Verwendungszweck oder in der Referenz gefunden.",
            en: "No valid Kassenzeichen found in the remittance text or the reference.",
          });
          continue;
        }
        const t = nachKz.get(p.kassenzeichen);
        if (!t || t.intent.oeSchluessel !== oeSchluessel) {
          offen(p, {
            de: `Das Kassenzeichen ${p.kassenzeichen} ist keiner Zahlung dieser Behörde zugeordnet.`,
            en: `The Kassenzeichen ${p.kassenzeichen} does not belong to a payment of this authority.`,
          });
          continue;
        }
        const intent = t.intent;
        const erwarteteArt = p.was === "ueberweisung" ? "bank_transfer" : "sepa_debit";
        if (intent.paymentMethodType !== erwarteteArt) {
          offen(p, {
            de: `Die Zahlung ${p.kassenzeichen} ist ${intent.paymentMethodType === "sepa_debit" ? "eine Lastschrift" : "eine Überweisung"}; die Buchung passt nicht zu dieser Zahlungsart.`,
            en: `The payment ${p.kassenzeichen} is ${intent.paymentMethodType === "sepa_debit" ? "a direct debit" : "a bank transfer"}; the entry does not match this payment method.`,
          });
          continue;
        }
        if (erwarteteArt === "sepa_debit" && !t.dateiId) {
          offen(p, {
            de: `Die Lastschrift ${p.kassenzeichen} wurde noch in keiner Lastschriftdatei exportiert.`,
            en: `The direct debit ${p.kassenzeichen} has not been exported in a direct-debit file yet.`,
          });
          continue;
        }
        if (p.was !== "rueckgabe" && p.betragCent !== intent.amount) {
          offen(p, {
            de: `Der Betrag ${euro(p.betragCent)} weicht vom Betrag der Zahlung ${p.kassenzeichen} (${euro(intent.amount)}) ab.`,
            en: `The amount ${euroEn(p.betragCent)} differs from the amount of the payment ${p.kassenzeichen} (${euroEn(intent.amount)}).`,
          });
          continue;
        }
        const ziel = p.was === "rueckgabe" ? "failed" : "succeeded";
        if (p.was === "ueberweisung" && intent.status !== "processing" && intent.status !== ziel) {
          offen(p, {
            de: `Die Überweisung ${p.kassenzeichen} wartet nicht auf einen Zahlungseingang (Status ${intent.status}).`,
            en: `The bank transfer ${p.kassenzeichen} is not awaiting a payment (status ${intent.status}).`,
          });
          continue;
        }
        if (intent.status === ziel) continue; // booked before (e.g. camt.054, then camt.053)
        const grund =
          ziel === "failed"
            ? { code: p.grund?.code || "unbekannt", message: p.grund?.de || undefined }
            : undefined;
        const r = await verbucheErgebnis(tx, {
          id: intent.id,
          ergebnis: ziel,
          ...(grund ? { grund: grund.message ? grund : { code: grund.code } } : {}),
          jetzt,
        });
        if (!r.ok) {
          offen(p, {
            de: `Die Zahlung ${p.kassenzeichen} konnte nicht verbucht werden: ${r.meldung.de} Bitte klären Sie den Posten von Hand.`,
            en: `The payment ${p.kassenzeichen} could not be booked: ${r.meldung.en} Please resolve the item by hand.`,
          });
          continue;
        }
        intent.status = r.intent.status;
        geaendert.push({
          intentId: intent.id,
          kassenzeichen: intent.kassenzeichen,
          status: ziel,
          ...(ziel === "failed" && p.grund
            ? { grund: { ...p.grund, code: p.grund.code || "unbekannt" } }
            : {}),
        });
      }
      const row = await updateAuszugsimport(tx, {
        id,
        werte: {
          gebucht: geaendert.filter((g) => g.status === "succeeded").length,
          zurueckgegeben: geaendert.filter((g) => g.status === "failed").length,
          nichtZugeordnet,
        },
      });
      return { ok: true as const, import: alsImport(row), geaendert };
    });
  } catch (e) {
    if (istEindeutigkeitsfehler(e)) return BEREITS_IMPORTIERT;
    throw e;
  }
}

const KEINE_KASSENDATEN = fehler("keine-kassendaten", {
  de: "Für diese Behörde sind keine Kassendaten (Konto und Gläubiger-Identifikationsnummer) hinterlegt.",
  en: "No cash-office details (account and creditor identifier) are configured for this authority.",
});

/** The imported files of the authorities, newest first. */
export async function listeAuszugsimporte(
  db: Db,
  { oes, limit = 50 }: { oes: string[]; limit?: number },
): Promise<Auszugsimport[]> {
  if (oes.length === 0) return [];
  const rows = await listAuszugsimporte(db, { oes, limit: Math.min(Math.max(limit, 1), 500) });
  return rows.map(alsImport);
}
