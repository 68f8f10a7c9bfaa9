import type { Db } from "@portal/db/client";
import type { Fehlerergebnis } from "../types.ts";

// STUB (brief "kasseseiten"): the signatures of the cash-office services as agreed in the
// contract with the helper "kasse", who implements them at the same time. The pages of
// apps/web/src/app/[lang]/verwaltung/kasse are written against these. The lead deletes this file
// when merging and exports the real services from server.ts instead.

/** An authority's cash-office settings (table kasse_konto). */
export type Kassenkonto = {
  oeSchluessel: string;
  glaeubigerId: string | null;
  kontoinhaber: string;
  iban: string;
  bic: string | null;
  lastschrift: boolean;
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

/** One imported bank file (table auszug_import). */
export type Auszugsimport = {
  id: string;
  oeSchluessel: string;
  art: "camt.053" | "camt.054" | "pain.002";
  dateiname: string;
  msgId: string;
  posten: number;
  gebucht: number;
  zurueckgegeben: number;
  nichtZugeordnet: {
    betragCent: number;
    verwendungszweck: string;
    grund: { de: string; en: string };
  }[];
  importiertAm: Date;
  importiertVon: string;
};

const nichtImplementiert = (): never => {
  throw new Error("not implemented");
};

export async function findeKassenkonto(
  _db: Db,
  _eingabe: { oeSchluessel: string },
): Promise<Kassenkonto | undefined> {
  return nichtImplementiert();
}

export async function speichereKassenkonto(
  _db: Db,
  _eingabe: Kassenkonto,
): Promise<{ ok: true; konto: Kassenkonto } | Fehlerergebnis> {
  return nichtImplementiert();
}

export async function exportiereLastschriften(
  _db: Db,
  _eingabe: { oes: string[]; oeSchluessel: string; vonKontoId: string; jetzt?: Date },
): Promise<{ ok: true; dateien: Lastschriftdatei[] } | Fehlerergebnis> {
  return nichtImplementiert();
}

export async function listeLastschriftdateien(
  _db: Db,
  _eingabe: { oes: string[]; limit?: number },
): Promise<Lastschriftdatei[]> {
  return nichtImplementiert();
}

export async function ladeLastschriftdatei(
  _db: Db,
  _eingabe: { oes: string[]; id: string },
): Promise<{ datei: Lastschriftdatei; xml: string } | undefined> {
  return nichtImplementiert();
}

export async function importiereAuszug(
  _db: Db,
  _eingabe: {
    oes: string[];
    oeSchluessel: string;
    inhalt: string;
    dateiname: string;
    vonKontoId: string;
    jetzt?: Date;
  },
): Promise<
  | {
      ok: true;
      import: Auszugsimport;
      geaendert: {
        intentId: string;
        kassenzeichen: string;
        status: "succeeded" | "failed";
        grund?: { code: string; de: string; en: string };
      }[];
    }
  | Fehlerergebnis
> {
  return nichtImplementiert();
}

export async function listeAuszugsimporte(
  _db: Db,
  _eingabe: { oes: string[]; limit?: number },
): Promise<Auszugsimport[]> {
  return nichtImplementiert();
}

export async function hkrExport(
  _db: Db,
  _eingabe: { oes: string[]; oeSchluessel: string; tag: string },
): Promise<{ ok: true; dateiname: string; csv: string; zeilen: number } | Fehlerergebnis> {
  return nichtImplementiert();
}
