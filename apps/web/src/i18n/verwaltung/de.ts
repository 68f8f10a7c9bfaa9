/** German strings of the staff area (/verwaltung): sign-in, second factor, overview, Postfach. */
export const de = {
  verwaltung: "Verwaltung",
  bereich: "Verwaltungsbereich des Sachsen-Portals",
  anmelden: {
    title: "Anmeldung für Mitarbeitende",
    intro:
      "Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Dienstkontos an. Danach fragen wir nach dem Code aus Ihrer Authenticator-App.",
    senden: "Weiter",
    abgemeldet: "Sie sind abgemeldet.",
    abgelaufen:
      "Die Anmeldung hat zu lange gedauert. Bitte geben Sie E-Mail-Adresse und Passwort erneut ein.",
    buerger: "Sie möchten sich als Bürgerin oder Bürger anmelden?",
    buergerLink: "Zur Anmeldung beim Servicekonto",
  },
  code: {
    title: "Code eingeben",
    intro:
      "Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code für „Sachsen Portal Verwaltung“ ein.",
    label: "Code aus der Authenticator-App",
    hinweis: "6 Ziffern, zum Beispiel 123456. Jeder Code gilt etwa 30 Sekunden und nur einmal.",
    senden: "Anmelden",
    neuAnmelden: "Mit einem anderen Konto anmelden",
  },
  einrichten: {
    title: "Zweiten Faktor einrichten",
    intro:
      "Für den Verwaltungsbereich brauchen Sie neben dem Passwort einen Code aus einer Authenticator-App (zum Beispiel FreeOTP, Aegis oder die App Ihrer Dienststelle). Richten Sie ihn einmal ein:",
    schritte: [
      "Öffnen Sie Ihre Authenticator-App und fügen Sie ein Konto hinzu.",
      "Wählen Sie „Schlüssel eingeben“ und geben Sie den Schlüssel unten ein (Zeitbasiert, 6 Ziffern, 30 Sekunden). Oder öffnen Sie auf diesem Gerät den Einrichtungslink.",
      "Geben Sie den Code ein, den die App danach anzeigt.",
    ],
    schluessel: "Schlüssel",
    schluesselHinweis:
      "Geben Sie den Schlüssel nicht weiter. Er wird angezeigt, bis Sie die Einrichtung abschließen.",
    link: "Einrichtungslink (otpauth)",
    linkHinweis: "Funktioniert, wenn die Authenticator-App auf diesem Gerät installiert ist.",
    senden: "Einrichtung abschließen",
  },
  uebersicht: {
    title: "Verwaltung",
    angemeldetAls: "Angemeldet als {name} ({email}).",
    rollen: "Ihre Organisationseinheiten und Rollen",
    oe: "Organisationseinheit",
    schluessel: "Schlüssel",
    rolle: "Rollen",
    keineRollen: "Ihrem Konto sind keine Rollen zugeordnet.",
    aufgaben: "Aufgaben",
    antraege: "Anträge bearbeiten",
    postfach: "Nachricht an ein Servicekonto senden",
    abmelden: "Abmelden",
  },
  rollen: {
    sachbearbeitung: "Sachbearbeitung",
    kasse: "Kasse",
    beteiligung: "Beteiligung",
    admin: "Administration",
  },
  keinZugriff: {
    title: "Kein Zugriff",
    text: "Für diese Seite fehlt Ihrem Konto die nötige Rolle in dieser Organisationseinheit. Wenden Sie sich an die Administration Ihrer Dienststelle.",
    zurueck: "Zur Übersicht",
  },
  postfach: {
    title: "Nachricht an ein Servicekonto",
    intro:
      "Die Nachricht erscheint im Postfach des Servicekontos. Die Person erhält eine E-Mail, dass eine Nachricht vorliegt – ohne deren Inhalt.",
    oe: "Absender (Organisationseinheit)",
    email: "E-Mail-Adresse des Servicekontos",
    emailHinweis: "Die Adresse, mit der sich die Person beim Servicekonto anmeldet.",
    betreff: "Betreff",
    text: "Nachricht",
    verfahren: "Aktenzeichen oder Vorgangsnummer",
    optional: "(optional)",
    senden: "Nachricht senden",
    gesendetTitel: "Nachricht gesendet",
    gesendet: "Die Nachricht liegt im Postfach des Servicekontos {email}.",
    weitere: "Weitere Nachricht schreiben",
    gesendeteTitel: "Gesendete Nachrichten von {oe}",
    keineGesendet: "Diese Organisationseinheit hat noch keine Nachrichten gesendet.",
    spalten: {
      gesendetAm: "Gesendet",
      betreff: "Betreff",
      verfahren: "Aktenzeichen",
      gelesen: "Gelesen",
    },
    ja: "ja",
    nein: "nein",
    anzeigenFuer: "Gesendete Nachrichten anzeigen für",
    anzeigen: "Anzeigen",
  },
  fehler: {
    falsch:
      "E-Mail-Adresse oder Passwort stimmen nicht. Prüfen Sie Ihre Eingaben; nach mehreren Fehlversuchen müssen Sie eine Weile warten.",
    code: "Der Code stimmt nicht. Geben Sie den aktuellen Code aus Ihrer App ein; jeder Code gilt nur einmal.",
    codeFormat: "Geben Sie den Code mit 6 Ziffern ein, zum Beispiel 123456.",
    gesperrt: (zeitpunkt: string) =>
      `Zu viele falsche Codes. Sie können ab ${zeitpunkt} einen neuen Code eingeben.`,
    zuOftKonto: (minuten: number, zeitpunkt: string) =>
      `Für dieses Konto gab es in kurzer Zeit zu viele Anmeldeversuche. Bitte versuchen Sie es in ${minuten === 1 ? "einer Minute" : `${minuten} Minuten`} erneut (ab ${zeitpunkt}).`,
    email: "Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@beispiel.de.",
    unbekannt:
      "Unter dieser E-Mail-Adresse gibt es kein bestätigtes Servicekonto. Prüfen Sie die Schreibweise.",
    oe: "Wählen Sie eine Organisationseinheit, für die Sie Nachrichten senden dürfen.",
  },
};

export type VerwaltungTexte = typeof de;
