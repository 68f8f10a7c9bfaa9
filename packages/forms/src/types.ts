// Pure: the model of a form definition and of the answers to it, shared by the CMS (authoring and
// publication), the web runner (rendering, client and server validation), the submission and the
// tests. Nothing here touches a database or a secret, so it is safe in a client bundle.
//
// The field types follow XDatenfelder 3 (the German standard for form fields): text, date, time,
// number, integer, currency, bool, select from a code list, file, and objects (groups) with a
// cardinality (0:1, 1:n). The prefill flag keeps the standard's three values.

export type Sprache = "de" | "en";

/** A text in both portal languages: German first, English always present. */
export interface Text {
  de: string;
  en: string;
}

/** Profile data a field may be prefilled from (the citizen account's verified or entered data). */
export const PROFIL_FELDER = [
  "vorname",
  "nachname",
  "strasse",
  "plz",
  "ort",
  "geburtsdatum",
  "telefon",
  "email",
] as const;
export type ProfilFeld = (typeof PROFIL_FELDER)[number];

/**
 * XDatenfelder's prefill flag: "keine" (never prefilled), "optional" (prefilled when the profile
 * has the value, the citizen may change it), "pflicht" (the form needs the profile value; the runner
 * asks the citizen to sign in or complete the profile first).
 */
export type Vorbelegung = "keine" | "optional" | "pflicht";

/** A literal value a condition compares with. */
export type Vergleichswert = string | number | boolean;

/**
 * A condition that shows a page or a field. Serialisable (it lives in the published JSON) and small
 * on purpose: no arithmetic, no functions, so that it can be checked when the form is published.
 *
 * `feld` is a dotted path of field ids (`hund.gefaehrlich` points into the group `hund`). Paths are
 * resolved from the innermost scope outwards: inside a repeatable group a path first names a field
 * of the same row, so "show the upload when *this* dog is dangerous" is `{ feld: "gefaehrlich", ist: true }`.
 * A condition may only refer to a field that comes earlier in the form (no cycles, and the citizen
 * has always answered it before the conditioned question appears).
 */
export type Bedingung =
  | { feld: string; ist: Vergleichswert }
  | { feld: string; in: Vergleichswert[] }
  | { feld: string; ausgefuellt: boolean }
  | { alle: Bedingung[] }
  | { eine: Bedingung[] }
  | { nicht: Bedingung };

/**
 * A date bound: an ISO date ("2024-01-01"), or relative to the day of the check: "heute",
 * "heute+30", "heute-365" (days). Relative bounds keep a published version valid over time
 * ("the dog's birth date cannot lie in the future").
 */
export type DatumGrenze = string;

/** What every field has. */
export interface FeldBasis {
  /** Unique in its scope (the whole form for top-level fields, the group for fields in a group). */
  id: string;
  label: Text;
  /** Shown below the label and linked with aria-describedby; legal bases belong here. */
  hilfe?: Text;
  pflicht: boolean;
  vorbelegung: Vorbelegung;
  /** Required when `vorbelegung` is not "keine". */
  profilFeld?: ProfilFeld;
  /** Without a condition the field is always shown. */
  bedingung?: Bedingung;
}

export interface TextFeld extends FeldBasis {
  typ: "text";
  /** A textarea: line breaks and tabs are allowed, other control characters never. */
  mehrzeilig?: boolean;
  /** In code points (what a person counts as characters), after NFC normalisation. */
  minLaenge?: number;
  maxLaenge?: number;
  /** A regular expression the whole (trimmed) answer must match; compiled with the `u` flag. */
  muster?: string;
  /** What the pattern asks for, shown when the answer does not match (e.g. "wie DD-AB 1234"). */
  musterHinweis?: Text;
}

export interface DatumFeld extends FeldBasis {
  typ: "datum";
  min?: DatumGrenze;
  max?: DatumGrenze;
}

export interface ZeitFeld extends FeldBasis {
  typ: "zeit";
  /** "HH:MM" */
  min?: string;
  max?: string;
}

export interface ZahlFeld extends FeldBasis {
  typ: "zahl";
  min?: number;
  max?: number;
}

export interface GanzzahlFeld extends FeldBasis {
  typ: "ganzzahl";
  min?: number;
  max?: number;
}

/** An amount in euros, stored as an integer number of cents (no floating point money). */
export interface BetragFeld extends FeldBasis {
  typ: "betrag";
  waehrung: "EUR";
  /** In cents. */
  min?: number;
  max?: number;
}

/** Yes or no, asked as two radio buttons ("ja"/"nein"): an unanswered question is not a "no". */
export interface WahrheitswertFeld extends FeldBasis {
  typ: "wahrheitswert";
}

export interface AuswahlFeld extends FeldBasis {
  typ: "auswahl";
  /** Id of a code list of the definition. */
  codeliste: string;
  /** Several codes (checkboxes) instead of one (radios or a select). */
  mehrfach?: boolean;
}

export const MEDIENTYPEN = ["application/pdf", "image/jpeg", "image/png", "image/tiff"] as const;
export type Medientyp = (typeof MEDIENTYPEN)[number];

/** No form may ask for more per file: larger evidence belongs in the Postfach or on paper. */
export const MAX_DATEI_BYTES = 20 * 1024 * 1024;

export interface DateiFeld extends FeldBasis {
  typ: "datei";
  maxBytes: number;
  medientypen: Medientyp[];
}

/** XDatenfelder "obj" with cardinality 0:1 or 1:1: fields shown and answered together. */
export interface GruppeFeld extends FeldBasis {
  typ: "gruppe";
  felder: Feld[];
}

/** XDatenfelder "obj" with cardinality min:max: the citizen adds rows (e.g. one per dog). */
export interface WiederholungFeld extends FeldBasis {
  typ: "wiederholung";
  felder: Feld[];
  min: number;
  max: number;
}

export type Feld =
  | TextFeld
  | DatumFeld
  | ZeitFeld
  | ZahlFeld
  | GanzzahlFeld
  | BetragFeld
  | WahrheitswertFeld
  | AuswahlFeld
  | DateiFeld
  | GruppeFeld
  | WiederholungFeld;

export type FeldTyp = Feld["typ"];

export interface Seite {
  id: string;
  titel: Text;
  felder: Feld[];
  /** Without a condition the page is always shown; a skipped page's answers are dropped. */
  bedingung?: Bedingung;
}

export interface Code {
  code: string;
  label: Text;
}

/**
 * Who may file a form: "servicekonto" only signed in; "servicekonto-oder-eid" also whoever
 * identifies with the eID for this one application (Temporäre Identifikation); "offen" also
 * without either (the draft is reached by a resume link sent by mail).
 */
export const ZUGANGSARTEN = ["servicekonto", "servicekonto-oder-eid", "offen"] as const;
export type Zugangsart = (typeof ZUGANGSARTEN)[number];

/** How a fee is paid: by SEPA direct debit or by bank transfer with a Kassenzeichen (@portal/payments). */
export const GEBUEHR_ZAHLUNGSARTEN = ["sepa_debit", "bank_transfer"] as const;
export type GebuehrZahlungsart = (typeof GEBUEHR_ZAHLUNGSARTEN)[number];

/**
 * When the fee is paid: "vor-einreichung" in the application journey, before the application is
 * submitted (a fixed fee such as the Bewohnerparkausweis); "nach-entscheidung" once the authority
 * has decided in favour (a fee that is only due when the permit is granted).
 */
export const GEBUEHR_ZEITPUNKTE = ["vor-einreichung", "nach-entscheidung"] as const;
export type GebuehrZeitpunkt = (typeof GEBUEHR_ZEITPUNKTE)[number];

/** The largest fee, in cents: the same limit as a payment of @portal/payments (999,999.99 EUR). */
export const MAX_GEBUEHR_CENT = 99_999_999;

/**
 * The fee policy of a form. A Formular belongs to exactly one Leistung, and its online application
 * is where the fee is paid, so the policy lives in the definition (versioned with it: a changed
 * fee is a new version, and a draft started under the old one sees the new fee on migration).
 */
export interface Gebuehr {
  /** Integer cents, 1 … MAX_GEBUEHR_CENT. */
  betragCent: number;
  /** What the fee is for, on the payment page, the receipt and the bank statement. */
  bezeichnung: Text;
  zeitpunkt: GebuehrZeitpunkt;
  /** The methods the authority accepts for this fee, at least one, each once. */
  zahlungsarten: GebuehrZahlungsart[];
  /** The booking reference in the authority's budget (Haushaltsstelle) for the HKR export. */
  haushaltsstelle?: string;
}

/**
 * One published version of a form. Versions are immutable: a change is a new version with a
 * higher number, and open drafts are migrated to it (see `migriereEntwurf`).
 */
export interface Formulardefinition {
  /** Slug of the form, stable across versions. */
  schluessel: string;
  version: number;
  titel: Text;
  /** Slug of the Leistung the form applies for. */
  leistung: string;
  seiten: Seite[];
  /** The declaration the citizen confirms before submitting ("Ich versichere …"). */
  erklaerung: Text;
  codelisten: Record<string, Code[]>;
  /** Who may file it; without it "servicekonto". */
  zugang?: Zugangsart;
  /** The reference numbers' prefix, 2 to 5 capital letters ("MB" gives MB-2026-000123). */
  aktenzeichenPraefix?: string;
  /** The fee of the Leistung and when it is paid; without it the application is free. */
  gebuehr?: Gebuehr;
}

// ---------------------------------------------------------------------------------------------
// Answers

/** A file the runner has stored (and whose owner it has checked) before handing it to validation. */
export interface Upload {
  id: string;
  dateiname: string;
  medientyp: string;
  /** In bytes. */
  groesse: number;
}

/**
 * An answer: text, date ("YYYY-MM-DD"), time ("HH:MM") and a single code are strings; numbers,
 * integers and amounts (cents) are numbers; several codes are a string array; a group is a nested
 * object; a repeatable group is an array of rows.
 */
export type Wert = string | number | boolean | string[] | Upload | Antworten | Antworten[];

/** The answers of a draft or an application, keyed by field id. */
export interface Antworten {
  [feldId: string]: Wert | undefined;
}

/**
 * A page as posted by a plain HTML form: field names are paths (`hund.name`, rows `hunde.0.name`),
 * values strings, several values (checkboxes) string arrays. File inputs are replaced by the runner
 * with the `Upload` it stored; an empty file input with the previous upload, if any.
 */
export type Eingabe = Record<string, string | string[] | Upload | undefined>;

/** A problem with an answer: the field's path (the input's name), a code, the message in the language asked for. */
export interface Feldfehler {
  feld: string;
  code: string;
  meldung: string;
}

/** A problem with a definition: where (dotted path into the JSON) and what (a code for `fehlerText`). */
export interface Definitionsfehler {
  pfad: string;
  code: string;
  /** Values for the message, e.g. the unknown id. */
  werte?: Record<string, string | number>;
}
