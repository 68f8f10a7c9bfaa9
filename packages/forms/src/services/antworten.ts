import type {
  Antworten,
  AuswahlFeld,
  Bedingung,
  DateiFeld,
  Eingabe,
  Feld,
  Feldfehler,
  Formulardefinition,
  ProfilFeld,
  Seite,
  Sprache,
  Text,
  TextFeld,
  Upload,
  Wert,
} from "../types.ts";
import {
  formatiereDatum,
  heuteInDeutschland,
  istIsoDatum,
  leseDatum,
  loeseDatumGrenze,
} from "./datum.ts";
import { MAX_TEXT, STANDARD_MAX_EINZEILIG } from "./definition.ts";
import { fehlerText } from "./fehler.ts";

// Answers: reading a posted page, conditions, validation of a whole draft, navigation and the
// summary. Pure functions of (definition, answers): the same code runs on the server and, for
// client-side hints, in the browser; the server's result is the one that counts.

// ---------------------------------------------------------------------------------------------
// Conditions

/** One scope of answers: the fields declared there and their (already cleaned) values. */
export interface Ebene {
  felder: Feld[];
  werte: Antworten;
}

/**
 * Where a condition is evaluated: the scopes from the form (outermost) to the innermost group or
 * repeat row. A path's first id is looked up from the innermost scope outwards, so inside a row
 * `gefaehrlich` is that row's answer.
 */
export interface Kontext {
  ebenen: Ebene[];
}

const alleFelderCache = new WeakMap<Formulardefinition, Feld[]>();
function obersteFelder(def: Formulardefinition): Feld[] {
  let felder = alleFelderCache.get(def);
  if (!felder) {
    felder = def.seiten.flatMap((s) => s.felder);
    alleFelderCache.set(def, felder);
  }
  return felder;
}

/** The context of the form's top level for the given answers. */
export function kontextVon(def: Formulardefinition, antworten: Antworten): Kontext {
  return { ebenen: [{ felder: obersteFelder(def), werte: antworten }] };
}

function istObjekt(w: unknown): w is Record<string, unknown> {
  return typeof w === "object" && w !== null && !Array.isArray(w);
}

export function istUpload(w: unknown): w is Upload {
  return (
    istObjekt(w) &&
    typeof w.id === "string" &&
    w.id.length > 0 &&
    typeof w.dateiname === "string" &&
    typeof w.medientyp === "string" &&
    typeof w.groesse === "number" &&
    Number.isSafeInteger(w.groesse) &&
    w.groesse >= 0
  );
}

function istAntworten(w: unknown): w is Antworten {
  return istObjekt(w) && !istUpload(w);
}

/** Whether an answer counts as not given: nothing, blank text, no codes, no rows, an empty group. */
export function istLeer(w: unknown): boolean {
  if (w === undefined || w === null) return true;
  if (typeof w === "string") return w.trim() === "";
  if (Array.isArray(w)) return w.length === 0;
  if (istAntworten(w)) return Object.values(w).every(istLeer);
  return false;
}

function wertAn(pfad: string, kontext: Kontext): unknown {
  const [erstes, ...rest] = pfad.split(".") as [string, ...string[]];
  for (let i = kontext.ebenen.length - 1; i >= 0; i--) {
    const ebene = kontext.ebenen[i]!;
    if (!ebene.felder.some((f) => f.id === erstes)) continue;
    let wert: unknown = ebene.werte[erstes];
    for (const teil of rest) {
      if (!istAntworten(wert)) return undefined;
      wert = wert[teil];
    }
    return wert;
  }
  return undefined;
}

/** Evaluates a condition. A referenced field that is hidden has no answer, so counts as empty. */
export function erfuellt(b: Bedingung, kontext: Kontext): boolean {
  if ("alle" in b) return b.alle.every((t) => erfuellt(t, kontext));
  if ("eine" in b) return b.eine.some((t) => erfuellt(t, kontext));
  if ("nicht" in b) return !erfuellt(b.nicht, kontext);
  const wert = wertAn(b.feld, kontext);
  if ("ausgefuellt" in b) return istLeer(wert) !== b.ausgefuellt;
  const gesucht = "ist" in b ? [b.ist] : b.in;
  if (Array.isArray(wert)) return wert.some((w) => gesucht.includes(w as string));
  return gesucht.includes(wert as string);
}

/** Whether a field (or page) is shown in this context: no condition, or its condition holds. */
export function istSichtbar(feld: Pick<Feld, "bedingung">, kontext: Kontext): boolean {
  return !feld.bedingung || erfuellt(feld.bedingung, kontext);
}

// ---------------------------------------------------------------------------------------------
// Walking the answers in form order

interface Vorfahr {
  feld: Feld;
  zeile?: number;
}

interface Besuch {
  feld: Feld;
  pfad: string;
  /** The answer as stored (a group: its raw object; a repeat: its rows). */
  wert: unknown;
  seite: Seite;
  vorfahren: Vorfahr[];
}

/**
 * Walks the visible pages and fields in order and returns the answers with everything hidden
 * dropped. Because a condition only refers to earlier fields, one pass suffices: each condition
 * sees the cleaned answers before it, so a chain of hidden fields collapses correctly.
 */
function durchlaufe(
  def: Formulardefinition,
  antworten: Antworten,
  besuche?: (b: Besuch) => void,
): { antworten: Antworten; seiten: Seite[] } {
  const sauber: Antworten = {};
  const oben: Ebene = { felder: obersteFelder(def), werte: sauber };
  const seiten: Seite[] = [];
  for (const seite of def.seiten) {
    if (!istSichtbar(seite, { ebenen: [oben] })) continue;
    seiten.push(seite);
    durchlaufeFelder(seite.felder, antworten, sauber, [oben], "", seite, [], besuche);
  }
  return { antworten: sauber, seiten };
}

function durchlaufeFelder(
  felder: Feld[],
  roh: Antworten,
  sauber: Antworten,
  ebenen: Ebene[],
  prefix: string,
  seite: Seite,
  vorfahren: Vorfahr[],
  besuche?: (b: Besuch) => void,
): void {
  for (const feld of felder) {
    if (!istSichtbar(feld, { ebenen })) continue;
    const pfad = prefix ? `${prefix}.${feld.id}` : feld.id;
    const wert = roh[feld.id];
    if (feld.typ === "gruppe") {
      const inhalt = istAntworten(wert) ? wert : {};
      besuche?.({ feld, pfad, wert, seite, vorfahren });
      const sub: Antworten = {};
      const ebene = { felder: feld.felder, werte: sub };
      durchlaufeFelder(
        feld.felder,
        inhalt,
        sub,
        [...ebenen, ebene],
        pfad,
        seite,
        [...vorfahren, { feld }],
        besuche,
      );
      if (Object.keys(sub).length > 0) sauber[feld.id] = sub;
    } else if (feld.typ === "wiederholung") {
      const zeilen = Array.isArray(wert) ? wert.map((z) => (istAntworten(z) ? z : {})) : [];
      besuche?.({ feld, pfad, wert: zeilen, seite, vorfahren });
      const neu = zeilen.map((zeile, i) => {
        const sub: Antworten = {};
        const ebene = { felder: feld.felder, werte: sub };
        durchlaufeFelder(
          feld.felder,
          zeile,
          sub,
          [...ebenen, ebene],
          `${pfad}.${i}`,
          seite,
          [...vorfahren, { feld, zeile: i }],
          besuche,
        );
        return sub;
      });
      if (neu.length > 0) sauber[feld.id] = neu;
    } else {
      besuche?.({ feld, pfad, wert, seite, vorfahren });
      if (wert !== undefined) sauber[feld.id] = wert;
    }
  }
}

/** The pages shown for these answers, in order (a page whose condition fails is skipped). */
export function sichtbareSeiten(def: Formulardefinition, antworten: Antworten): Seite[] {
  return durchlaufe(def, antworten).seiten;
}

/** The answers without those of hidden pages and fields (what is stored and submitted). */
export function bereinige(def: Formulardefinition, antworten: Antworten): Antworten {
  return durchlaufe(def, antworten).antworten;
}

/**
 * The page after `seiteId` that is shown for these answers, or null at the end (then the runner
 * shows the summary). `null` (or an unknown id) as `seiteId` gives the first page.
 */
export function naechsteSeite(
  def: Formulardefinition,
  antworten: Antworten,
  seiteId: string | null,
): string | null {
  const sichtbar = new Set(sichtbareSeiten(def, antworten).map((s) => s.id));
  const start = seiteId === null ? -1 : def.seiten.findIndex((s) => s.id === seiteId);
  for (let i = start + 1; i < def.seiten.length; i++) {
    const id = def.seiten[i]!.id;
    if (sichtbar.has(id)) return id;
  }
  return null;
}

/** The shown page before `seiteId`, or null on the first page (then "back" leads to the service page). */
export function vorherigeSeite(
  def: Formulardefinition,
  antworten: Antworten,
  seiteId: string,
): string | null {
  const sichtbar = new Set(sichtbareSeiten(def, antworten).map((s) => s.id));
  const start = def.seiten.findIndex((s) => s.id === seiteId);
  for (let i = start - 1; i >= 0; i--) {
    const id = def.seiten[i]!.id;
    if (sichtbar.has(id)) return id;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Values: reading form strings and checking typed values

/** A broken rule, before it becomes a message in a language. */
interface Verstoss {
  code: string;
  min?: number | string;
  max?: number | string;
}

export interface Optionen {
  /** The day of the check ("YYYY-MM-DD") for relative date bounds; default today in Germany. */
  heute?: string;
}

// A lone surrogate is not text (String#isWellFormed is ES2024, beyond the shared lib setting).
const EINZELNES_SURROGAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const istWohlgeformt = (s: string) => !EINZELNES_SURROGAT.test(s);

const UNSICHTBAR_OHNE_BEDEUTUNG = /[\u200B\u2060\uFEFF]/g; // zero-width space, word joiner, BOM
// Bidi embeddings, overrides and isolates reorder what is displayed ("Rechnung‮fdp.exe");
// plain marks (LRM, RLM, ALM) only nudge neutral characters and are kept for RTL names.
const BIDI_STEUERUNG = /[\u202A-\u202E\u2066-\u2069]/;
/** C0 and C1 control characters and the Unicode line/paragraph separators; a textarea keeps \n and \t. */
function hatSteuerzeichen(s: string, mehrzeilig: boolean): boolean {
  for (const zeichen of s) {
    const c = zeichen.codePointAt(0)!;
    if (mehrzeilig && (c === 0x0a || c === 0x09)) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * Text as it is stored: line breaks unified, NFC (so "ä" typed on a Mac and on Windows is the same
 * string and counts as one character), invisible characters without meaning removed, trimmed.
 * Control characters are not removed here but refused by the check, so nothing is silently altered
 * that the citizen could see.
 */
export function normalisiereText(s: string): string {
  let t = s.replace(/\r\n?/g, "\n");
  if (istWohlgeformt(t)) t = t.normalize("NFC");
  return t.replace(UNSICHTBAR_OHNE_BEDEUTUNG, "").trim();
}

function codepunkte(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const musterCache = new Map<string, RegExp>();
function musterVon(muster: string): RegExp {
  let re = musterCache.get(muster);
  if (!re) {
    re = new RegExp(`^(?:${muster})$`, "u");
    musterCache.set(muster, re);
  }
  return re;
}

function maxLaenge(feld: TextFeld): number {
  return feld.maxLaenge ?? (feld.mehrzeilig ? MAX_TEXT : STANDARD_MAX_EINZEILIG);
}

function codesVon(def: Formulardefinition, feld: AuswahlFeld): Set<string> {
  return new Set((def.codelisten[feld.codeliste] ?? []).map((c) => c.code));
}

/** Checks a typed, non-empty answer against its field's rules; the first broken rule or undefined. */
function pruefeWert(
  def: Formulardefinition,
  feld: Feld,
  wert: unknown,
  heute: string,
): Verstoss | undefined {
  const typ = { code: "wert.typ" };
  switch (feld.typ) {
    case "text": {
      if (typeof wert !== "string") return typ;
      if (!istWohlgeformt(wert) || BIDI_STEUERUNG.test(wert)) return { code: "text.zeichen" };
      if (!feld.mehrzeilig && /[\n\r]/.test(wert)) return { code: "text.zeilenumbruch" };
      if (hatSteuerzeichen(wert, feld.mehrzeilig ?? false)) return { code: "text.zeichen" };
      const n = codepunkte(wert);
      if (feld.minLaenge !== undefined && n < feld.minLaenge)
        return { code: "text.zuKurz", min: feld.minLaenge };
      if (n > maxLaenge(feld)) return { code: "text.zuLang", max: maxLaenge(feld) };
      if (feld.muster !== undefined && !musterVon(feld.muster).test(wert))
        return { code: "text.muster" };
      return undefined;
    }
    case "datum": {
      if (typeof wert !== "string" || !istIsoDatum(wert)) return typ;
      const min = feld.min && loeseDatumGrenze(feld.min, heute);
      const max = feld.max && loeseDatumGrenze(feld.max, heute);
      if (min && wert < min) return { code: "datum.zuFrueh", min };
      if (max && wert > max) return { code: "datum.zuSpaet", max };
      return undefined;
    }
    case "zeit": {
      if (typeof wert !== "string" || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(wert)) return typ;
      if (feld.min && wert < feld.min) return { code: "zeit.zuFrueh", min: feld.min };
      if (feld.max && wert > feld.max) return { code: "zeit.zuSpaet", max: feld.max };
      return undefined;
    }
    case "zahl":
    case "ganzzahl":
    case "betrag": {
      if (typeof wert !== "number" || !Number.isFinite(wert)) return typ;
      if (feld.typ !== "zahl" && !Number.isSafeInteger(wert)) return typ;
      if (feld.min !== undefined && wert < feld.min) return { code: "zahl.zuKlein", min: feld.min };
      if (feld.max !== undefined && wert > feld.max) return { code: "zahl.zuGross", max: feld.max };
      return undefined;
    }
    case "wahrheitswert":
      return typeof wert === "boolean" ? undefined : typ;
    case "auswahl": {
      const codes = codesVon(def, feld);
      if (feld.mehrfach) {
        if (!Array.isArray(wert) || !wert.every((c) => typeof c === "string")) return typ;
        return wert.every((c) => codes.has(c)) ? undefined : { code: "auswahl.unbekannt" };
      }
      if (typeof wert !== "string") return Array.isArray(wert) ? { code: "auswahl.mehrere" } : typ;
      return codes.has(wert) ? undefined : { code: "auswahl.unbekannt" };
    }
    case "datei": {
      if (!istUpload(wert)) return { code: "datei.format" };
      if (!(feld.medientypen as string[]).includes(wert.medientyp)) return { code: "datei.typ" };
      if (wert.groesse > feld.maxBytes) return { code: "datei.zugross", max: feld.maxBytes };
      return undefined;
    }
    case "gruppe":
      return istAntworten(wert) ? undefined : typ;
    case "wiederholung": {
      if (!Array.isArray(wert)) return typ;
      return pruefeAnzahl(feld, wert.length);
    }
  }
}

function pruefeAnzahl(feld: Feld & { typ: "wiederholung" }, anzahl: number): Verstoss | undefined {
  const min = Math.max(feld.min, feld.pflicht ? 1 : 0);
  if (anzahl < min) return { code: "wiederholung.zuWenige", min };
  if (anzahl > feld.max) return { code: "wiederholung.zuViele", max: feld.max };
  return undefined;
}

/**
 * "12,50", "12.50", "1.234,56", "1,234.56", "12 €", "EUR 12" → cents; undefined if not an amount.
 * German first, English understood. "1.234" and "1,234" look ambiguous but are not: cents have at
 * most two digits, so three digits after the separator can only be thousands.
 */
export function leseBetrag(s: string): number | undefined {
  let t = s.replace(/[\s\u00A0\u202F]/g, "").replace(/^(?:€|EUR)|(?:€|EUR)$/gi, "");
  let vorzeichen = 1;
  if (/^[-\u2212]/.test(t)) {
    vorzeichen = -1;
    t = t.slice(1);
  }
  let euro: string;
  let cent = "";
  // German: dots group thousands, the comma is the decimal separator ("1.234,50").
  const deutsch = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(t);
  // English: "12.50", "1,234.50", "1,234".
  const englisch = /^(\d{1,3}(?:,\d{3})+|\d+)\.(\d{1,2})$/.exec(t);
  const tausender = /^(\d{1,3}(?:,\d{3})+)$/.exec(t);
  if (deutsch) {
    euro = deutsch[1]!.replaceAll(".", "");
    cent = deutsch[2] ?? "";
  } else if (englisch) {
    euro = englisch[1]!.replaceAll(",", "");
    cent = englisch[2]!;
  } else if (tausender) {
    euro = tausender[1]!.replaceAll(",", "");
  } else {
    return undefined;
  }
  const wert = Number(euro) * 100 + Number(cent.padEnd(2, "0") || "0");
  return Number.isSafeInteger(wert) ? vorzeichen * wert : undefined;
}

/** "12,5", "12.5", "1.234,5", "-3", "−3" → number. A lone dot is a decimal point (what `<input type=number>` sends). */
export function leseZahl(s: string): number | undefined {
  const t = s.replace(/[\s\u00A0\u202F]/g, "").replace(/^\u2212/, "-");
  let norm: string;
  if (/^[+-]?\d+$/.test(t) || /^[+-]?\d+\.\d+$/.test(t)) norm = t;
  else if (/^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$/.test(t))
    norm = t.replaceAll(".", "").replace(",", ".");
  else if (/^[+-]?\d{1,3}(?:\.\d{3}){2,}$/.test(t)) norm = t.replaceAll(".", "");
  else return undefined;
  const n = Number(norm);
  return Number.isFinite(n) ? n : undefined;
}

/** "3", "1.000" (German thousands), "-2" → integer. */
export function leseGanzzahl(s: string): number | undefined {
  const t = s.replace(/[\s\u00A0\u202F]/g, "").replace(/^\u2212/, "-");
  if (!/^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)$/.test(t)) return undefined;
  const n = Number(t.replaceAll(".", ""));
  return Number.isSafeInteger(n) ? n : undefined;
}

const JA = new Set(["ja", "yes", "true", "on", "1"]);
const NEIN = new Set(["nein", "no", "false", "0"]);

/** Cleans a file name for display and storage: no path, no control or bidi characters. */
function bereinigeDateiname(name: string): string {
  const ohnePfad = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const sauber = ohnePfad
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "")
    .trim()
    .replace(/^\.+/, "");
  return [...sauber].slice(0, 200).join("") || "datei";
}

type Gelesen = { leer: true } | { wert: Wert } | { verstoss: Verstoss };

/** Reads one input of a posted form into a typed answer (not yet checked against the field's rules). */
function leseEingabe(feld: Feld, roh: Eingabe[string]): Gelesen {
  if (feld.typ === "datei") {
    if (roh === undefined || roh === "") return { leer: true };
    if (!istUpload(roh)) return { verstoss: { code: "datei.format" } };
    return { wert: { ...roh, dateiname: bereinigeDateiname(roh.dateiname) } };
  }
  if (istUpload(roh) || (typeof roh === "object" && roh !== null && !Array.isArray(roh))) {
    return { verstoss: { code: "wert.typ" } };
  }
  const liste = roh === undefined ? [] : Array.isArray(roh) ? roh : [roh];
  if (feld.typ === "auswahl" && feld.mehrfach) {
    const codes = [...new Set(liste.map((s) => s.trim()).filter((s) => s !== ""))];
    return codes.length === 0 ? { leer: true } : { wert: codes };
  }
  const nichtLeer = liste.filter((s) => s.trim() !== "");
  if (nichtLeer.length > 1) {
    return { verstoss: { code: feld.typ === "auswahl" ? "auswahl.mehrere" : "wert.typ" } };
  }
  const s = nichtLeer[0] ?? "";
  if (feld.typ === "text") {
    // Refuse absurd input before normalising it (a megabyte posted into a name field).
    const max = maxLaenge(feld);
    if (s.length > max * 4 + 64) return { verstoss: { code: "text.zuLang", max } };
    const t = normalisiereText(s);
    return t === "" ? { leer: true } : { wert: t };
  }
  const t = s.trim();
  if (t === "") return { leer: true };
  if (t.length > 100) return { verstoss: { code: `${formatCode(feld)}` } };
  switch (feld.typ) {
    case "datum": {
      const d = leseDatum(t);
      return d ? { wert: d } : { verstoss: { code: "datum.format" } };
    }
    case "zeit": {
      const m = /^(\d{1,2})[:.](\d{2})$/.exec(t);
      const h = m ? Number(m[1]) : Number.NaN;
      const min = m ? Number(m[2]) : Number.NaN;
      if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59))
        return { verstoss: { code: "zeit.format" } };
      return { wert: `${String(h).padStart(2, "0")}:${m![2]}` };
    }
    case "zahl": {
      const n = leseZahl(t);
      return n === undefined ? { verstoss: { code: "zahl.format" } } : { wert: n };
    }
    case "ganzzahl": {
      const n = leseGanzzahl(t);
      return n === undefined ? { verstoss: { code: "ganzzahl.format" } } : { wert: n };
    }
    case "betrag": {
      const n = leseBetrag(t);
      return n === undefined ? { verstoss: { code: "betrag.format" } } : { wert: n };
    }
    case "wahrheitswert": {
      const k = t.toLowerCase();
      if (JA.has(k)) return { wert: true };
      if (NEIN.has(k)) return { wert: false };
      return { verstoss: { code: "wahrheitswert.format" } };
    }
    case "auswahl":
      return { wert: t };
    default:
      return { verstoss: { code: "wert.typ" } };
  }
}

function formatCode(feld: Feld): string {
  switch (feld.typ) {
    case "datum":
    case "zeit":
    case "zahl":
    case "ganzzahl":
    case "betrag":
    case "wahrheitswert":
      return `${feld.typ}.format`;
    case "auswahl":
      return "auswahl.unbekannt";
    default:
      return "wert.typ";
  }
}

// ---------------------------------------------------------------------------------------------
// Messages and formatting

const LOCALE: Record<Sprache, string> = { de: "de-DE", en: "en-GB" };

/** Cents as euros: "1.234,50 €" (de), "€1,234.50" (en). */
export function formatiereBetrag(cent: number, lang: Sprache): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: "currency", currency: "EUR" }).format(
    cent / 100,
  );
}

function formatiereZahl(n: number, lang: Sprache): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 10 }).format(n);
}

function formatiereBytes(bytes: number, lang: Sprache): string {
  const f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${f.format(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${f.format(bytes / 1024)} KB`;
  return `${bytes} B`;
}

const MEDIENTYP_NAME: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/tiff": "TIFF",
};

function grenzeText(feld: Feld, code: string, g: number | string, lang: Sprache): string {
  if (typeof g === "string") return feld.typ === "datum" ? formatiereDatum(g, lang) : g;
  if (code === "datei.zugross") return formatiereBytes(g, lang);
  if (feld.typ === "betrag") return formatiereBetrag(g, lang);
  return formatiereZahl(g, lang);
}

function zuFeldfehler(feld: Feld, pfad: string, v: Verstoss, lang: Sprache): Feldfehler {
  const werte: Record<string, string | number> = { label: feld.label[lang] };
  if (v.min !== undefined) werte.min = grenzeText(feld, v.code, v.min, lang);
  if (v.max !== undefined) werte.max = grenzeText(feld, v.code, v.max, lang);
  if (feld.typ === "text" && feld.musterHinweis) werte.hinweis = feld.musterHinweis[lang];
  if (feld.typ === "datei")
    werte.erlaubt = feld.medientypen.map((m) => MEDIENTYP_NAME[m] ?? m).join(", ");
  return { feld: pfad, code: v.code, meldung: fehlerText(v.code, lang, werte) };
}

// ---------------------------------------------------------------------------------------------
// One page

export interface SeitenErgebnis {
  ok: boolean;
  /** The page's answers that are valid, keyed by field id (hidden fields are never included). */
  werte: Antworten;
  /** One error per field, in form order (for the error summary). */
  fehler: Feldfehler[];
}

/**
 * Reads and checks one posted page. Strings are parsed per type (dates "YYYY-MM-DD" or
 * "TT.MM.JJJJ", amounts "12,50" or "12.50", integers, "ja"/"nein"), rules are enforced only for
 * fields shown (conditions see the earlier pages' `antworten` and this page's earlier inputs), and
 * answers to hidden fields are dropped. Repeat rows are read from names `pfad.<n>.feld`; a row
 * left completely empty is ignored. The caller keeps `eingabe` to show the page again on errors.
 */
export function pruefeSeite(
  def: Formulardefinition,
  seiteId: string,
  eingabe: Eingabe,
  lang: Sprache,
  optionen: Optionen & { antworten?: Antworten } = {},
): SeitenErgebnis {
  const heute = optionen.heute ?? heuteInDeutschland();
  const basis = durchlaufe(def, optionen.antworten ?? {});
  const seite = basis.seiten.find((s) => s.id === seiteId);
  if (!seite) {
    return {
      ok: false,
      werte: {},
      fehler: [{ feld: "", code: "seite.unbekannt", meldung: fehlerText("seite.unbekannt", lang) }],
    };
  }
  const aktuell: Antworten = { ...basis.antworten };
  for (const f of seite.felder) delete aktuell[f.id];
  const fehler: Feldfehler[] = [];
  const oben: Ebene = { felder: obersteFelder(def), werte: aktuell };
  leseFelder(def, seite.felder, eingabe, aktuell, [oben], "", heute, lang, fehler);
  const werte: Antworten = {};
  for (const f of seite.felder) if (aktuell[f.id] !== undefined) werte[f.id] = aktuell[f.id];
  return { ok: fehler.length === 0, werte, fehler };
}

function leseFelder(
  def: Formulardefinition,
  felder: Feld[],
  eingabe: Eingabe,
  ziel: Antworten,
  ebenen: Ebene[],
  prefix: string,
  heute: string,
  lang: Sprache,
  fehler: Feldfehler[],
): void {
  for (const feld of felder) {
    if (!istSichtbar(feld, { ebenen })) continue;
    const pfad = prefix ? `${prefix}.${feld.id}` : feld.id;
    if (feld.typ === "gruppe") {
      const sub: Antworten = {};
      leseFelder(
        def,
        feld.felder,
        eingabe,
        sub,
        [...ebenen, { felder: feld.felder, werte: sub }],
        pfad,
        heute,
        lang,
        fehler,
      );
      if (Object.keys(sub).length > 0) ziel[feld.id] = sub;
      continue;
    }
    if (feld.typ === "wiederholung") {
      const zeilen: Antworten[] = [];
      const indizes = zeilenIndizes(eingabe, pfad);
      for (const n of indizes.slice(0, feld.max + 1)) {
        const zp = `${pfad}.${n}`;
        if (zeileLeer(eingabe, zp)) continue;
        const sub: Antworten = {};
        leseFelder(
          def,
          feld.felder,
          eingabe,
          sub,
          [...ebenen, { felder: feld.felder, werte: sub }],
          zp,
          heute,
          lang,
          fehler,
        );
        zeilen.push(sub);
      }
      const v = pruefeAnzahl(feld, indizes.length > feld.max ? indizes.length : zeilen.length);
      if (v) fehler.push(zuFeldfehler(feld, pfad, v, lang));
      if (zeilen.length > 0) ziel[feld.id] = zeilen;
      continue;
    }
    const gelesen = leseEingabe(feld, eingabe[pfad]);
    if ("leer" in gelesen) {
      if (feld.pflicht) fehler.push(zuFeldfehler(feld, pfad, { code: "pflicht" }, lang));
      continue;
    }
    const v = "verstoss" in gelesen ? gelesen.verstoss : pruefeWert(def, feld, gelesen.wert, heute);
    if (v) {
      fehler.push(zuFeldfehler(feld, pfad, v, lang));
      continue;
    }
    if ("wert" in gelesen) ziel[feld.id] = gelesen.wert;
  }
}

function zeilenIndizes(eingabe: Eingabe, pfad: string): number[] {
  const prefix = `${pfad}.`;
  const indizes = new Set<number>();
  for (const name of Object.keys(eingabe)) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d{1,3})\./.exec(name.slice(prefix.length));
    if (m) indizes.add(Number(m[1]));
  }
  return [...indizes].sort((a, b) => a - b);
}

/**
 * Whether a posted row holds nothing. Text counts as typed once normalised: a row of only
 * zero-width characters is as empty as a row of spaces, not a row without answers that would
 * count towards the group's minimum.
 */
function zeileLeer(eingabe: Eingabe, zeilenPfad: string): boolean {
  const prefix = `${zeilenPfad}.`;
  return Object.entries(eingabe).every(([name, wert]) => {
    if (!name.startsWith(prefix)) return true;
    if (istUpload(wert)) return false;
    if (typeof wert === "string") return normalisiereText(wert) === "";
    if (Array.isArray(wert)) return wert.every((w) => normalisiereText(w) === "");
    return istLeer(wert);
  });
}

/**
 * Stores a checked page into the draft: the page's previous answers are replaced by `werte`, then
 * answers that the change hides (on later pages too) are dropped.
 */
export function uebernehmeSeite(
  def: Formulardefinition,
  antworten: Antworten,
  seiteId: string,
  werte: Antworten,
): Antworten {
  const seite = def.seiten.find((s) => s.id === seiteId);
  const neu: Antworten = { ...antworten };
  for (const f of seite?.felder ?? []) delete neu[f.id];
  return bereinige(def, { ...neu, ...werte });
}

// ---------------------------------------------------------------------------------------------
// The whole form

export interface GesamtErgebnis {
  ok: boolean;
  /** The answers to submit: hidden pages and fields dropped. */
  antworten: Antworten;
  /** Errors with the page they are on, so the summary can link to it. */
  fehler: (Feldfehler & { seite: string })[];
}

/** Checks a draft for submission: every shown page complete and valid under the current rules. */
export function pruefeAlles(
  def: Formulardefinition,
  antworten: Antworten,
  optionen: Optionen & { lang?: Sprache } = {},
): GesamtErgebnis {
  const heute = optionen.heute ?? heuteInDeutschland();
  const lang = optionen.lang ?? "de";
  const fehler: GesamtErgebnis["fehler"] = [];
  const ergebnis = durchlaufe(def, antworten, ({ feld, pfad, wert, seite }) => {
    let v: Verstoss | undefined;
    if (feld.typ === "wiederholung") v = pruefeAnzahl(feld, Array.isArray(wert) ? wert.length : 0);
    else if (feld.typ === "gruppe")
      v = wert === undefined ? undefined : pruefeWert(def, feld, wert, heute);
    else if (istLeer(wert)) v = feld.pflicht ? { code: "pflicht" } : undefined;
    else v = pruefeWert(def, feld, wert, heute);
    if (v) fehler.push({ ...zuFeldfehler(feld, pfad, v, lang), seite: seite.id });
  });
  return { ok: fehler.length === 0, antworten: ergebnis.antworten, fehler };
}

/** Checks one stored answer against a field's rules (for the migration of drafts). */
export function verstoesst(
  def: Formulardefinition,
  feld: Feld,
  wert: unknown,
  heute: string,
): string | undefined {
  return pruefeWert(def, feld, wert, heute)?.code;
}

// ---------------------------------------------------------------------------------------------
// Summary

export interface Zeile {
  /** Page id (for the "change" link) and its title. */
  seite: string;
  seiteTitel: string;
  /** The field's path, the anchor of the "change" link. */
  feld: string;
  label: string;
  wert: string;
}

const KEINE_ANGABE: Text = { de: "Keine Angabe", en: "Not provided" };
const JA_NEIN = { de: ["Ja", "Nein"], en: ["Yes", "No"] } as const;

/** Formats an answer for people (summary, receipt). */
export function formatiereWert(
  def: Formulardefinition,
  feld: Feld,
  wert: unknown,
  lang: Sprache,
): string {
  if (istLeer(wert)) return KEINE_ANGABE[lang];
  switch (feld.typ) {
    case "datum":
      return typeof wert === "string" ? formatiereDatum(wert, lang) : String(wert);
    case "zahl":
    case "ganzzahl":
      return typeof wert === "number" ? formatiereZahl(wert, lang) : String(wert);
    case "betrag":
      return typeof wert === "number" ? formatiereBetrag(wert, lang) : String(wert);
    case "wahrheitswert":
      return wert === true ? JA_NEIN[lang][0] : JA_NEIN[lang][1];
    case "auswahl": {
      const liste = def.codelisten[feld.codeliste] ?? [];
      const codes = Array.isArray(wert) ? wert : [wert];
      return codes.map((c) => liste.find((e) => e.code === c)?.label[lang] ?? String(c)).join(", ");
    }
    case "datei":
      return istUpload(wert) ? `${wert.dateiname} (${formatiereBytes(wert.groesse, lang)})` : "";
    default:
      return String(wert);
  }
}

/**
 * The "check your answers" rows (and the receipt's): every shown question in form order with the
 * answer formatted in `lang`; fields in groups and rows are labelled with their group ("Hund 2 –
 * Rasse"). Unanswered optional questions say so rather than disappearing.
 */
export function zusammenfassung(
  def: Formulardefinition,
  antworten: Antworten,
  lang: Sprache,
): Zeile[] {
  const zeilen: Zeile[] = [];
  durchlaufe(def, antworten, ({ feld, pfad, wert, seite, vorfahren }) => {
    if (feld.typ === "gruppe") return;
    if (feld.typ === "wiederholung" && Array.isArray(wert) && wert.length > 0) return;
    const teile = vorfahren.map((v) =>
      v.zeile === undefined ? v.feld.label[lang] : `${v.feld.label[lang]} ${v.zeile + 1}`,
    );
    zeilen.push({
      seite: seite.id,
      seiteTitel: seite.titel[lang],
      feld: pfad,
      label: [...teile, feld.label[lang]].join(" – "),
      wert:
        feld.typ === "wiederholung" ? KEINE_ANGABE[lang] : formatiereWert(def, feld, wert, lang),
    });
  });
  return zeilen;
}

// ---------------------------------------------------------------------------------------------
// Prefill

/**
 * Fills empty top-level and group fields that are marked for prefill from the citizen's profile.
 * `fehlend` lists the fields flagged "pflicht" whose profile value is missing: the runner asks the
 * citizen to complete the profile (or sign in with the eID) before starting.
 */
export function vorbelegen(
  def: Formulardefinition,
  profil: Partial<Record<ProfilFeld, string>>,
  antworten: Antworten = {},
): { antworten: Antworten; fehlend: string[] } {
  const fehlend: string[] = [];
  const fuelle = (felder: Feld[], ziel: Antworten, prefix: string) => {
    for (const feld of felder) {
      const pfad = prefix ? `${prefix}.${feld.id}` : feld.id;
      if (feld.typ === "gruppe") {
        const sub: Antworten = istAntworten(ziel[feld.id])
          ? { ...(ziel[feld.id] as Antworten) }
          : {};
        fuelle(feld.felder, sub, pfad);
        if (Object.keys(sub).length > 0) ziel[feld.id] = sub;
        continue;
      }
      if (feld.vorbelegung === "keine" || !feld.profilFeld) continue;
      const wert = profil[feld.profilFeld];
      if (wert === undefined || wert.trim() === "") {
        if (feld.vorbelegung === "pflicht") fehlend.push(pfad);
        continue;
      }
      if (istLeer(ziel[feld.id])) ziel[feld.id] = normalisiereText(wert);
    }
  };
  const neu: Antworten = { ...antworten };
  for (const seite of def.seiten) fuelle(seite.felder, neu, "");
  return { antworten: neu, fehlend };
}

/**
 * The message for a file the upload check refused before it became an answer (too large, a
 * type the field does not take, or the check's own reason such as an active PDF in `text`).
 */
export function dateiFehler(
  feld: DateiFeld,
  pfad: string,
  grund: "zugross" | "typ" | { text: Text },
  lang: Sprache,
): Feldfehler {
  if (typeof grund === "object") {
    return {
      feld: pfad,
      code: "datei.abgelehnt",
      meldung: `${feld.label[lang]}: ${grund.text[lang]}`,
    };
  }
  return grund === "zugross"
    ? zuFeldfehler(feld, pfad, { code: "datei.zugross", max: feld.maxBytes }, lang)
    : zuFeldfehler(feld, pfad, { code: "datei.typ" }, lang);
}

/** The field at a page input's name (`hund.name`, `hunde.0.name`), or undefined. */
export function feldAnPfad(
  def: Formulardefinition,
  seiteId: string,
  pfad: string,
): Feld | undefined {
  let felder: Feld[] = def.seiten.find((s) => s.id === seiteId)?.felder ?? [];
  let feld: Feld | undefined;
  const teile = pfad.split(".");
  for (let i = 0; i < teile.length; i++) {
    feld = felder.find((f) => f.id === teile[i]);
    if (!feld) return undefined;
    if (i === teile.length - 1) return feld;
    if (feld.typ === "gruppe") felder = feld.felder;
    else if (feld.typ === "wiederholung" && /^\d{1,3}$/.test(teile[i + 1] ?? "")) {
      felder = feld.felder;
      i++;
      if (i === teile.length - 1) return undefined;
    } else return undefined;
  }
  return undefined;
}
