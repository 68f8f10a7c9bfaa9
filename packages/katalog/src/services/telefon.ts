// Phone and fax numbers come from the upstream open data and from editors typing into the CMS; both
// contain text where a number should be ("03581 kein Anschluss", "siehe Homepage"). The portal links
// a phone number as `tel:` and reads it out as a number, so only what is a number is kept.

/** A written German number: digits, spaces, "/", "-", "(", ")", and "+" only in front. */
const NUMMER = /^\+?[\d /()-]+$/;
/** Fewer digits are no reachable number (the shortest German subscriber numbers have 3, plus an area code). */
const MIN_ZIFFERN = 5;

/**
 * The phone or fax number in `text`, normalised for display (trimmed, runs of white space as one
 * space, typographic dashes as "-"), or `null` when the text is not a plausible German number,
 * so that pages show no number rather than a wrong one.
 *
 * @example telefonnummer("03581 670-0") // "03581 670-0"
 * @example telefonnummer("03581 kein Anschluss") // null
 */
export function telefonnummer(text: string | null | undefined): string | null {
  if (!text) return null;
  // Word processors turn "-" into en dashes or non-breaking hyphens when editors paste a number.
  const nummer = text
    .replace(/[\u2010\u2011\u2013]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  if (!NUMMER.test(nummer)) return null;
  return nummer.replace(/\D/g, "").length >= MIN_ZIFFERN ? nummer : null;
}
