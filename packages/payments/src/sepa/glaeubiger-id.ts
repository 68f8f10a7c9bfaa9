import { type Ergebnis, gut, schlecht } from "./ergebnis.ts";
import { istSepaLand } from "./iban.ts";

/** ISO 7064 MOD 97-10 remainder of a string of digits and capital letters (A = 10 … Z = 35). */
export function mod97(text: string): number {
  let rest = 0;
  for (const zeichen of text) {
    const wert = zeichen >= "A" && zeichen <= "Z" ? zeichen.charCodeAt(0) - 55 : Number(zeichen);
    // Letters stand for two digits.
    rest = wert >= 10 ? (rest * 100 + wert) % 97 : (rest * 10 + wert) % 97;
  }
  return rest;
}

export type GlaeubigerId = {
  /** The identifier in upper case without spaces, e.g. `DE98ZZZ09999999999`. */
  id: string;
  laendercode: string;
  /** Creditor business code (positions 5–7, `ZZZ` unless the creditor picks another). */
  geschaeftsbereich: string;
  /** National identifier (from position 8). */
  nationaleKennung: string;
};

/**
 * Checks a SEPA creditor identifier (Gläubiger-Identifikationsnummer, EPC262-08 "Creditor
 * Identifier Overview"): `CCkkBBBnnn…` with the country code, two check digits, a 3-character
 * creditor business code and the national identifier (at most 35 characters in all). The check
 * digits are ISO 7064 MOD 97-10 over the national identifier followed by the country code and
 * "00" — the business code is not part of the calculation, so a creditor may change it freely.
 * German identifiers (issued by the Bundesbank) are always 18 characters long.
 */
export function pruefeGlaeubigerId(eingabe: string): Ergebnis<GlaeubigerId> {
  const id = eingabe.replace(/\s+/g, "").toUpperCase();
  const falsch = (code: string, de: string, en: string) => schlecht<GlaeubigerId>(code, de, en);
  if (id === "") {
    return falsch(
      "glaeubigerId.leer",
      "Bitte geben Sie die Gläubiger-Identifikationsnummer ein.",
      "Please enter the creditor identifier.",
    );
  }
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/.test(id)) {
    return falsch(
      "glaeubigerId.format",
      "Die Gläubiger-Identifikationsnummer hat nicht das erwartete Format: Länderkennzeichen, zwei Prüfziffern, drei Zeichen Geschäftsbereich und die nationale Kennung, zum Beispiel DE98ZZZ09999999999.",
      "The creditor identifier is not in the expected format: country code, two check digits, a three-character business code and the national identifier, for example DE98ZZZ09999999999.",
    );
  }
  const laendercode = id.slice(0, 2);
  if (!istSepaLand(laendercode)) {
    return falsch(
      "glaeubigerId.nichtSepa",
      `Gläubiger-Identifikationsnummern gibt es nur in Ländern des SEPA-Raums; „${laendercode}“ gehört nicht dazu.`,
      `Creditor identifiers exist only in SEPA countries; “${laendercode}” is not one of them.`,
    );
  }
  if (laendercode === "DE" && id.length !== 18) {
    return falsch(
      "glaeubigerId.laenge",
      "Eine deutsche Gläubiger-Identifikationsnummer hat genau 18 Zeichen, zum Beispiel DE98ZZZ09999999999.",
      "A German creditor identifier has exactly 18 characters, for example DE98ZZZ09999999999.",
    );
  }
  const nationaleKennung = id.slice(7);
  const pruefziffern = String(98 - mod97(`${nationaleKennung}${laendercode}00`)).padStart(2, "0");
  if (pruefziffern !== id.slice(2, 4)) {
    return falsch(
      "glaeubigerId.pruefziffer",
      "Die Gläubiger-Identifikationsnummer ist nicht gültig: Die Prüfziffern stimmen nicht.",
      "The creditor identifier is not valid: its check digits do not match.",
    );
  }
  return gut({ id, laendercode, geschaeftsbereich: id.slice(4, 7), nationaleKennung });
}
