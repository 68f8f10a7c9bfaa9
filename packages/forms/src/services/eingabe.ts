import type { Antworten, Eingabe, Feld, Formulardefinition, Sprache, Upload } from "../types.ts";
import { istUpload } from "./antworten.ts";

// The way back from stored answers to what a form shows in its inputs: the page a citizen
// returns to (or changes from the summary) shows the answers as they would type them, and posting
// it unchanged gives the same answers (`pruefeSeite` reads every format written here).

const zahl = (n: number, lang: Sprache) =>
  lang === "de" ? String(n).replace(".", ",") : String(n);

const betrag = (cent: number, lang: Sprache) => {
  const s = (cent / 100).toFixed(2);
  return lang === "de" ? s.replace(".", ",") : s;
};

const datum = (iso: string, lang: Sprache) => {
  const [j, m, t] = iso.split("-");
  return lang === "de" && j && m && t ? `${t}.${m}.${j}` : iso;
};

function einfuegen(feld: Feld, wert: unknown, pfad: string, ziel: Eingabe, lang: Sprache) {
  if (wert === undefined || wert === null) return;
  switch (feld.typ) {
    case "gruppe":
      if (typeof wert === "object" && !Array.isArray(wert)) {
        for (const f of feld.felder) {
          einfuegen(f, (wert as Antworten)[f.id], `${pfad}.${f.id}`, ziel, lang);
        }
      }
      return;
    case "wiederholung":
      if (Array.isArray(wert)) {
        wert.forEach((zeile, n) => {
          for (const f of feld.felder) {
            einfuegen(f, (zeile as Antworten)[f.id], `${pfad}.${n}.${f.id}`, ziel, lang);
          }
        });
      }
      return;
    case "datei":
      if (istUpload(wert)) ziel[pfad] = wert as Upload;
      return;
    case "datum":
      ziel[pfad] = typeof wert === "string" ? datum(wert, lang) : String(wert);
      return;
    case "zahl":
    case "ganzzahl":
      ziel[pfad] = typeof wert === "number" ? zahl(wert, lang) : String(wert);
      return;
    case "betrag":
      ziel[pfad] = typeof wert === "number" ? betrag(wert, lang) : String(wert);
      return;
    case "wahrheitswert":
      ziel[pfad] = wert === true ? "ja" : "nein";
      return;
    case "auswahl":
      ziel[pfad] = Array.isArray(wert) ? wert.map(String) : String(wert);
      return;
    default:
      ziel[pfad] = String(wert);
  }
}

/**
 * A page's stored answers as the inputs of its form: names are the paths `pruefeSeite` reads
 * (`hund.name`, rows `hunde.0.name`), values what a citizen would type in `lang`.
 */
export function eingabeAus(
  def: Formulardefinition,
  seiteId: string,
  antworten: Antworten,
  lang: Sprache,
): Eingabe {
  const ziel: Eingabe = {};
  const seite = def.seiten.find((s) => s.id === seiteId);
  for (const feld of seite?.felder ?? []) einfuegen(feld, antworten[feld.id], feld.id, ziel, lang);
  return ziel;
}

/** How many rows each repeatable group of a page has in `eingabe` (at least its minimum). */
export function zeilenAnzahl(
  def: Formulardefinition,
  seiteId: string,
  eingabe: Eingabe,
): Record<string, number> {
  const anzahl: Record<string, number> = {};
  const seite = def.seiten.find((s) => s.id === seiteId);
  const zaehle = (felder: Feld[], prefix: string) => {
    for (const feld of felder) {
      const pfad = prefix ? `${prefix}.${feld.id}` : feld.id;
      if (feld.typ === "gruppe") zaehle(feld.felder, pfad);
      if (feld.typ !== "wiederholung") continue;
      let hoechste = -1;
      const start = `${pfad}.`;
      for (const name of Object.keys(eingabe)) {
        if (!name.startsWith(start)) continue;
        const m = /^(\d{1,3})\./.exec(name.slice(start.length));
        if (m) hoechste = Math.max(hoechste, Number(m[1]));
      }
      anzahl[pfad] = Math.min(feld.max, Math.max(feld.min, 1, hoechste + 1));
    }
  };
  zaehle(seite?.felder ?? [], "");
  return anzahl;
}

/** Who may file the form (default "servicekonto") and its reference numbers' prefix. */
export const zugangVon = (def: Formulardefinition) => def.zugang ?? "servicekonto";

export function aktenzeichenPraefixVon(def: Formulardefinition): string {
  if (def.aktenzeichenPraefix) return def.aktenzeichenPraefix;
  const woerter = def.schluessel.split("-").filter(Boolean);
  const praefix = (woerter.length > 1 ? woerter.map((w) => w[0]) : [...def.schluessel.slice(0, 2)])
    .join("")
    .toUpperCase()
    .replace(/[^A-Z]/gu, "X")
    .slice(0, 5);
  return praefix.length >= 2 ? praefix : `${praefix}X`;
}

/**
 * The answers of fields marked with a profile field (top level and in groups, not in repeat
 * rows), e.g. the applicant's postcode and town, from which the runner finds the municipality
 * and so the responsible authority.
 */
export function profilwerteAus(
  def: Formulardefinition,
  antworten: Antworten,
): Partial<Record<NonNullable<Feld["profilFeld"]>, string>> {
  const werte: Partial<Record<NonNullable<Feld["profilFeld"]>, string>> = {};
  const sammle = (felder: Feld[], ebene: Antworten) => {
    for (const feld of felder) {
      const wert = ebene[feld.id];
      if (feld.typ === "gruppe" && wert && typeof wert === "object" && !Array.isArray(wert)) {
        sammle(feld.felder, wert as Antworten);
      } else if (feld.profilFeld && typeof wert === "string" && !(feld.profilFeld in werte)) {
        werte[feld.profilFeld] = wert;
      }
    }
  };
  for (const seite of def.seiten) sammle(seite.felder, antworten);
  return werte;
}
