/** German strings of the Servicekonto pages (register, confirm, sign in, reset, my account). */
export const de = {
  servicekonto: "Servicekonto",
  meinKonto: "Mein Servicekonto",
  registrieren: {
    title: "Servicekonto einrichten",
    intro:
      "Mit einem Servicekonto können Sie Anträge online stellen, Ihre Angaben für Formulare hinterlegen und Nachrichten von Behörden empfangen.",
    senden: "Konto einrichten",
    schonKonto: "Sie haben schon ein Servicekonto?",
    gesendetTitel: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    gesendet:
      "Wir haben eine E-Mail an {email} geschickt. Öffnen Sie den Link darin innerhalb von 24 Stunden, um Ihr Konto zu bestätigen. Kommt keine E-Mail an, sehen Sie im Spam-Ordner nach.",
  },
  anmelden: {
    title: "Anmelden",
    intro: "Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Servicekontos an.",
    senden: "Anmelden",
    vergessen: "Passwort vergessen?",
    keinKonto: "Noch kein Servicekonto?",
    einrichten: "Servicekonto einrichten",
    abgemeldet: "Sie sind abgemeldet.",
  },
  bestaetigen: {
    title: "E-Mail-Adresse bestätigen",
    intro: "Bestätigen Sie, dass diese E-Mail-Adresse Ihnen gehört.",
    senden: "E-Mail-Adresse bestätigen",
    ok: "Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.",
    ungueltig:
      "Dieser Link ist ungültig. Prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben.",
    abgelaufen: "Dieser Link ist abgelaufen. Fordern Sie einen neuen an.",
    verbraucht: "Dieser Link wurde bereits verwendet. Melden Sie sich an.",
    neuAnfordern: "Neuen Bestätigungslink anfordern",
  },
  erneut: {
    title: "Bestätigungslink neu anfordern",
    intro: "Wir schicken Ihnen einen neuen Link, mit dem Sie Ihre E-Mail-Adresse bestätigen.",
    senden: "Link anfordern",
    gesendetTitel: "Link angefordert",
    gesendet:
      "Wenn zu {email} ein noch nicht bestätigtes Servicekonto besteht, haben wir einen neuen Link geschickt. Er gilt 24 Stunden.",
  },
  vergessen: {
    title: "Passwort vergessen",
    intro:
      "Geben Sie die E-Mail-Adresse Ihres Servicekontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.",
    senden: "Link anfordern",
    gesendetTitel: "Link angefordert",
    gesendet:
      "Wenn zu {email} ein Servicekonto besteht, haben wir Ihnen einen Link geschickt. Er gilt eine Stunde.",
  },
  neuesPasswort: {
    title: "Neues Passwort festlegen",
    senden: "Passwort speichern",
    okTitel: "Ihr Passwort ist geändert",
    ok: "Sie wurden auf allen Geräten abgemeldet. Melden Sie sich mit dem neuen Passwort an.",
  },
  konto: {
    title: "Mein Servicekonto",
    angemeldetAls: "Angemeldet als {email}",
    sitzungen: "Ihre Anmeldungen",
    sitzungenIntro:
      "Hier sind Sie zurzeit angemeldet. Kennen Sie eine Anmeldung nicht, melden Sie sich überall ab und ändern Sie Ihr Passwort.",
    geraet: "Gerät oder Browser",
    seit: "Angemeldet seit",
    zuletzt: "Zuletzt aktiv",
    diese: "(diese Anmeldung)",
    unbekannt: "unbekannt",
    abmelden: "Abmelden",
    ueberallAbmelden: "Überall sonst abmelden",
    anderswoAbgemeldet: "Sie wurden auf allen anderen Geräten abgemeldet.",
    ohneEmail: "Angemeldet mit dem Online-Ausweis (ohne E-Mail-Adresse)",
    identitaet: "Bestätigte Identität",
    identitaetBestaetigt: "{name}, bestätigt mit dem Online-Ausweis am {datum}",
    identitaetOffen:
      "nicht bestätigt: Verbinden Sie Ihren Online-Ausweis, um Anträge zu stellen, die eine bestätigte Identität verlangen.",
    eidVerbinden: "Online-Ausweis mit diesem Konto verbinden",
    niveau: "Vertrauensniveau dieser Anmeldung",
    niveaus: {
      niedrig: "niedrig (mit Passwort)",
      substanziell: "substanziell (mit dem Online-Ausweis)",
      hoch: "hoch (mit dem Online-Ausweis)",
    },
    bereiche: "Ihr Konto",
    links: {
      postfach: "Postfach",
      antraege: "Meine Anträge",
      ungelesen: "{anzahl} ungelesen",
      profil: "Meine Angaben",
      organisationen: "Meine Organisationen",
      daten: "Meine Daten herunterladen oder Konto löschen",
    },
  },
  felder: {
    email: "E-Mail-Adresse",
    passwort: "Passwort",
    neuesPasswort: "Neues Passwort",
    passwortWiederholung: "Passwort wiederholen",
    passwortHinweis:
      "Mindestens {min} Zeichen. Am besten mehrere Wörter, die nur Sie verbinden; Ziffern und Sonderzeichen sind nicht nötig.",
  },
  fehler: {
    email: "Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.",
    zuKurz: "Das Passwort muss mindestens {min} Zeichen lang sein.",
    zuLang: "Das Passwort darf höchstens {max} Zeichen lang sein.",
    haeufig:
      "Dieses Passwort ist weit verbreitet und leicht zu erraten. Wählen Sie bitte ein anderes.",
    wieEmail: "Das Passwort darf nicht Ihre E-Mail-Adresse enthalten.",
    wiederholung: "Die beiden Passwörter stimmen nicht überein.",
    falsch: "E-Mail-Adresse oder Passwort sind nicht richtig.",
    unbestaetigt:
      "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse mit dem Link aus unserer E-Mail. Sie können einen neuen Link anfordern.",
    zuOftKonto: (minuten: number, zeitpunkt: string) =>
      `Für dieses Konto gab es in kurzer Zeit zu viele Anmeldeversuche. Bitte versuchen Sie es in ${minuten === 1 ? "einer Minute" : `${minuten} Minuten`} erneut (ab ${zeitpunkt}), oder setzen Sie Ihr Passwort zurück.`,
    link: "Dieser Link ist ungültig oder abgelaufen. Fordern Sie einen neuen an.",
  },
};

export type KontoTexte = typeof de;
