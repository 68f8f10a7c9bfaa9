import { z } from "zod";

// Pure: limits and schemas of the Postfach, shared by the services, the pages and the tests.

/** Subject: a line, not a letter. Counted in code points, as users count characters. */
export const MAX_BETREFF = 200;
/** Body: about ten printed pages; longer content belongs in an attachment. */
export const MAX_TEXT = 20_000;
export const MAX_ANHAENGE = 10;
export const MAX_ANHANG_BYTES = 10 * 1024 * 1024;
export const MAX_ANHAENGE_GESAMT_BYTES = 25 * 1024 * 1024;
export const MAX_DATEINAME = 200;
/** Messages per page of the listing. */
export const PRO_SEITE = 25;

/**
 * The formats an authority may send. No HTML, SVG or office formats with macros: an attachment
 * is downloaded and opened by the citizen, so only inert, widely readable formats.
 */
export const MEDIENTYPEN = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "text/plain",
  "application/xml",
] as const;
export type Medientyp = (typeof MEDIENTYPEN)[number];

const codepunkte = (s: string) => [...s].length;

/**
 * A file name as it may be stored and offered for download: no path (the part after the last
 * `/` or `\`), no control or bidi-override characters (they disguise extensions, CVE-style
 * "invoice‮fdp.exe"), trimmed, at most MAX_DATEINAME code points (the extension kept).
 * Returns "anhang" when nothing is left.
 */
export function bereinigeDateiname(name: string): string {
  const ohnePfad = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const sauber = ohnePfad
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const zeichen = [...sauber];
  if (zeichen.length === 0) return "anhang";
  if (zeichen.length <= MAX_DATEINAME) return sauber;
  const punkt = sauber.lastIndexOf(".");
  const endung = punkt > 0 ? [...sauber.slice(punkt)] : [];
  if (endung.length > 0 && endung.length <= 16) {
    return zeichen.slice(0, MAX_DATEINAME - endung.length).join("") + endung.join("");
  }
  return zeichen.slice(0, MAX_DATEINAME).join("");
}

const bufferSchema = z.custom<Buffer>(
  (v) => Buffer.isBuffer(v),
  "Der Inhalt muss ein Buffer sein.",
);

export const anhangSchema = z.object({
  dateiname: z.string().transform(bereinigeDateiname),
  medientyp: z.enum(MEDIENTYPEN, {
    error: () => `Medientyp nicht erlaubt (erlaubt: ${MEDIENTYPEN.join(", ")}).`,
  }),
  inhalt: bufferSchema
    .refine((b) => b.length > 0, "Ein Anhang darf nicht leer sein.")
    .refine(
      (b) => b.length <= MAX_ANHANG_BYTES,
      `Ein Anhang darf höchstens ${MAX_ANHANG_BYTES / 1024 / 1024} MB groß sein.`,
    ),
});
export type Anhang = z.infer<typeof anhangSchema>;

/** Exactly one recipient: a citizen account or an organisation. */
export const empfaengerSchema = z.union([
  z.object({ kontoId: z.uuid() }).strict(),
  z.object({ organisationId: z.uuid() }).strict(),
]);
export type Empfaenger = z.infer<typeof empfaengerSchema>;

/** A message to send, as an authority's procedure hands it to `sendeNachricht`. */
export const nachrichtSchema = z.object({
  an: empfaengerSchema,
  absender: z.object({
    oeSchluessel: z.string().trim().min(1).max(100),
    name: z.string().trim().min(1).max(300),
  }),
  betreff: z
    .string()
    .trim()
    .refine((s) => codepunkte(s) >= 1, "Der Betreff darf nicht leer sein.")
    .refine(
      (s) => codepunkte(s) <= MAX_BETREFF,
      `Der Betreff darf höchstens ${MAX_BETREFF} Zeichen lang sein.`,
    ),
  text: z
    .string()
    .refine((s) => s.trim().length >= 1, "Der Text darf nicht leer sein.")
    .refine(
      (s) => codepunkte(s) <= MAX_TEXT,
      `Der Text darf höchstens ${MAX_TEXT} Zeichen lang sein.`,
    ),
  verfahren: z.string().trim().min(1).max(200).optional(),
  anhaenge: z
    .array(anhangSchema)
    .max(MAX_ANHAENGE, `Höchstens ${MAX_ANHAENGE} Anhänge je Nachricht.`)
    .default([])
    .refine(
      (a) => a.reduce((summe, x) => summe + x.inhalt.length, 0) <= MAX_ANHAENGE_GESAMT_BYTES,
      `Alle Anhänge zusammen dürfen höchstens ${MAX_ANHAENGE_GESAMT_BYTES / 1024 / 1024} MB groß sein.`,
    ),
});
export type NeueNachricht = z.input<typeof nachrichtSchema>;

/** A page number from a query string (`?seite=`): a positive integer, else 1. */
export const seiteSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Ids in URLs: anything that is not a UUID is "not found", not an error. */
export const idSchema = z.uuid();
export const istUuid = (s: string) => idSchema.safeParse(s).success;

/**
 * The "mark as unread" form: only the message id, which decides nothing about ownership (the
 * service scopes it to the session's account and organisation).
 */
export const ungelesenSchema = z.object({ id: z.string().trim().max(100) });
