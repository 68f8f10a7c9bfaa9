import type { BelegSprache } from "../types.ts";

// The receipt's wording. German is the legally relevant version; English mirrors it.

export interface BelegTexte {
  /** Document title (PDF Title, shown by viewers instead of the file name) and H1. */
  titel: string;
  eingegangen: string;
  aktenzeichen: string;
  leistung: string;
  eingegangenAm: string;
  antragsteller: string;
  behoerde: string;
  hinweis: string;
  ihreAngaben: string;
  keineAngaben: string;
  anlagen: string;
  keineAnlagen: string;
  gekuerzt: (zeichen: number) => string;
  seite: (nummer: number, von: number) => string;
  uhr: (datum: string, zeit: string) => string;
  locale: string;
  pdfLang: string;
}

export const BELEG_TEXTE: Record<BelegSprache, BelegTexte> = {
  de: {
    titel: "Eingangsbestätigung",
    eingegangen: "Ihr Antrag ist eingegangen.",
    aktenzeichen: "Aktenzeichen",
    leistung: "Leistung",
    eingegangenAm: "Eingegangen am",
    antragsteller: "Antragsteller/in",
    behoerde: "Zuständige Behörde",
    hinweis:
      "Bitte bewahren Sie diese Bestätigung auf und geben Sie bei Rückfragen das Aktenzeichen an. " +
      "Die Behörde meldet sich über das Postfach in Ihrem Servicekonto bei Ihnen.",
    ihreAngaben: "Ihre Angaben",
    keineAngaben: "Keine Angaben.",
    anlagen: "Anlagen",
    keineAnlagen: "Keine Anlagen.",
    gekuerzt: (zeichen) =>
      `[… gekürzt: ${zeichen.toLocaleString("de-DE")} weitere Zeichen liegen der Behörde vollständig vor]`,
    seite: (nummer, von) => `Seite ${nummer} von ${von}`,
    uhr: (datum, zeit) => `${datum}, ${zeit} Uhr`,
    locale: "de-DE",
    pdfLang: "de-DE",
  },
  en: {
    titel: "Acknowledgement of receipt",
    eingegangen: "Your application has been received.",
    aktenzeichen: "Reference number",
    leistung: "Service",
    eingegangenAm: "Received on",
    antragsteller: "Applicant",
    behoerde: "Responsible authority",
    hinweis:
      "Please keep this acknowledgement and quote the reference number in any enquiry. " +
      "The authority will contact you through the Postfach (inbox) of your account.",
    ihreAngaben: "Your answers",
    keineAngaben: "No answers.",
    anlagen: "Attachments",
    keineAnlagen: "No attachments.",
    gekuerzt: (zeichen) =>
      `[… shortened: the authority has all of it, ${zeichen.toLocaleString("en-GB")} more characters]`,
    seite: (nummer, von) => `Page ${nummer} of ${von}`,
    uhr: (datum, zeit) => `${datum}, ${zeit}`,
    locale: "en-GB",
    pdfLang: "en-GB",
  },
};

/** `03.12.2026, 07:45 Uhr` / `3 December 2026, 07:45`, always in German civil time. */
export function formatiereEingang(datum: Date, lang: BelegSprache): string {
  const t = BELEG_TEXTE[lang];
  const tag = new Intl.DateTimeFormat(t.locale, {
    timeZone: "Europe/Berlin",
    ...(lang === "de"
      ? { day: "2-digit", month: "2-digit", year: "numeric" }
      : { day: "numeric", month: "long", year: "numeric" }),
  }).format(datum);
  const zeit = new Intl.DateTimeFormat(t.locale, {
    timeZone: "Europe/Berlin",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(datum);
  return t.uhr(tag, zeit);
}

/** `512 Bytes`, `12,3 KB`, `4,1 MB` (binary units, as file managers show them). */
export function formatiereGroesse(bytes: number, lang: BelegSprache): string {
  const locale = BELEG_TEXTE[lang].locale;
  if (bytes < 1024) return `${bytes.toLocaleString(locale)} ${bytes === 1 ? "Byte" : "Bytes"}`;
  const zahl = (n: number) =>
    n.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${zahl(bytes / 1024)} KB`;
  return `${zahl(bytes / (1024 * 1024))} MB`;
}
