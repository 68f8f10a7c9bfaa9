/** German strings of the payment step, the receipt's payment section and the payment state. */
export const de = {
  titel: "Gebühr bezahlen",
  intro:
    "Für diesen Antrag ist eine Gebühr zu bezahlen. Ihr Antrag wird abgeschickt, sobald Sie die Zahlung bestätigt haben.",
  gebuehr: "Gebühr",
  betrag: "Betrag",
  kassenzeichen: "Kassenzeichen",
  empfaenger: "Zahlungsempfänger",
  artFrage: "Wie möchten Sie bezahlen?",
  art: { sepa_debit: "SEPA-Lastschrift", bank_transfer: "Überweisung" },
  artHinweis: {
    sepa_debit:
      "Wir ziehen die Gebühr von Ihrem Konto ein. Sie geben dafür ein SEPA-Lastschriftmandat.",
    bank_transfer:
      "Sie überweisen die Gebühr selbst. Die Bankverbindung und das Kassenzeichen stehen danach auf Ihrer Eingangsbestätigung.",
  },
  lastschriftTitel: "Bei Zahlung per SEPA-Lastschrift",
  kontoinhaber: "Kontoinhaberin oder Kontoinhaber",
  iban: "IBAN",
  ibanHinweis: "Zum Beispiel DE12 3456 7890 1234 5678 90. Leerzeichen dürfen Sie eingeben.",
  mandatTitel: "SEPA-Lastschriftmandat",
  /**
   * The Deutsche Kreditwirtschaft's wording of a SEPA Core mandate for a one-off payment (the
   * fee is collected once: sequence type OOFF), with the creditor's name.
   */
  mandatstext: (glaeubiger: string) =>
    `Ich ermächtige ${glaeubiger}, eine Zahlung von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von ${glaeubiger} auf mein Konto gezogene Lastschrift einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.`,
  glaeubigerId: "Gläubiger-Identifikationsnummer",
  mandatsreferenz: "Mandatsreferenz",
  einzug: "Geplanter Einzug",
  einzugHinweis: (datum: string) =>
    `Die Lastschrift wird voraussichtlich am ${datum} eingezogen. Wir senden Ihnen diese Ankündigung auch per E-Mail.`,
  mandatBestaetigen: "Ich erteile das SEPA-Lastschriftmandat.",
  mandatLegende: "Mandat bestätigen",
  ueberweisungTitel: "Bei Zahlung per Überweisung",
  ueberweisungText:
    "Ihr Antrag wird jetzt abgeschickt. Bitte überweisen Sie die Gebühr danach mit dem Kassenzeichen als Verwendungszweck. Die Bankverbindung steht auf Ihrer Eingangsbestätigung.",
  bezahlen: "Zahlung bestätigen und Antrag abschicken",
  zurueck: "Zurück zu „Angaben prüfen“",
  fehler: {
    art: "Bitte wählen Sie, wie Sie bezahlen möchten.",
    kontoinhaber:
      "Bitte geben Sie die Kontoinhaberin oder den Kontoinhaber an (höchstens 70 Zeichen).",
    iban: "Bitte geben Sie die IBAN an.",
    mandat: "Bitte bestätigen Sie das SEPA-Lastschriftmandat, oder wählen Sie die Überweisung.",
    vorbereitung:
      "Die Zahlung konnte gerade nicht vorbereitet werden. Bitte versuchen Sie es später noch einmal.",
    geaendert:
      "Die Gebühr dieses Antrags hat sich geändert. Bitte laden Sie die Seite neu und prüfen Sie den Betrag.",
    nichtBereit: "Bitte prüfen Sie zuerst Ihre Angaben und bestätigen Sie die Erklärung.",
  },
  /** The state of a payment in words. */
  status: {
    requires_payment_method: "Noch nicht bezahlt",
    requires_confirmation: "Noch nicht bestätigt",
    processing: "In Bearbeitung",
    succeeded: "Bezahlt",
    failed: "Fehlgeschlagen",
    canceled: "Abgebrochen",
    partially_refunded: "Teilweise erstattet",
    refunded: "Erstattet",
  },
  zahlungTitel: "Zahlung",
  zahlungsart: "Zahlungsart",
  zahlungsstatus: "Stand der Zahlung",
  lastschriftAm: (datum: string) => `Die Lastschrift wird voraussichtlich am ${datum} eingezogen.`,
  lastschriftUeberIban: "Konto",
  ueberweisungAnleitung:
    "Bitte überweisen Sie den Betrag auf das folgende Konto. Geben Sie als Verwendungszweck nur das Kassenzeichen an, damit wir Ihre Zahlung zuordnen können.",
  ueberweisungKonto: "Konto der Behörde",
  verwendungszweck: "Verwendungszweck",
  kontoFehlt:
    "Die Bankverbindung der Behörde teilt Ihnen die Behörde mit. Bitte geben Sie bei der Überweisung das Kassenzeichen an.",
  bezahltText: "Die Gebühr ist bezahlt. Vielen Dank.",
  fehlgeschlagenText: "Die Zahlung ist fehlgeschlagen.",
  naechsterSchritt:
    "Bitte bezahlen Sie die Gebühr per Überweisung. Ihr Antrag bleibt bestehen; die Behörde bearbeitet ihn weiter.",
  perUeberweisung: "Gebühr per Überweisung bezahlen",
  perUeberweisungFehler:
    "Die Überweisung konnte gerade nicht vorbereitet werden. Bitte versuchen Sie es später noch einmal.",
  neueUeberweisung: "Bitte überweisen Sie die Gebühr mit dem neuen Kassenzeichen.",
  weiterZurZahlung: "Weiter zur Zahlung",
  gebuehrVorher:
    "Nach dieser Seite bezahlen Sie die Gebühr. Ihr Antrag wird abgeschickt, sobald Sie die Zahlung bestätigt haben.",
  zurKasse: "Zahlung in der Kasse ansehen",
  keineZahlung: "Für diesen Antrag ist keine Zahlung erfasst.",
  nachEntscheidung: "Die Gebühr ist erst nach der Entscheidung über Ihren Antrag zu bezahlen.",
  nichtOnline:
    "Diese Behörde nimmt die Gebühr nicht online entgegen. Sie teilt Ihnen mit, wie Sie bezahlen können.",
};

export type ZahlungTexte = typeof de;
