import { z } from "zod";

// Pure: the input of a receipt (Beleg), shared by the service, the callers and the tests.

/** Languages a receipt is written in: German first, English for everything the portal says. */
export const BELEG_SPRACHEN = ["de", "en"] as const;
export type BelegSprache = (typeof BELEG_SPRACHEN)[number];

/**
 * A value longer than this (in code points) is cut, and the receipt says so. About ten printed
 * pages, the Postfach's limit too: a receipt is a confirmation, not the archive of the file.
 */
export const MAX_WERT = 20_000;

const text = z.string();
const pflichttext = z.string().trim().min(1);

export const belegZeileSchema = z.object({
  /** The question or field label as the form showed it. */
  label: text,
  /** The answer as the user would recognise it (already formatted: dates, choices, amounts). */
  wert: text,
});

export const belegAbschnittSchema = z.object({
  /** The title of the form's step or group. */
  titel: text,
  zeilen: z.array(belegZeileSchema),
});

export const belegAnlageSchema = z.object({
  dateiname: text,
  /** In bytes. */
  groesse: z.number().int().nonnegative(),
});

export const eingangsbestaetigungSchema = z.object({
  aktenzeichen: pflichttext,
  /** The service's name in both languages; the receipt uses the one of `lang`. */
  leistung: z.object({ de: pflichttext, en: pflichttext }),
  behoerde: z.object({ name: pflichttext, anschrift: text.optional() }),
  /** When the portal received the application; printed in Europe/Berlin time. */
  eingegangenAm: z.date(),
  antragsteller: text.optional(),
  abschnitte: z.array(belegAbschnittSchema),
  anlagen: z.array(belegAnlageSchema),
  lang: z.enum(BELEG_SPRACHEN),
});

export type BelegZeile = z.infer<typeof belegZeileSchema>;
export type BelegAbschnitt = z.infer<typeof belegAbschnittSchema>;
export type BelegAnlage = z.infer<typeof belegAnlageSchema>;
export type Eingangsbestaetigung = z.infer<typeof eingangsbestaetigungSchema>;
