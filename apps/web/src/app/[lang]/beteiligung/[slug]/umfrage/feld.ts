/**
 * The form field of a survey question: its id (the CMS's `kennung`) with a prefix, so that a
 * question's field can never take the name or element id of anything else on the page.
 */
export const umfrageFeld = (frageId: string) => `frage-${frageId}`;

/** The question id of a field `umfrageFeld` named, or null for any other field. */
export function frageVonFeld(name: string): string | null {
  return /^frage-([a-z0-9][a-z0-9-]{0,49})$/.exec(name)?.[1] ?? null;
}
