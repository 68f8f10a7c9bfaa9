/** German strings of a procedure's survey and of the subscription pages (Beteiligungsportal). */
export const de = {
  verfahrenUnbekannt: "Dieses Beteiligungsverfahren gibt es nicht.",
  umfrage: {
    titel: "Umfrage",
    seitentitel: "Umfrage: {titel}",
    intro:
      "Alle Fragen sind freiwillig. Bitte beantworten Sie mindestens eine. Die Ergebnisse wertet die Verwaltung aus; einzelne Antworten werden nicht veröffentlicht.",
    keineFragen: "Zu diesem Verfahren gibt es keine Umfrage.",
    textHinweis: "Höchstens 2.000 Zeichen.",
    mehrfachHinweis: "Sie können mehrere Antworten wählen.",
    einfachHinweis: "Wählen Sie eine Antwort.",
    ersetztHinweis:
      "Sie sind angemeldet: Senden Sie die Umfrage noch einmal, ersetzen Ihre neuen Antworten die früheren.",
    anmelden: "Für diese Umfrage müssen Sie sich mit Ihrem Servicekonto anmelden.",
    anmeldenLink: "Anmelden",
    senden: "Antworten senden",
    danke: "Vielen Dank für Ihre Teilnahme",
    dankeText: "Ihre Antworten sind eingegangen. Die Ergebnisse wertet die Verwaltung aus.",
    ersetzt: "Ihre früheren Antworten wurden durch diese ersetzt.",
    eingegangenAm: "Eingegangen am",
    zurueck: "Zurück zum Verfahren",
    abonnieren: "Benachrichtigungen zu diesem Verfahren bestellen",
    honigtopf: "Webseite (bitte leer lassen)",
    fehlgeschlagen:
      "Ihre Antworten konnten gerade nicht gespeichert werden. Sie stehen noch im Formular; bitte senden Sie sie in einigen Minuten erneut.",
  },
  abonnieren: {
    titel: "Benachrichtigungen bestellen",
    seitentitel: "Benachrichtigungen: {titel}",
    intro:
      "Wir schreiben Ihnen eine E-Mail, wenn in diesem Verfahren eine neue Phase beginnt. Sie können die Benachrichtigungen mit dem Link in jeder E-Mail abbestellen.",
    email: "Ihre E-Mail-Adresse",
    emailHinweis:
      "Sie erhalten zuerst eine E-Mail mit einem Link, mit dem Sie die Bestellung bestätigen.",
    einwilligungLegende: "Einwilligung",
    einwilligung:
      "Ich willige ein, dass meine E-Mail-Adresse für die Benachrichtigungen zu diesem Verfahren gespeichert wird, bis ich sie abbestelle oder das Verfahren endet.",
    senden: "Benachrichtigungen bestellen",
    pruefen: "Bitte prüfen Sie Ihr Postfach",
    pruefenText:
      "Wenn die Adresse {email} gültig ist, erhält sie in wenigen Minuten eine E-Mail mit einem Bestätigungslink. Er gilt 48 Stunden. Erst nach der Bestätigung erhalten Sie Benachrichtigungen.",
    fehlgeschlagen:
      "Ihre Bestellung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es in einigen Minuten erneut.",
  },
  bestaetigen: {
    titel: "Abonnement bestätigen",
    text: "Bitte bestätigen Sie, dass Sie Benachrichtigungen zu diesem Beteiligungsverfahren erhalten möchten.",
    senden: "Abonnement bestätigen",
    erfolg: "Ihr Abonnement ist bestätigt",
    erfolgText:
      "Sie erhalten ab jetzt eine E-Mail, wenn in diesem Verfahren eine neue Phase beginnt. Jede E-Mail enthält einen Link zum Abbestellen.",
    ohneToken: "Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus der E-Mail.",
  },
  abmelden: {
    titel: "Benachrichtigungen abbestellen",
    text: "Mit diesem Knopf bestellen Sie die Benachrichtigungen zu diesem Beteiligungsverfahren ab. Ihre E-Mail-Adresse wird dabei gelöscht.",
    senden: "Benachrichtigungen abbestellen",
    erfolg: "Sie haben die Benachrichtigungen abbestellt",
    erfolgText:
      "Ihre E-Mail-Adresse ist gelöscht. Sie erhalten zu diesem Verfahren keine E-Mails mehr.",
    ohneToken: "Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus der E-Mail.",
  },
};

export type BeteiligungUmfrageTexte = typeof de;
