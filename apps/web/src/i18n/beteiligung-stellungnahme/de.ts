/** German strings of the statement form (Stellungnahme), its receipt and the co-signing form. */
export const de = {
  title: "Stellungnahme abgeben",
  beteiligung: "Beteiligung",
  zumVerfahren: "Zurück zum Verfahren",
  intro: "Ihre Stellungnahme zum Verfahren {titel}.",
  phase: "Aktuelle Phase: {phase}, bis {ende}.",
  vorab:
    "Stellungnahmen werden vor der Veröffentlichung geprüft. Name und Anschrift werden nicht veröffentlicht.",
  nachtraeglich:
    "Stellungnahmen werden sofort veröffentlicht, ohne Name und Anschrift, und können nachträglich geprüft werden.",
  nichtOeffentlich:
    "In dieser Phase gehen Stellungnahmen nur an die zuständige Behörde; sie werden nicht veröffentlicht.",
  anmelden: {
    titel: "Anmeldung erforderlich",
    text: "Für eine Stellungnahme in dieser Phase melden Sie sich bitte mit Ihrem Servicekonto an. Danach kommen Sie hierher zurück.",
    eid: "Für eine Stellungnahme in dieser Phase melden Sie sich bitte mit dem Online-Ausweis (eID) an. Danach kommen Sie hierher zurück.",
    link: "Anmelden",
    registrieren: "Noch kein Servicekonto? Registrieren",
  },
  institution: {
    titel: "Nur für beteiligte Institutionen",
    keine:
      "In dieser Phase nehmen nur die beteiligten Behörden und Träger öffentlicher Belange Stellung. Sie handeln dafür mit dem Organisationskonto Ihrer Institution.",
    organisationen: "Zu Ihren Organisationen",
    feld: "Für welche Institution geben Sie die Stellungnahme ab?",
    hinweis:
      "Sie sind Mitglied dieser Organisationen. Die Stellungnahme wird für die gewählte abgegeben.",
  },
  geschlossen: "Stellungnahmen sind derzeit nicht möglich",
  felder: {
    text: "Ihre Stellungnahme",
    textHinweis:
      "Höchstens 5.000 Zeichen. Längere Ausführungen, Pläne oder Gutachten können Sie als PDF anhängen.",
    angaben: "Ihre Angaben",
    angabenHinweis:
      "Für die Behörde, damit sie Ihnen das Ergebnis der Prüfung mitteilen kann. Sie werden nicht veröffentlicht.",
    angabenAusProfil:
      "Aus Ihrem Servicekonto übernommen. Sie können die Angaben hier ändern; Ihr Profil bleibt unverändert.",
    einreicherName: "Vor- und Nachname",
    strasse: "Straße und Hausnummer",
    plz: "Postleitzahl",
    ort: "Ort",
    email: "Ihre E-Mail-Adresse",
    emailHinweis:
      "Sie erhalten einen Link, mit dem Sie die Stellungnahme bestätigen. Erst dann wird sie berücksichtigt.",
    webseite: "Webseite (bitte leer lassen)",
    anhaenge: "Anlagen",
    anhaengeHinweis:
      "Bis zu drei PDF-Dateien, jede höchstens 10 MB. Andere Formate werden nicht angenommen.",
    anhang: "Anlage {n} (PDF)",
    dateienErneut:
      "Ihre Texteingaben sind erhalten geblieben. Dateien können nicht erhalten bleiben: Bitte wählen Sie Ihre Anlagen erneut aus.",
    einwilligung: "Einwilligung",
    optional: "(optional)",
    senden: "Stellungnahme abgeben",
  },
  fehler: {
    einwilligung:
      "Bitte willigen Sie in die Verarbeitung Ihrer Angaben ein. Ohne Einwilligung kann die Stellungnahme nicht angenommen werden.",
    text: "Bitte geben Sie Ihre Stellungnahme ein.",
    organisation: "Bitte wählen Sie eine Ihrer Organisationen.",
    email: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
    unbekannt: "Dieses Verfahren gibt es nicht mehr.",
    speichern:
      "Ihre Stellungnahme konnte gerade nicht gespeichert werden. Ihre Texteingaben stehen noch im Formular; bitte wählen Sie die Anlagen erneut aus und senden Sie sie in einigen Minuten erneut.",
  },
  eingang: {
    titel: "Ihre Stellungnahme ist eingegangen",
    stand: "Stand",
    status: {
      unbestaetigt:
        "Noch nicht bestätigt: Bitte öffnen Sie den Link in der E-Mail, die wir Ihnen geschickt haben. Erst dann wird Ihre Stellungnahme berücksichtigt.",
      ausstehend: "Wird geprüft. Ihre Stellungnahme wird erst nach der Prüfung veröffentlicht.",
      veroeffentlicht: "Veröffentlicht.",
      verborgen: "Vorübergehend nicht öffentlich, wird geprüft.",
      abgelehnt: "Nicht veröffentlicht.",
    },
    nurBehoerde: "Geht an die zuständige Behörde; wird nicht veröffentlicht.",
    verfahren: "Verfahren",
    eingegangenAm: "Eingegangen am",
    nummer: "Eingangsnummer",
    institution: "Abgegeben für",
    name: "Name",
    anschrift: "Anschrift",
    einwilligung: "Einwilligung",
    einwilligungAm: "erteilt am {zeit} (Fassung vom {fassung})",
    anlagen: "Anlagen",
    keineAnlagen: "Keine",
    ihreStellungnahme: "Ihre Stellungnahme",
    aufbewahren:
      "Bitte bewahren Sie diese Seite oder die Eingangsnummer auf. Wenn Sie angemeldet sind, finden Sie die Angaben hier wieder.",
    weitere: "Eine weitere Stellungnahme abgeben",
  },
  mitzeichnen: {
    anzahl: "{n} Mitzeichnungen",
    eine: "1 Mitzeichnung",
    keine: "Noch keine Mitzeichnungen",
    name: "Ihr Name zur Anzeige",
    nameHinweis: "Freiwillig. Ohne Namen zählt Ihre Mitzeichnung, ohne dass Ihr Name erscheint.",
    senden: "Stellungnahme mitzeichnen",
    danke: "Sie haben diese Stellungnahme mitgezeichnet.",
    bereits: "Sie haben diese Stellungnahme mitgezeichnet.",
    anmelden: "Zum Mitzeichnen anmelden",
    fehler:
      "Die Mitzeichnung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es erneut.",
  },
};

export type BeteiligungStellungnahmeTexte = typeof de;
