import { type Ergebnis, gut, schlecht } from "./ergebnis.ts";

/**
 * The Latin character set of the EPC implementation guidelines (SDD Core C2B IG, section 1.4
 * "Character set"): the basic set every bank in SEPA must accept. National communities may agree on
 * more (the German DK set adds umlauts, ß and &), but a file that uses only these is accepted
 * everywhere.
 */
export const SEPA_ZEICHEN = /^[A-Za-z0-9/\-?:().,'+ ]*$/;

/**
 * Maps text to the EPC basic Latin set: German umlauts and ß as the German convention writes them
 * without (ä → ae, Ä → Ae, ß → ss), other accented letters to their base letter (é → e), a few
 * letters without decomposition (ø → o, ł → l, æ → ae …), & → +, typographic quotes and dashes to
 * their ASCII forms; whatever is left outside the set becomes a space. Whitespace is collapsed.
 * Used for names and remittance text, never for identifiers (those are keys and are refused
 * instead, see `pruefeSepaReferenz`).
 */
export function zuSepaZeichen(text: string): string {
  let ergebnis = "";
  for (const zeichen of text.normalize("NFC")) {
    const ersatz = ERSATZ[zeichen];
    if (ersatz !== undefined) {
      ergebnis += ersatz;
      continue;
    }
    const basis = zeichen.normalize("NFD").replace(/\p{M}+/gu, "");
    ergebnis += SEPA_ZEICHEN.test(basis) ? basis : " ";
  }
  return ergebnis.replace(/\s+/g, " ").trim();
}

const ERSATZ: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ø: "o",
  Ø: "O",
  å: "a",
  Å: "A",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "Th",
  ı: "i",
  "&": "+",
  "‘": "'",
  "’": "'",
  "‚": "'",
  "`": "'",
  "´": "'",
  "“": "'",
  "”": "'",
  "„": "'",
  '"': "'",
  "–": "-",
  "—": "-",
  "‑": "-",
  _: "-",
};

/** Is the whole text in the EPC basic Latin set? */
export function istSepaText(text: string): boolean {
  return SEPA_ZEICHEN.test(text);
}

/**
 * Checks an identifier that goes into a SEPA file unchanged — mandate reference (AT-01),
 * end-to-end id, message and payment-information ids: 1 to 35 characters of the EPC Latin set;
 * by the EPC guidelines' rule for references and identifiers it must not start or end with `/`
 * and must not contain `//`. Spaces are allowed inside (the EPC set has them, and DK Anlage 3
 * admits them in the mandate reference since November 2016) but not at the start or end, where
 * they would be lost on paper and in bank portals. Mandate references are compared without
 * regard to case (EPC), see `gleicheMandatsreferenz`.
 */
export function pruefeSepaReferenz(
  eingabe: string,
  bezeichnung: { de: string; en: string } = { de: "Mandatsreferenz", en: "mandate reference" },
  maxLaenge = 35,
): Ergebnis<string> {
  const { de, en } = bezeichnung;
  if (eingabe.length === 0) {
    return schlecht("referenz.leer", `Die ${de} fehlt.`, `The ${en} is missing.`);
  }
  if (eingabe.length > maxLaenge) {
    return schlecht(
      "referenz.zuLang",
      `Die ${de} darf höchstens ${maxLaenge} Zeichen lang sein (jetzt ${eingabe.length}).`,
      `The ${en} must be ${maxLaenge} characters or fewer (now ${eingabe.length}).`,
    );
  }
  if (!SEPA_ZEICHEN.test(eingabe)) {
    return schlecht(
      "referenz.zeichen",
      `Die ${de} enthält Zeichen, die im SEPA-Verfahren nicht erlaubt sind. Erlaubt sind A–Z, a–z, 0–9, Leerzeichen und / - ? : ( ) . , ' +`,
      `The ${en} contains characters that SEPA does not allow. Allowed are A–Z, a–z, 0–9, space and / - ? : ( ) . , ' +`,
    );
  }
  if (eingabe.startsWith("/") || eingabe.endsWith("/") || eingabe.includes("//")) {
    return schlecht(
      "referenz.schraegstrich",
      `Die ${de} darf nicht mit „/“ beginnen oder enden und kein „//“ enthalten.`,
      `The ${en} must not start or end with “/” and must not contain “//”.`,
    );
  }
  if (eingabe.trim() !== eingabe) {
    return schlecht(
      "referenz.leerzeichen",
      `Die ${de} darf nicht mit einem Leerzeichen beginnen oder enden.`,
      `The ${en} must not start or end with a space.`,
    );
  }
  return gut(eingabe);
}

/** Checks a mandate reference (Mandatsreferenz, EPC AT-01): see `pruefeSepaReferenz`. */
export function pruefeMandatsreferenz(eingabe: string): Ergebnis<string> {
  return pruefeSepaReferenz(eingabe);
}

/** The EPC rulebook treats mandate references as case-insensitive: `abc1` and `ABC1` are one mandate. */
export function gleicheMandatsreferenz(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * Checks the unstructured remittance text (Verwendungszweck, AT-22): at most 140 characters of the
 * EPC Latin set. `zuSepaZeichen` converts a text first if it may contain umlauts.
 */
export function pruefeVerwendungszweck(text: string): Ergebnis<string> {
  if (text.trim() === "") {
    return schlecht(
      "verwendungszweck.leer",
      "Der Verwendungszweck fehlt.",
      "The remittance information is missing.",
    );
  }
  if (text.length > 140) {
    return schlecht(
      "verwendungszweck.zuLang",
      `Der Verwendungszweck darf höchstens 140 Zeichen lang sein (jetzt ${text.length}).`,
      `The remittance information must be 140 characters or fewer (now ${text.length}).`,
    );
  }
  if (!SEPA_ZEICHEN.test(text)) {
    return schlecht(
      "verwendungszweck.zeichen",
      "Der Verwendungszweck enthält Zeichen außerhalb des SEPA-Zeichensatzes (A–Z, a–z, 0–9, Leerzeichen und / - ? : ( ) . , ' +).",
      "The remittance information contains characters outside the SEPA character set (A–Z, a–z, 0–9, space and / - ? : ( ) . , ' +).",
    );
  }
  return gut(text);
}

/**
 * A name for a SEPA file (creditor, debtor: at most 70 characters by the EPC guidelines), converted
 * to the EPC basic Latin set and shortened at a word boundary where possible.
 */
export function sepaName(name: string, maxLaenge = 70): string {
  const text = zuSepaZeichen(name);
  if (text.length <= maxLaenge) return text;
  const gekuerzt = text.slice(0, maxLaenge);
  const wortende = gekuerzt.lastIndexOf(" ");
  return (wortende > maxLaenge / 2 ? gekuerzt.slice(0, wortende) : gekuerzt).trim();
}
