import { extractBIC, ValidationErrorsIBAN, validateBIC, validateIBAN } from "ibantools";
import { type Ergebnis, gut, schlecht } from "./ergebnis.ts";

/**
 * Countries and territories in the geographical scope of the SEPA schemes, by the ISO 3166 code an
 * IBAN starts with.
 *
 * Source: EPC409-09 "EPC List of Countries and Territories included in the SEPA Schemes"
 * (European Payments Council, europeanpaymentscouncil.eu). State as of the 2025 revisions:
 * Albania and Montenegro joined the scope in November 2024, North Macedonia and Moldova in
 * March 2025, Serbia in 2025 (first PSPs from May 2026). The EPC lists French overseas departments
 * and collectivities, Åland, the Azores, Madeira, the Canary Islands, Ceuta and Melilla as part of
 * their state; their accounts normally carry FR / FI / PT / ES IBANs, but the IBAN registry also
 * knows the territories' own codes, so those are accepted too. Jersey, Guernsey and the Isle of Man
 * are in the scope and use GB IBANs. Not in the scope (examples): Faroe Islands, Greenland,
 * New Caledonia, French Polynesia, Wallis and Futuna, Kosovo, Bosnia and Herzegovina.
 *
 * ibantools' own `SEPA` flag is out of date (ibantools issue #656), hence this list. Review it when
 * the EPC publishes a new version of EPC409-09.
 */
export const SEPA_LAENDER: Readonly<Record<string, string>> = {
  // EU member states
  AT: "Österreich",
  BE: "Belgien",
  BG: "Bulgarien",
  HR: "Kroatien",
  CY: "Zypern",
  CZ: "Tschechien",
  DK: "Dänemark",
  EE: "Estland",
  FI: "Finnland",
  FR: "Frankreich",
  DE: "Deutschland",
  GR: "Griechenland",
  HU: "Ungarn",
  IE: "Irland",
  IT: "Italien",
  LV: "Lettland",
  LT: "Litauen",
  LU: "Luxemburg",
  MT: "Malta",
  NL: "Niederlande",
  PL: "Polen",
  PT: "Portugal",
  RO: "Rumänien",
  SK: "Slowakei",
  SI: "Slowenien",
  ES: "Spanien",
  SE: "Schweden",
  // Territories listed with their EU state
  AX: "Åland (Finnland)",
  GF: "Französisch-Guayana (Frankreich)",
  GP: "Guadeloupe (Frankreich)",
  MQ: "Martinique (Frankreich)",
  YT: "Mayotte (Frankreich)",
  RE: "Réunion (Frankreich)",
  BL: "Saint-Barthélemy (Frankreich)",
  MF: "Saint-Martin (Frankreich)",
  PM: "Saint-Pierre und Miquelon (Frankreich)",
  // EEA
  IS: "Island",
  LI: "Liechtenstein",
  NO: "Norwegen",
  // Other countries and territories in the scope
  CH: "Schweiz",
  GB: "Vereinigtes Königreich",
  GI: "Gibraltar",
  MC: "Monaco",
  SM: "San Marino",
  VA: "Vatikanstadt",
  AD: "Andorra",
  AL: "Albanien",
  ME: "Montenegro",
  MK: "Nordmazedonien",
  MD: "Moldau",
  RS: "Serbien",
};

/** Is the ISO 3166 alpha-2 code in the SEPA schemes' geographical scope (EPC409-09)? */
export function istSepaLand(laendercode: string): boolean {
  return Object.hasOwn(SEPA_LAENDER, laendercode.toUpperCase());
}

/**
 * The electronic form of an IBAN: spaces (also non-breaking and thin ones, as pasted from a PDF or
 * a banking app) and hyphens removed, upper case. Citizens type IBANs in groups of four and in
 * lower case; both are fine.
 */
export function normalisiereIban(eingabe: string): string {
  return eingabe.replace(/[\s\u00a0\u2007\u202f-]+/g, "").toUpperCase();
}

/** The IBAN in groups of four for display, e.g. `DE89 3704 0044 0532 0130 00`. */
export function formatiereIban(iban: string): string {
  return normalisiereIban(iban).replace(/(.{4})(?=.)/g, "$1 ");
}

export type GepruefteIban = {
  /** Electronic form, e.g. `DE89370400440532013000`. */
  iban: string;
  laendercode: string;
};

/**
 * Checks an IBAN as a citizen typed it: characters, country, length per country and BBAN format
 * (ISO 13616 registry, via ibantools), the ISO 7064 MOD 97-10 check digits, and that the country is
 * in the SEPA scope (a valid IBAN from outside SEPA cannot be debited by a SEPA direct debit).
 */
export function pruefeIban(eingabe: string): Ergebnis<GepruefteIban> {
  const iban = normalisiereIban(eingabe);
  if (iban === "") {
    return schlecht("iban.leer", "Bitte geben Sie eine IBAN ein.", "Please enter an IBAN.");
  }
  if (!/^[A-Z0-9]+$/.test(iban)) {
    return schlecht(
      "iban.zeichen",
      "Die IBAN darf nur Buchstaben und Ziffern enthalten (Leerzeichen sind erlaubt), zum Beispiel DE89 3704 0044 0532 0130 00.",
      "The IBAN may only contain letters and digits (spaces are fine), for example DE89 3704 0044 0532 0130 00.",
    );
  }
  if (!/^[A-Z]{2}[0-9]{2}/.test(iban)) {
    return schlecht(
      "iban.format",
      "Eine IBAN beginnt mit zwei Buchstaben für das Land und zwei Prüfziffern, zum Beispiel DE89.",
      "An IBAN starts with two letters for the country and two check digits, for example DE89.",
    );
  }
  const laendercode = iban.slice(0, 2);
  const ergebnis = validateIBAN(iban, { allowQRIBAN: true });
  const codes = new Set(ergebnis.errorCodes);
  const land = { de: laendername(laendercode, "de"), en: laendername(laendercode, "en") };
  // A real country outside SEPA (with IBANs like BR, or without like US) gets its own error, so the
  // citizen learns to use another account or payment method rather than to look for a typo.
  if (!istSepaLand(laendercode) && land.de !== undefined && land.en !== undefined) {
    return schlecht(
      "iban.nichtSepa",
      `Konten aus ${land.de} (${laendercode}) können nicht per SEPA-Lastschrift belastet werden. Bitte geben Sie ein Konto aus dem SEPA-Raum an oder wählen Sie eine andere Zahlungsart.`,
      `Accounts from ${land.en} (${laendercode}) cannot be debited by SEPA direct debit. Please give an account in the SEPA area or choose another payment method.`,
    );
  }
  if (codes.has(ValidationErrorsIBAN.NoIBANCountry) || !istSepaLand(laendercode)) {
    return schlecht(
      "iban.land",
      `Die IBAN beginnt mit „${laendercode}“, das ist kein Länderkennzeichen einer IBAN. Bitte prüfen Sie die ersten beiden Buchstaben.`,
      `The IBAN starts with “${laendercode}”, which is not an IBAN country code. Please check the first two letters.`,
    );
  }
  if (codes.has(ValidationErrorsIBAN.WrongBBANLength)) {
    return schlecht(
      "iban.laenge",
      "Die IBAN hat nicht die richtige Länge für dieses Land. Bitte prüfen Sie, ob eine Ziffer fehlt oder zu viel ist.",
      "The IBAN does not have the right length for this country. Please check for a missing or extra digit.",
    );
  }
  if (
    codes.has(ValidationErrorsIBAN.WrongBBANFormat) ||
    codes.has(ValidationErrorsIBAN.ChecksumNotNumber)
  ) {
    return schlecht(
      "iban.format",
      "Die IBAN hat nicht das Format dieses Landes. Bitte prüfen Sie sie anhand Ihrer Bankkarte oder Ihres Kontoauszugs.",
      "The IBAN is not in this country's format. Please check it against your bank card or statement.",
    );
  }
  if (
    codes.has(ValidationErrorsIBAN.WrongIBANChecksum) ||
    codes.has(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)
  ) {
    return schlecht(
      "iban.pruefziffer",
      "Die IBAN ist nicht gültig: Die Prüfziffern stimmen nicht. Bitte prüfen Sie sie auf Tippfehler.",
      "The IBAN is not valid: its check digits do not match. Please check it for typing errors.",
    );
  }
  if (!ergebnis.valid) {
    return schlecht("iban.ungueltig", "Die IBAN ist nicht gültig.", "The IBAN is not valid.");
  }
  return gut({ iban, laendercode });
}

/** The country's name in German or English (ICU), undefined for codes that are no country. */
function laendername(code: string, sprache: "de" | "en"): string | undefined {
  try {
    const name = new Intl.DisplayNames([sprache], { type: "region", fallback: "none" }).of(code);
    return name === undefined || name === code ? undefined : name;
  } catch {
    return undefined;
  }
}

/** Upper case, spaces removed. */
export function normalisiereBic(eingabe: string): string {
  return eingabe.replace(/\s+/g, "").toUpperCase();
}

/**
 * Checks a BIC (ISO 9362: 8 or 11 characters). `iban` is the account the BIC belongs to: since
 * the EPC rulebooks of 2016 the BIC may be left out for every SEPA payment (IBAN-only), so an empty
 * BIC is fine and yields `null`; a given BIC must be well-formed and belong to the IBAN's country
 * (for the territories above, the BIC may carry the state's code, e.g. FR for Réunion).
 */
export function pruefeBic(
  eingabe: string | undefined | null,
  iban?: string,
): Ergebnis<string | null> {
  const bic = normalisiereBic(eingabe ?? "");
  if (bic === "") return gut(null);
  const ergebnis = validateBIC(bic);
  if (!ergebnis.valid) {
    return schlecht(
      "bic.format",
      "Der BIC ist nicht gültig. Er hat 8 oder 11 Zeichen, zum Beispiel COBADEFFXXX. Sie können ihn auch leer lassen.",
      "The BIC is not valid. It has 8 or 11 characters, for example COBADEFFXXX. You may also leave it empty.",
    );
  }
  if (iban !== undefined) {
    const land = extractBIC(bic).countryCode;
    const ibanLand = normalisiereIban(iban).slice(0, 2);
    if (land !== undefined && land !== ibanLand && !gleicheHoheit(land, ibanLand)) {
      return schlecht(
        "bic.land",
        "Der BIC gehört zu einer Bank in einem anderen Land als die IBAN. Bitte prüfen Sie ihn oder lassen Sie ihn leer.",
        "The BIC belongs to a bank in another country than the IBAN. Please check it or leave it empty.",
      );
    }
  }
  return gut(bic);
}

/** Territories whose banks may use their state's code in the BIC, and vice versa. */
const HOHEIT: Readonly<Record<string, string>> = {
  AX: "FI",
  GF: "FR",
  GP: "FR",
  MQ: "FR",
  YT: "FR",
  RE: "FR",
  BL: "FR",
  MF: "FR",
  PM: "FR",
  MC: "FR",
  JE: "GB",
  GG: "GB",
  IM: "GB",
};
function gleicheHoheit(a: string, b: string): boolean {
  return (HOHEIT[a] ?? a) === (HOHEIT[b] ?? b);
}
