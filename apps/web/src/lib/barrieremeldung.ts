import type { NeueBarrieremeldung } from "@portal/barrierefreiheit/server";
import type { Lang } from "@/i18n/sprache";

/** Fields of the "report a barrier" form, in page order, with their length limits. */
export const FELDER = { beschreibung: 5000, seite: 500, name: 200, email: 254 } as const;
export type Feld = keyof typeof FELDER;
export const FELDNAMEN = Object.keys(FELDER) as Feld[];
export type Fehler = "pflicht" | "zuLang" | "email";
export type Werte = Record<Feld, string>;

export type Pruefung =
  | { ok: true; meldung: NeueBarrieremeldung }
  | { ok: false; fehler: Partial<Record<Feld, Fehler>> };

/** Text as typed, with line breaks kept, other control characters removed and edges trimmed. */
function bereinigt(value: FormDataEntryValue | null): string {
  if (typeof value !== "string") return "";
  return (
    value
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      .trim()
  );
}

/** The submitted values, cleaned; what the form shows again after an error. */
export function werteAus(form: FormData): Werte {
  return Object.fromEntries(FELDNAMEN.map((feld) => [feld, bereinigt(form.get(feld))])) as Werte;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Checks a report: a description is required, everything is bounded, an e-mail must look like one. */
export function pruefeBarrieremeldung(werte: Werte, sprache: Lang): Pruefung {
  const fehler: Partial<Record<Feld, Fehler>> = {};
  for (const feld of FELDNAMEN) {
    if ([...werte[feld]].length > FELDER[feld]) fehler[feld] = "zuLang";
  }
  if (!werte.beschreibung) fehler.beschreibung = "pflicht";
  if (werte.email && !fehler.email && !EMAIL.test(werte.email)) fehler.email = "email";
  if (Object.keys(fehler).length > 0) return { ok: false, fehler };
  return {
    ok: true,
    meldung: {
      sprache,
      beschreibung: werte.beschreibung,
      seite: werte.seite || null,
      name: werte.name || null,
      email: werte.email || null,
    },
  };
}
