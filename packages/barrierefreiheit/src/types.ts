/**
 * The "report a barrier" form: the rules a report must meet. Pure (zod only), so the server action
 * and the service share one definition. The field names and limits live in ./felder.ts, which has
 * no zod, for the form in the browser.
 */
import { z } from "zod";
import { FELDER } from "./felder.ts";

export { BARRIERE_FELDER, type BarriereFeld, FELDER } from "./felder.ts";

/**
 * Text as typed: unicode and markup kept as they are (the page escapes them), line breaks made
 * uniform, edges trimmed; other control characters removed — PostgreSQL cannot store U+0000 and
 * the rest only ever arrives by mistake or malice.
 */
export function bereinigt(value: unknown): string {
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

/**
 * A cleaned text of at most `max` characters — counted as people count them (code points), not
 * as UTF-16 units, so 5,000 emoji are 5,000 characters. Too long is a standard `too_big` issue
 * with its `maximum`, which the form turns into "at most 5,000 characters".
 */
export function text(max: number) {
  return z.preprocess(
    bereinigt,
    z.string().superRefine((value, ctx) => {
      if ([...value].length > max) {
        ctx.addIssue({
          code: "too_big",
          origin: "string",
          maximum: max,
          inclusive: true,
          input: value,
        });
      }
    }),
  );
}

/** An optional text: empty becomes null. */
const optional = (max: number) => text(max).transform((value) => value || null);

// Deliberately loose: one @, a dot in the domain, no spaces. Addresses with umlauts are valid.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A report as the form sends it: a description is required, the rest is optional and bounded. */
export const barrieremeldungSchema = z.object({
  beschreibung: text(FELDER.beschreibung).pipe(z.string().min(1)),
  seite: optional(FELDER.seite),
  name: optional(FELDER.name),
  email: text(FELDER.email)
    .pipe(
      z.string().superRefine((value, ctx) => {
        if (value && !EMAIL.test(value))
          ctx.addIssue({ code: "invalid_format", format: "email", input: value });
      }),
    )
    .transform((value) => value || null),
});

/** A checked report, without the page language. */
export type Barrieremeldung = z.output<typeof barrieremeldungSchema>;

export type Sprache = "de" | "en";

/** A checked report as it is stored. */
export type NeueBarrieremeldung = Barrieremeldung & { sprache: Sprache };

/** What the citizen is given back: the reference ("BM-000042") and the time of receipt. */
export type Eingang = { aktenzeichen: string; eingegangenAm: string };
