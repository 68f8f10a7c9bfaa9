/** German strings of "Barriere melden" (the feedback route of the accessibility statement). */
export const de = {
  title: "Barriere melden",
  intro:
    "Sind Ihnen Mängel beim barrierefreien Zugang zu diesem Portal aufgefallen, oder brauchen Sie Inhalte in einer für Sie zugänglichen Form? Schreiben Sie uns. Wir prüfen jede Meldung und antworten Ihnen, wenn Sie eine E-Mail-Adresse angeben.",
  /** The form's own wording of field errors and of a failed save (the action sends them). */ fehler:
    {
      pflicht: "Beschreiben Sie das Problem.",
      email:
        "Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein, oder lassen Sie das Feld leer.",
      speichern:
        "Ihre Meldung konnte gerade nicht gespeichert werden. Ihre Eingaben stehen noch im Formular; bitte senden Sie sie in einigen Minuten erneut.",
    },
  /**
   * What the form (a client component) shows. Plain strings, so the page can hand them down as
   * props; `{email}` is filled in by the form.
   */
  formular: {
    beschreibung: "Was ist das Problem?",
    beschreibungHint:
      "Beschreiben Sie, was nicht funktioniert und womit Sie das Portal nutzen (zum Beispiel Screenreader oder Tastatur). Höchstens 5.000 Zeichen.",
    seite: "Auf welcher Seite?",
    seiteHint: "Die Adresse (URL) oder der Titel der Seite. Höchstens 500 Zeichen.",
    name: "Ihr Name",
    email: "Ihre E-Mail-Adresse",
    emailHint: "Nur wenn Sie eine Antwort möchten. Wir verwenden sie nur für diese Meldung.",
    optional: "(optional)",
    senden: "Meldung senden",
    eingegangen: "Ihre Meldung ist eingegangen",
    aktenzeichen: "Aktenzeichen",
    eingegangenAm: "Eingegangen am",
    antwortMitEmail:
      "Wir prüfen Ihre Meldung und antworten Ihnen an {email}. Bitte nennen Sie bei Rückfragen das Aktenzeichen.",
    antwortOhneEmail:
      "Wir prüfen Ihre Meldung. Da Sie keine E-Mail-Adresse angegeben haben, können wir Ihnen nicht antworten.",
    ihreMeldung: "Ihre Meldung",
    durchsetzung:
      "Erhalten Sie keine oder keine zufriedenstellende Antwort, können Sie das Durchsetzungsverfahren nutzen; es ist in der Erklärung zur Barrierefreiheit beschrieben.",
    weitere: "Weitere Meldung schreiben",
  },
};

export type BarriereTexte = typeof de;
