import type { Db } from "@portal/db/client";
import { insertMandat } from "../queries/zahlung.ts";
import { pruefeGlaeubigerId } from "../sepa/glaeubiger-id.ts";
import { formatiereIban, pruefeBic, pruefeIban } from "../sepa/iban.ts";
import { fruehesterFaelligkeitstag } from "../sepa/kalender.ts";
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
import { findeKassenkonto } from "./kasse.ts";

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
 * Whether a SEPA creditor identifier (Gläubiger-ID, e.g. `DE98ZZZ09999999999`) is valid: the SEPA
 * module's `pruefeGlaeubigerId` (format and MOD 97-10 check digits), kept under this name for
 * callers that only need yes or no.
 */
export const istGlaeubigerId = (id: string): boolean => pruefeGlaeubigerId(id).ok;

/** The IBAN for a receipt: country, check digits and the last four characters. */
export const maskiereIban = (iban: string) => `${iban.slice(0, 4)} **** ${iban.slice(-4)}`;

/** The default cut-off time of the authority's bank for direct-debit files (Europe/Berlin). */
export const STANDARD_ANNAHMESCHLUSS = "14:00";

export type SepaEinstellungen = {
  /**
   * Pre-notification period in calendar days (SEPA CORE: 14 unless the mandate text agrees a
   * shorter one).
   */
  vorlaufTage?: number;
  /**
   * The bank's cut-off time for direct-debit files, `HH:MM` in Europe/Berlin (default 14:00):
   * a file handed in later counts from the next TARGET2 business day.
   */
  annahmeschluss?: string;
};

const fehler = (meldung: Meldung, feld?: string): Vorbereitung => ({
  ok: false,
  fehler: "zahlungsmittel-ungueltig",
  meldung,
  ...(feld ? { feld } : {}),
});

const abgelehnt = (meldung: Meldung): Vorbereitung => ({
  ok: false,
  fehler: "anbieter-abgelehnt",
  meldung,
});

const KEINE_LASTSCHRIFT: Meldung = {
  de: "Diese Behörde bietet die Zahlung per SEPA-Lastschrift derzeit nicht an. Bitte wählen Sie eine andere Zahlungsart.",
  en: "This authority does not offer payment by SEPA direct debit at the moment. Please choose another payment method.",
};
const KEINE_UEBERWEISUNG: Meldung = {
  de: "Diese Behörde bietet die Zahlung per Überweisung derzeit nicht an. Bitte wählen Sie eine andere Zahlungsart.",
  en: "This authority does not offer payment by bank transfer at the moment. Please choose another payment method.",
};

/**
 * The due date of a direct debit confirmed at `jetzt`: the earliest TARGET2 business day after the
 * pre-notification period (14 calendar days unless set) that a file handed to the bank now still
 * meets (CORE D-1, the bank's cut-off `annahmeschluss`). The local provider stores it with the
 * mandate; the payment page shows it before the mandate is given, so both call this.
 */
export function geplanterEinzug(jetzt: Date, einstellungen: SepaEinstellungen = {}): string {
  const faellig = fruehesterFaelligkeitstag({
    einreichung: jetzt,
    annahmeschluss: einstellungen.annahmeschluss ?? STANDARD_ANNAHMESCHLUSS,
    vorabankuendigungTage: einstellungen.vorlaufTage ?? 14,
  });
  if (!faellig.ok) throw new Error(`geplanterEinzug: ${faellig.fehler.code}`);
  return faellig.wert;
}

/**
 * The local SEPA provider, the default `PaymentProvider`: the portal is the creditor, under the
 * creditor identifier and account the authority keeps in `kasse_konto` (read from the `db` each
 * method is given, inside the confirmation's transaction, so a changed account applies to the
 * next payment). A direct debit stores the mandate (reference `M-<Kassenzeichen>`, one-off
 * `OOFF`, signed today) with its due date: the earliest TARGET2 business day after the
 * pre-notification period that a file handed in now still meets (`fruehesterFaelligkeitstag`,
 * CORE D-1) — this is the date the citizen is pre-notified and the batch export collects on.
 * The intent stays `processing` until the bank's statement books or returns it; a bank transfer
 * waits `processing` for a matching credit, with the authority's account in the instructions.
 * An authority without a `kasse_konto`, without a creditor identifier or with the method switched
 * off refuses it (`anbieter-abgelehnt`). Refunds are paid by the cash office as a credit
 * transfer; the provider only records them.
 */
export function lokalerSepaAnbieter(einstellungen: SepaEinstellungen = {}): PaymentProvider {
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
    const iban = pruefeIban(daten.iban);
    if (!iban.ok) return fehler({ de: iban.fehler.de, en: iban.fehler.en }, "iban");
    const bic = pruefeBic(daten.bic, iban.wert.iban);
    if (!bic.ok) return fehler({ de: bic.fehler.de, en: bic.fehler.en }, "bic");

    const konto = await findeKassenkonto(db, { oeSchluessel: intent.oeSchluessel });
    if (!konto?.lastschrift) return abgelehnt(KEINE_LASTSCHRIFT);
    const glaeubigerId = konto.glaeubigerId ? pruefeGlaeubigerId(konto.glaeubigerId) : undefined;
    if (!glaeubigerId?.ok) {
      return abgelehnt({
        de: "Diese Behörde kann keine Lastschrift einziehen (keine gültige Gläubiger-Identifikationsnummer hinterlegt). Bitte wählen Sie eine andere Zahlungsart.",
        en: "This authority cannot collect direct debits (no valid creditor identifier configured). Please choose another payment method.",
      });
    }
    const faellig = { wert: geplanterEinzug(jetzt, einstellungen) };
    const referenz = `M-${intent.kassenzeichen}`;
    await insertMandat(db, {
      referenz,
      glaeubigerId: glaeubigerId.wert.id,
      intentId: intent.id,
      kontoinhaber: daten.kontoinhaber,
      iban: iban.wert.iban,
      bic: bic.wert,
      unterschriebenAm: daten.unterschriebenAm ?? tagInSachsen(jetzt),
      sequenztyp: "OOFF",
      faelligAm: faellig.wert,
      created: jetzt,
    });
    return {
      ok: true,
      status: "processing",
      nextAction: {
        type: "sepa_debit",
        mandatsreferenz: referenz,
        glaeubigerId: glaeubigerId.wert.id,
        faelligAm: faellig.wert,
        iban: maskiereIban(iban.wert.iban),
        kontoinhaber: daten.kontoinhaber,
      },
    };
  }

  return {
    async bereiteVor(db, { intent, zahlungsmittel, jetzt }) {
      if (zahlungsmittel.type === "sepa_debit")
        return lastschrift(db, intent, zahlungsmittel, jetzt);
      const konto = await findeKassenkonto(db, { oeSchluessel: intent.oeSchluessel });
      if (!konto?.ueberweisung) return abgelehnt(KEINE_UEBERWEISUNG);
      return {
        ok: true,
        status: "processing",
        nextAction: {
          type: "bank_transfer",
          kassenzeichen: intent.kassenzeichen,
          verwendungszweck: intent.remittanceText,
          amount: intent.amount,
          empfaenger: {
            kontoinhaber: konto.kontoinhaber,
            iban: formatiereIban(konto.iban),
            ...(konto.bic ? { bic: konto.bic } : {}),
          },
        },
      };
    },
    async erstatte(): Promise<Erstattung> {
      return { ok: true, daten: { ausfuehrung: "ueberweisung-durch-kasse" } };
    },
  };
}
