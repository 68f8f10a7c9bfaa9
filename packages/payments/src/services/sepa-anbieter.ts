import type { Db } from "@portal/db/client";
import {
  electronicFormatIBAN,
  isSEPACountry,
  isValidBIC,
  ValidationErrorsIBAN,
  validateIBAN,
} from "ibantools";
import { insertMandat } from "../queries/zahlung.ts";
import {
  type Erstattung,
  lastschriftSchema,
  type Meldung,
  meldungFuer,
  type PaymentIntent,
  type PaymentProvider,
  type Vorbereitung,
  type Zahlungsmittel,
} from "../types.ts";

/** A calendar day in Saxony as `YYYY-MM-DD`. */
export function tagInSachsen(zeitpunkt: Date): string {
  const teile = new Intl.DateTimeFormat("en", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(zeitpunkt);
  const teil = (art: string) => teile.find((t) => t.type === art)?.value ?? "";
  return `${teil("year")}-${teil("month")}-${teil("day")}`;
}

/**
 * The default due date: `vorlaufTage` calendar days after today (the pre-notification period),
 * moved past a weekend. TARGET2 holidays are not known here: the SEPA module
 * (`packages/payments/src/sepa`) computes business days properly; pass its function as
 * `faelligAm` once it is on main.
 */
function faelligNachVorlauf(jetzt: Date, vorlaufTage: number): string {
  const tag = new Date(`${tagInSachsen(jetzt)}T00:00:00Z`);
  tag.setUTCDate(tag.getUTCDate() + vorlaufTage);
  while (tag.getUTCDay() === 0 || tag.getUTCDay() === 6) tag.setUTCDate(tag.getUTCDate() + 1);
  return tag.toISOString().slice(0, 10);
}

/** Letters as numbers (A = 10 … Z = 35), then the remainder modulo 97 (ISO 7064 MOD 97-10). */
function mod97(text: string): number {
  let rest = 0;
  for (const zeichen of text) {
    const ziffern = /[A-Z]/u.test(zeichen) ? String(zeichen.charCodeAt(0) - 55) : zeichen;
    for (const z of ziffern) rest = (rest * 10 + Number(z)) % 97;
  }
  return rest;
}

/**
 * Whether a SEPA creditor identifier (Gläubiger-ID, e.g. `DE98ZZZ09999999999`) has the right
 * shape and check digits: the country code and check digits are checked over the national
 * identifier, without the three-character business code (EPC262-08). The SEPA module will carry
 * the full per-country rules; this guards the provider's configuration.
 */
export function istGlaeubigerId(id: string): boolean {
  const kompakt = id.replace(/\s+/gu, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/u.test(kompakt)) return false;
  return mod97(`${kompakt.slice(7)}${kompakt.slice(0, 4)}`) === 1;
}

/** The IBAN for a receipt: country, check digits and the last four characters. */
export const maskiereIban = (iban: string) => `${iban.slice(0, 4)} **** ${iban.slice(-4)}`;

export type SepaEinstellungen = {
  /** The authority's creditor identifier, or undefined when it collects no debits. */
  glaeubigerId: (oeSchluessel: string) => string | undefined;
  /** The account a bank transfer goes to, for the instructions on the receipt. */
  empfaengerkonto?: (
    oeSchluessel: string,
  ) => { kontoinhaber: string; iban: string; bic?: string } | undefined;
  /** Pre-notification period in calendar days (SEPA CORE: 14 unless agreed shorter). */
  vorlaufTage?: number;
  /** The due date of a debit confirmed at `jetzt` (default: see faelligNachVorlauf). */
  faelligAm?: (jetzt: Date, vorlaufTage: number) => string;
};

/** What is wrong with an IBAN (spaces and lowercase already removed), or undefined. */
function ibanFehler(iban: string): Meldung | undefined {
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid)
    return isSEPACountry(iban.slice(0, 2))
      ? undefined
      : {
          de: "Diese IBAN gehört zu einem Land außerhalb des SEPA-Raums. Bitte ein Konto im SEPA-Raum angeben.",
          en: "This IBAN belongs to a country outside the SEPA area. Please give an account in the SEPA area.",
        };
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry)) {
    return {
      de: "Die IBAN beginnt nicht mit einem gültigen Ländercode (z. B. DE).",
      en: "The IBAN does not start with a valid country code (e.g. DE).",
    };
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) {
    return {
      de: "Die IBAN hat nicht die richtige Länge für ihr Land (in Deutschland 22 Zeichen).",
      en: "The IBAN does not have the right length for its country (22 characters in Germany).",
    };
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum)) {
    return {
      de: "Die Prüfziffer der IBAN stimmt nicht. Bitte prüfen Sie die IBAN auf Tippfehler.",
      en: "The IBAN's check digits do not match. Please check the IBAN for typing errors.",
    };
  }
  return {
    de: "Die IBAN ist ungültig. Bitte prüfen Sie sie auf Tippfehler.",
    en: "The IBAN is not valid. Please check it for typing errors.",
  };
}

const fehler = (meldung: Meldung, feld?: string): Vorbereitung => ({
  ok: false,
  fehler: "zahlungsmittel-ungueltig",
  meldung,
  ...(feld ? { feld } : {}),
});

/**
 * The local SEPA provider, the default `PaymentProvider`: the portal is the creditor. A direct
 * debit stores the mandate (reference from the Kassenzeichen, one-off `OOFF`, signed today) and
 * leaves the intent `processing` until the cash office's batch is collected and the bank's
 * statement books or returns it; a bank transfer waits `processing` for a matching credit.
 * Refunds are paid by the cash office as a credit transfer; the provider only records them.
 */
export function lokalerSepaAnbieter(einstellungen: SepaEinstellungen): PaymentProvider {
  const vorlaufTage = einstellungen.vorlaufTage ?? 14;
  const faellig = einstellungen.faelligAm ?? faelligNachVorlauf;

  async function lastschrift(
    db: Db,
    intent: PaymentIntent,
    zahlungsmittel: Zahlungsmittel,
    jetzt: Date,
  ): Promise<Vorbereitung> {
    const geprueft = lastschriftSchema.safeParse(zahlungsmittel);
    if (!geprueft.success) {
      const problem = geprueft.error.issues[0];
      return fehler(meldungFuer(problem), String(problem?.path[0] ?? ""));
    }
    const daten = geprueft.data;
    const iban = electronicFormatIBAN(daten.iban) ?? "";
    const meldung = ibanFehler(iban);
    if (meldung) return fehler(meldung, "iban");
    const bic = daten.bic ? daten.bic.replace(/\s+/gu, "").toUpperCase() : undefined;
    if (bic && !isValidBIC(bic))
      return fehler({ de: "Die BIC ist ungültig.", en: "The BIC is not valid." }, "bic");

    const glaeubigerId = einstellungen.glaeubigerId(intent.oeSchluessel);
    if (!glaeubigerId || !istGlaeubigerId(glaeubigerId)) {
      return {
        ok: false,
        fehler: "anbieter-abgelehnt",
        meldung: {
          de: "Diese Behörde kann keine Lastschrift einziehen (keine gültige Gläubiger-Identifikationsnummer hinterlegt). Bitte wählen Sie eine andere Zahlungsart.",
          en: "This authority cannot collect direct debits (no valid creditor identifier configured). Please choose another payment method.",
        },
      };
    }
    const referenz = `M-${intent.kassenzeichen}`;
    const faelligAm = faellig(jetzt, vorlaufTage);
    await insertMandat(db, {
      referenz,
      glaeubigerId,
      intentId: intent.id,
      kontoinhaber: daten.kontoinhaber,
      iban,
      bic: bic ?? null,
      unterschriebenAm: daten.unterschriebenAm ?? tagInSachsen(jetzt),
      sequenztyp: "OOFF",
      faelligAm,
      created: jetzt,
    });
    return {
      ok: true,
      status: "processing",
      nextAction: {
        type: "sepa_debit",
        mandatsreferenz: referenz,
        glaeubigerId,
        faelligAm,
        iban: maskiereIban(iban),
        kontoinhaber: daten.kontoinhaber,
      },
    };
  }

  return {
    async bereiteVor(db, { intent, zahlungsmittel, jetzt }) {
      if (zahlungsmittel.type === "sepa_debit")
        return lastschrift(db, intent, zahlungsmittel, jetzt);
      const konto = einstellungen.empfaengerkonto?.(intent.oeSchluessel);
      return {
        ok: true,
        status: "processing",
        nextAction: {
          type: "bank_transfer",
          kassenzeichen: intent.kassenzeichen,
          verwendungszweck: intent.remittanceText,
          amount: intent.amount,
          ...(konto ? { empfaenger: konto } : {}),
        },
      };
    },
    async erstatte(): Promise<Erstattung> {
      return { ok: true, daten: { ausfuehrung: "ueberweisung-durch-kasse" } };
    },
  };
}
