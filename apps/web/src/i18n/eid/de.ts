export const de = {
  abschnitt: "Mit dem Online-Ausweis",
  anmeldenHinweis:
    "Mit dem Personalausweis, dem elektronischen Aufenthaltstitel oder der eID-Karte: ohne Passwort. Beim ersten Mal wird ein Servicekonto für Sie eingerichtet.",
  anmelden: "Mit Online-Ausweis anmelden",
  registrierenHinweis:
    "Sie können ein Servicekonto auch ohne E-Mail-Adresse und Passwort einrichten: mit dem Online-Ausweis. Ihre Identität ist dann bestätigt.",
  registrieren: "Mit Online-Ausweis registrieren",
  fehler: {
    title: "Anmeldung mit dem Online-Ausweis nicht möglich",
    gruende: {
      abgebrochen: {
        titel: "Abgebrochen",
        text: "Sie haben die Anmeldung mit dem Online-Ausweis abgebrochen oder der Übermittlung Ihrer Daten nicht zugestimmt. Es wurden keine Daten übernommen.",
      },
      ungueltig: {
        titel: "Antwort nicht bestätigt",
        text: "Die Antwort des eID-Dienstes konnte nicht bestätigt werden, oder die Anmeldung hat zu lange gedauert (mehr als 10 Minuten). Bitte beginnen Sie noch einmal.",
      },
      niveau: {
        titel: "Vertrauensniveau nicht erreicht",
        text: "Ihr Ausweis erreicht nicht das verlangte Vertrauensniveau. Bitte verwenden Sie den Personalausweis, den elektronischen Aufenthaltstitel oder die eID-Karte.",
      },
      vergeben: {
        titel: "Online-Ausweis schon verwendet",
        text: "Dieser Online-Ausweis gehört bereits zu einem anderen Servicekonto. Melden Sie sich mit dem Online-Ausweis an, um dieses Konto zu verwenden.",
      },
      "nicht-verfuegbar": {
        titel: "eID-Dienst nicht erreichbar",
        text: "Der eID-Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal oder melden Sie sich mit E-Mail-Adresse und Passwort an.",
      },
      "zu-oft": {
        titel: "Zu viele Versuche",
        text: "Von Ihrem Anschluss wurde die Anmeldung mit dem Online-Ausweis in kurzer Zeit sehr oft begonnen. Bitte warten Sie 15 Minuten und versuchen Sie es dann noch einmal.",
      },
    },
    warnung: "Warnung:",
    nochmal: "Zur Anmeldung",
    konto: "Zum Servicekonto",
  },
};
export type EidTexte = typeof de;
