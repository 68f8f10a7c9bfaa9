/**
 * Folds a place name for matching: lower case, umlauts and ß spelled out, accents and punctuation
 * removed, so that "Görlitz", "Goerlitz" and "GÖRLITZ" match ("Gorlitz" is a typo: trigrams handle that).
 * Sorbian names ("Bautzen / Budyšin") keep their letters without diacritics.
 */
export function normalizeOrtsname(input: string): string {
  return input
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}
