import type { ZahlungTexte } from "./de";

/** English strings of the payment step, the receipt's payment section and the payment state. */
export const en: ZahlungTexte = {
  titel: "Pay the fee",
  intro:
    "A fee is payable for this application. Your application is sent as soon as you have confirmed the payment.",
  gebuehr: "Fee",
  betrag: "Amount",
  kassenzeichen: "Kassenzeichen (payment reference)",
  empfaenger: "Payee",
  artFrage: "How would you like to pay?",
  art: { sepa_debit: "SEPA direct debit", bank_transfer: "Bank transfer" },
  artHinweis: {
    sepa_debit:
      "We collect the fee from your account. For this you give a SEPA direct debit mandate.",
    bank_transfer:
      "You transfer the fee yourself. The bank details and the Kassenzeichen are then on your confirmation of receipt.",
  },
  lastschriftTitel: "When paying by SEPA direct debit",
  kontoinhaber: "Account holder",
  iban: "IBAN",
  ibanHinweis: "For example DE12 3456 7890 1234 5678 90. You may type spaces.",
  mandatTitel: "SEPA direct debit mandate",
  mandatstext: (glaeubiger: string) =>
    `By confirming this mandate, you authorise (A) ${glaeubiger} to send an instruction to your bank to debit your account once and (B) your bank to debit your account in accordance with the instruction from ${glaeubiger}. As part of your rights, you are entitled to a refund from your bank under the terms and conditions of your agreement with your bank. A refund must be claimed within 8 weeks starting from the date on which your account was debited.`,
  glaeubigerId: "Creditor identifier",
  mandatsreferenz: "Mandate reference",
  einzug: "Planned collection",
  einzugHinweis: (datum: string) =>
    `The direct debit is planned to be collected on ${datum}. We also send you this notice by email.`,
  mandatBestaetigen: "I give the SEPA direct debit mandate.",
  mandatLegende: "Confirm the mandate",
  ueberweisungTitel: "When paying by bank transfer",
  ueberweisungText:
    "Your application is sent now. Please then transfer the fee with the Kassenzeichen as the payment reference. The bank details are on your confirmation of receipt.",
  bezahlen: "Confirm payment and send application",
  zurueck: "Back to “Check your answers”",
  fehler: {
    art: "Please choose how you would like to pay.",
    kontoinhaber: "Please give the account holder (at most 70 characters).",
    iban: "Please give the IBAN.",
    mandat: "Please confirm the SEPA direct debit mandate, or choose bank transfer.",
    vorbereitung: "The payment could not be prepared just now. Please try again later.",
    geaendert:
      "The fee of this application has changed. Please reload the page and check the amount.",
    nichtBereit: "Please check your answers and confirm the declaration first.",
  },
  status: {
    requires_payment_method: "Not paid yet",
    requires_confirmation: "Not confirmed yet",
    processing: "Being processed",
    succeeded: "Paid",
    failed: "Failed",
    canceled: "Cancelled",
    partially_refunded: "Partly refunded",
    refunded: "Refunded",
  },
  zahlungTitel: "Payment",
  zahlungsart: "Payment method",
  zahlungsstatus: "Payment status",
  lastschriftAm: (datum: string) => `The direct debit is planned to be collected on ${datum}.`,
  lastschriftUeberIban: "Account",
  ueberweisungAnleitung:
    "Please transfer the amount to the following account. Give only the Kassenzeichen as the payment reference so that we can match your payment.",
  ueberweisungKonto: "Account of the authority",
  verwendungszweck: "Payment reference",
  kontoFehlt:
    "The authority will tell you its bank details. Please give the Kassenzeichen with your transfer.",
  bezahltText: "The fee has been paid. Thank you.",
  fehlgeschlagenText: "The payment failed.",
  naechsterSchritt:
    "Please pay the fee by bank transfer. Your application remains in place; the authority continues to process it.",
  perUeberweisung: "Pay the fee by bank transfer",
  perUeberweisungFehler:
    "The bank transfer could not be prepared just now. Please try again later.",
  neueUeberweisung: "Please transfer the fee with the new Kassenzeichen.",
  weiterZurZahlung: "Continue to payment",
  gebuehrVorher:
    "After this page you pay the fee. Your application is sent as soon as you have confirmed the payment.",
  zurKasse: "View the payment in the cash office",
  keineZahlung: "No payment is recorded for this application.",
  nachEntscheidung: "The fee is only payable after the decision on your application.",
  nichtOnline: "This authority does not take the fee online. It will tell you how to pay.",
};
