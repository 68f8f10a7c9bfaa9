/** German strings of the embeddable widgets: the API's refusals, the sign-in popup, the snippet page. */
export const de = {
  api: {
    ursprung:
      "Diese Webseite darf das Beteiligungsverfahren nicht einbinden. Bitte nutzen Sie das Beteiligungsportal.",
    unbekannt: "Dieses Beteiligungsverfahren gibt es nicht (mehr).",
    mandantUnbekannt: "Für diese Gemeinde gibt es keine Beteiligungsverfahren.",
    json: "Die Anfrage ist kein gültiges JSON-Objekt.",
    typ: "Die Anfrage muss als JSON (Content-Type: application/json) gesendet werden.",
    zuGross: "Die Anfrage ist zu groß (höchstens 16 KB).",
    token: "Ihre Anmeldung ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an.",
    emailFehlt:
      "Bitte geben Sie Ihre E-Mail-Adresse an. Sie erhalten einen Link, mit dem Sie Ihren Kommentar bestätigen.",
    eingabe: "Bitte prüfen Sie Ihre Eingaben.",
    unbestaetigt:
      "Danke! Wir haben Ihnen eine E-Mail geschickt. Ihr Kommentar erscheint, sobald Sie ihn über den Link darin bestätigt haben.",
    ausstehend: "Danke! Ihr Kommentar wird vor der Veröffentlichung geprüft.",
    veroeffentlicht: "Danke! Ihr Kommentar ist veröffentlicht.",
  },
  anmelden: {
    title: "Anmeldung für die eingebettete Beteiligung",
    intro: "Sie melden sich im Beteiligungsportal an, um auf einer anderen Webseite mitzuwirken.",
    fuer: "Anmeldung für das Verfahren",
    auf: "eingebunden auf",
    uebertragen:
      "Sie sind angemeldet. Sie können dieses Fenster schließen und auf der Webseite weiterschreiben.",
    keinFenster:
      "Dieses Fenster wurde nicht von der einbindenden Webseite geöffnet. Bitte starten Sie die Anmeldung dort erneut.",
    schliessen: "Fenster schließen",
    abgelehntTitel: "Anmeldung nicht möglich",
    abgelehnt:
      "Diese Webseite darf das Beteiligungsverfahren nicht einbinden, oder das Verfahren gibt es nicht. Sie können direkt im Beteiligungsportal mitwirken.",
    zumVerfahren: "Zum Verfahren im Beteiligungsportal",
  },
  einbettung: {
    title: "Verfahren auf der eigenen Webseite einbinden",
    intro:
      "Mit diesem Code zeigt die Webseite Ihrer Gemeinde das Verfahren an, mit den neuesten Beiträgen und dem Kommentarformular. Ohne JavaScript bleibt der Link zum Verfahren im Beteiligungsportal.",
    verfahren: "Ein Verfahren",
    verfahrenText:
      "Fügen Sie diesen Code dort in Ihre Seite ein, wo das Verfahren erscheinen soll:",
    liste: "Alle Verfahren der Gemeinde",
    listeText: "Dieser Code zeigt die Liste der Beteiligungsverfahren von {mandant}:",
    linkVerfahren: "Zum Beteiligungsverfahren „{titel}“",
    linkListe: "Beteiligungsverfahren von {mandant}",
    domains: "Erlaubte Webseiten",
    domainsText:
      "Der Code funktioniert nur auf diesen Webseiten (Hostnamen, über HTTPS). Die Liste pflegt Ihre Redaktion beim Mandanten im CMS.",
    keineDomains:
      "Für {mandant} sind keine Webseiten eingetragen: Auf anderen Seiten erscheint nur der Link.",
    sprache:
      'Das Widget spricht die Sprache der Seite (Attribut lang); mit data-sprache="en" immer Englisch.',
    rahmen: "Als iframe",
    rahmenText:
      "Lässt Ihr Redaktionssystem keine Skripte zu, binden Sie das Verfahren als iframe ein (nur auf den unten genannten Webseiten):",
    code: "Code zum Kopieren",
  },
};

export type BeteiligungWidgetTexte = typeof de;
