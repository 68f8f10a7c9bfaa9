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

// Additions that tell equally named places apart ("Auerbach/Vogtl.", "Bernstadt a. d. Eigen",
// "Hartmannsdorf b. Kirchberg", "Seiffen/Erzgeb., Kurort"): what precedes them is the name itself.
const ZUSATZ = /\/|,|\(| (?:a\.|am|an|b\.|bei|i\.|im|in|ob) /;
// Prefixes that are not part of what people call the place ("Kurort Oberwiesenthal" is Oberwiesenthal).
const VORSATZ = /^(?:Kurort|Stadt) (?=\S)/;

/**
 * Every name a citizen may use for a place, folded: the whole name, the name without its
 * addition ("Auerbach" for "Auerbach/Vogtl."), each part of a double name ("Hartmannsdorf" and
 * "Reichenau" for "Hartmannsdorf-Reichenau") and each language of a bilingual name ("Budyšin" for
 * "Bautzen / Budyšin"). Two places are namesakes when a citizen's input is a name form of both;
 * the finder then asks which one is meant.
 */
export function namensformen(name: string): string[] {
  const formen = new Set<string>([normalizeOrtsname(name)]);
  for (const sprache of name.split(" / ")) {
    const ganz = sprache.trim();
    const ohneVorsatz = ganz.replace(VORSATZ, "");
    const kern = (ohneVorsatz.split(ZUSATZ)[0] ?? "").trim();
    for (const form of [ganz, ohneVorsatz, kern, ...kern.split("-")]) {
      const gefaltet = normalizeOrtsname(form);
      if (gefaltet) formen.add(gefaltet);
    }
  }
  formen.delete("");
  return [...formen];
}
