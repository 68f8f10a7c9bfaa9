import type { Sprache } from "../types.ts";

// Messages for the codes the validation returns. Codes are the contract (tests, the CMS and the
// runner match on them); the texts may be reworded. Answer messages follow the GOV.UK pattern: say
// what to do, name the question, never blame.

type Vorlage = { de: string; en: string };

const TEXTE: Record<string, Vorlage> = {
  // Answers
  pflicht: {
    de: "Bitte machen Sie eine Angabe zu „{label}“.",
    en: "Please answer “{label}”.",
  },
  "text.zuKurz": {
    de: "„{label}“ muss mindestens {min} Zeichen lang sein.",
    en: "“{label}” must be at least {min} characters long.",
  },
  "text.zuLang": {
    de: "„{label}“ darf höchstens {max} Zeichen lang sein.",
    en: "“{label}” must be {max} characters or fewer.",
  },
  "text.muster": {
    de: "„{label}“ hat nicht das erwartete Format: {hinweis}",
    en: "“{label}” is not in the expected format: {hinweis}",
  },
  "text.zeichen": {
    de: "„{label}“ enthält unsichtbare Steuerzeichen, die nicht erlaubt sind. Bitte geben Sie den Text erneut ein.",
    en: "“{label}” contains invisible control characters that are not allowed. Please type the text again.",
  },
  "text.zeilenumbruch": {
    de: "„{label}“ darf nur aus einer Zeile bestehen.",
    en: "“{label}” must be a single line.",
  },
  "datum.format": {
    de: "Geben Sie „{label}“ als gültiges Datum ein, zum Beispiel 31.12.2024.",
    en: "Enter “{label}” as a real date, for example 31.12.2024.",
  },
  "datum.zuFrueh": {
    de: "„{label}“ darf nicht vor dem {min} liegen.",
    en: "“{label}” must be on or after {min}.",
  },
  "datum.zuSpaet": {
    de: "„{label}“ darf nicht nach dem {max} liegen.",
    en: "“{label}” must be on or before {max}.",
  },
  "zeit.format": {
    de: "Geben Sie „{label}“ als Uhrzeit ein, zum Beispiel 14:30.",
    en: "Enter “{label}” as a time, for example 14:30.",
  },
  "zeit.zuFrueh": {
    de: "„{label}“ darf nicht vor {min} Uhr liegen.",
    en: "“{label}” must be {min} or later.",
  },
  "zeit.zuSpaet": {
    de: "„{label}“ darf nicht nach {max} Uhr liegen.",
    en: "“{label}” must be {max} or earlier.",
  },
  "zahl.format": {
    de: "Geben Sie „{label}“ als Zahl ein, zum Beispiel 12,5.",
    en: "Enter “{label}” as a number, for example 12.5.",
  },
  "ganzzahl.format": {
    de: "Geben Sie „{label}“ als ganze Zahl ein, zum Beispiel 3.",
    en: "Enter “{label}” as a whole number, for example 3.",
  },
  "zahl.zuKlein": {
    de: "„{label}“ muss mindestens {min} sein.",
    en: "“{label}” must be {min} or more.",
  },
  "zahl.zuGross": {
    de: "„{label}“ darf höchstens {max} sein.",
    en: "“{label}” must be {max} or less.",
  },
  "betrag.format": {
    de: "Geben Sie „{label}“ als Betrag in Euro ein, zum Beispiel 12,50.",
    en: "Enter “{label}” as an amount in euros, for example 12.50.",
  },
  "wahrheitswert.format": {
    de: "Wählen Sie bei „{label}“ „Ja“ oder „Nein“.",
    en: "Select “Yes” or “No” for “{label}”.",
  },
  "auswahl.unbekannt": {
    de: "Wählen Sie bei „{label}“ eine der angebotenen Möglichkeiten.",
    en: "Select one of the options offered for “{label}”.",
  },
  "auswahl.mehrere": {
    de: "Wählen Sie bei „{label}“ nur eine Möglichkeit.",
    en: "Select only one option for “{label}”.",
  },
  "datei.format": {
    de: "Laden Sie für „{label}“ eine Datei hoch.",
    en: "Upload a file for “{label}”.",
  },
  "datei.typ": {
    de: "Die Datei für „{label}“ muss eines dieser Formate haben: {erlaubt}.",
    en: "The file for “{label}” must be one of these formats: {erlaubt}.",
  },
  "datei.abgelehnt": {
    de: "Die Datei für „{label}“ wurde nicht angenommen.",
    en: "The file for “{label}” was not accepted.",
  },
  "datei.zugross": {
    de: "Die Datei für „{label}“ darf höchstens {max} groß sein.",
    en: "The file for “{label}” must be {max} or smaller.",
  },
  "wiederholung.zuWenige": {
    de: "Geben Sie bei „{label}“ mindestens {min} Einträge an.",
    en: "Add at least {min} entries to “{label}”.",
  },
  "wiederholung.zuViele": {
    de: "Bei „{label}“ sind höchstens {max} Einträge möglich.",
    en: "“{label}” allows at most {max} entries.",
  },
  "wert.typ": {
    de: "Die Angabe zu „{label}“ ist nicht lesbar. Bitte geben Sie sie erneut ein.",
    en: "The answer to “{label}” cannot be read. Please enter it again.",
  },
  "seite.unbekannt": {
    de: "Diese Seite gehört nicht (mehr) zu diesem Formular.",
    en: "This page is not (or no longer) part of this form.",
  },

  // Answers a new form version could not keep (migriereEntwurf): told to the citizen on return.
  "verworfen.entfernt": {
    de: "Die Frage „{label}“ wird nicht mehr gestellt. Ihre Antwort darauf wurde nicht übernommen.",
    en: "The question “{label}” is no longer asked. Your answer to it was not kept.",
  },
  "verworfen.typ": {
    de: "Die Frage „{label}“ wird jetzt anders gestellt. Bitte beantworten Sie sie erneut.",
    en: "The question “{label}” is now asked differently. Please answer it again.",
  },
  "verworfen.regel": {
    de: "Für „{label}“ gelten neue Regeln, die Ihre bisherige Antwort nicht erfüllt. Bitte beantworten Sie die Frage erneut.",
    en: "New rules apply to “{label}” that your previous answer does not meet. Please answer the question again.",
  },
  "verworfen.codeliste": {
    de: "Ihre bisherige Auswahl bei „{label}“ wird nicht mehr angeboten. Bitte wählen Sie erneut.",
    en: "Your previous choice for “{label}” is no longer offered. Please choose again.",
  },

  // Definitions (shown to editors in the CMS)
  schema: {
    de: "Ungültiger Wert: {detail}",
    en: "Invalid value: {detail}",
  },
  "id.doppelt": {
    de: "Die Kennung „{id}“ ist in diesem Bereich schon vergeben.",
    en: "The id “{id}” is already used in this scope.",
  },
  "bedingung.unbekannt": {
    de: "Die Bedingung verweist auf das Feld „{feld}“, das es nicht gibt.",
    en: "The condition refers to the field “{feld}”, which does not exist.",
  },
  "bedingung.spaeter": {
    de: "Die Bedingung verweist auf das Feld „{feld}“, das erst später (oder hier selbst) kommt. Bedingungen dürfen nur auf vorher gefragte Felder verweisen.",
    en: "The condition refers to the field “{feld}”, which comes later (or is this field). Conditions may only refer to fields asked before.",
  },
  "bedingung.wiederholung": {
    de: "Die Bedingung verweist auf „{feld}“ in einer Wiederholung; das geht nur innerhalb derselben Wiederholung.",
    en: "The condition refers to “{feld}” inside a repeatable group; this is only possible within that group.",
  },
  "bedingung.typ": {
    de: "Auf „{feld}“ (eine Gruppe, Wiederholung oder Datei) kann nur mit „ausgefuellt“ verwiesen werden.",
    en: "“{feld}” (a group, repeatable group or file) can only be used with “ausgefuellt”.",
  },
  "bedingung.wert": {
    de: "Der Vergleichswert „{wert}“ passt nicht zum Feld „{feld}“.",
    en: "The value “{wert}” does not fit the field “{feld}”.",
  },
  "codeliste.unbekannt": {
    de: "Die Codeliste „{id}“ gibt es nicht.",
    en: "The code list “{id}” does not exist.",
  },
  "codeliste.leer": {
    de: "Die Codeliste „{id}“ ist leer.",
    en: "The code list “{id}” is empty.",
  },
  "codeliste.doppelt": {
    de: "Der Code „{code}“ steht mehrfach in der Codeliste.",
    en: "The code “{code}” appears more than once in the code list.",
  },
  "grenzen.vertauscht": {
    de: "Das Minimum ist größer als das Maximum.",
    en: "The minimum is greater than the maximum.",
  },
  "datum.grenze": {
    de: "„{wert}“ ist kein gültiges Datum und nicht „heute“, „heute+N“ oder „heute-N“.",
    en: "“{wert}” is not a valid date nor “heute”, “heute+N” or “heute-N”.",
  },
  "muster.zulang": {
    de: "Das Muster ist länger als {max} Zeichen.",
    en: "The pattern is longer than {max} characters.",
  },
  "muster.ungueltig": {
    de: "Das Muster ist kein gültiger regulärer Ausdruck: {detail}",
    en: "The pattern is not a valid regular expression: {detail}",
  },
  "muster.riskant": {
    de: "Das Muster enthält verschachtelte Wiederholungen (z. B. „(a+)+“), die sehr langsam werden können.",
    en: "The pattern contains nested quantifiers (e.g. “(a+)+”) that can become very slow.",
  },
  "muster.hinweisFehlt": {
    de: "Zu einem Muster gehört ein Hinweis, der das erwartete Format erklärt.",
    en: "A pattern needs a hint that explains the expected format.",
  },
  "datei.limit": {
    de: "Eine Datei darf höchstens {max} Bytes groß sein.",
    en: "A file may be at most {max} bytes.",
  },
  "vorbelegung.profilFeld": {
    de: "Bei einer Vorbelegung muss angegeben werden, aus welchem Profilfeld.",
    en: "A prefill needs the profile field it comes from.",
  },
  "vorbelegung.typ": {
    de: "Das Profilfeld „{profilFeld}“ passt nicht zum Feldtyp „{typ}“.",
    en: "The profile field “{profilFeld}” does not fit the field type “{typ}”.",
  },
  "formular.leistungFehlt": {
    de: "Das Formular ist mit keiner veröffentlichten Leistung verknüpft. Wählen Sie unter „Leistung“ die Leistung, die mit diesem Formular beantragt wird.",
    en: "The form is not linked to a published Leistung. Choose the Leistung this form applies for under “Leistung”.",
  },
  "formular.keinObjekt": {
    de: "Die Definition muss ein JSON-Objekt sein (mit „titel“, „erklaerung“, „codelisten“ und „seiten“).",
    en: "The definition must be a JSON object (with “titel”, “erklaerung”, “codelisten” and “seiten”).",
  },
  "formular.feldVomCms": {
    de: "„{feld}“ gehört nicht in die Definition: Schlüssel und Leistung kommen aus den Feldern des Formulars, die Version vergibt das Portal.",
    en: "“{feld}” does not belong in the definition: the key and the Leistung come from the form's fields, the portal assigns the version.",
  },
  "wiederholung.verschachtelt": {
    de: "Eine Wiederholung darf keine weitere Wiederholung enthalten.",
    en: "A repeatable group may not contain another repeatable group.",
  },
};

const UNBEKANNT: Vorlage = {
  de: "Die Angabe ist ungültig ({code}).",
  en: "The value is invalid ({code}).",
};

/**
 * The message for a validation code in the language asked for, with `{name}` placeholders filled
 * from `werte` (missing values are left empty rather than showing a placeholder to a citizen).
 */
export function fehlerText(
  code: string,
  lang: Sprache,
  werte: Record<string, string | number> = {},
): string {
  const vorlage = TEXTE[code] ?? UNBEKANNT;
  const alle = { code, ...werte };
  return vorlage[lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const wert = (alle as Record<string, string | number>)[name];
    return wert === undefined ? "" : String(wert);
  });
}

/** Whether a code has a message of its own (used by the tests to keep codes and texts in step). */
export function hatFehlerText(code: string): boolean {
  return code in TEXTE;
}
