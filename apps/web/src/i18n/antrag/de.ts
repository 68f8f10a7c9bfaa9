/** German strings of the form runner (start, question pages, check answers, confirmation) and "Meine Anträge". */
export const de = {
  // Start page
  onlineBeantragen: "Online beantragen",
  zurLeistung: "Mehr zu dieser Leistung",
  startIntro:
    "Sie beantworten Fragen Schritt für Schritt. Ihre Angaben werden auf jeder Seite gespeichert; Sie können jederzeit aufhören und später weitermachen.",
  dauer: "Sie brauchen etwa 5 bis 10 Minuten.",
  wasSieBrauchen: "Was Sie brauchen",
  zugangTitel: "Wie Sie den Antrag stellen",
  zugang: {
    servicekonto:
      "Für diesen Antrag melden Sie sich mit Ihrem Servicekonto an (E-Mail-Adresse und Passwort oder Online-Ausweis).",
    "servicekonto-oder-eid":
      "Sie können sich mit Ihrem Servicekonto anmelden oder ohne Servicekonto beginnen und sich vor dem Absenden einmalig mit dem Online-Ausweis identifizieren.",
    offen:
      "Sie können sich mit Ihrem Servicekonto anmelden oder ohne Servicekonto beginnen. Ohne Servicekonto schicken wir Ihnen auf Wunsch einen Link zum Fortsetzen per E-Mail.",
  },
  angemeldetAls: "Sie sind angemeldet als {email}.",
  beginnen: "Antrag beginnen",
  neuBeginnen: "Neuen Antrag beginnen",
  ohneKontoBeginnen: "Ohne Servicekonto beginnen",
  anmeldenUndBeginnen: "Mit Servicekonto anmelden",
  registrieren: "Noch kein Servicekonto? Jetzt registrieren",
  offeneEntwuerfe: "Ihre begonnenen Anträge",
  entwurfVom: "Zuletzt bearbeitet am {datum}",
  fortsetzen: "Fortsetzen",
  profilFehlt:
    "Für diesen Antrag brauchen wir Angaben aus Ihrem Profil, die noch fehlen: {felder}. Bitte ergänzen Sie Ihr Profil.",
  profilErgaenzen: "Profil ergänzen",
  gebuehr: "Gebühr",
  nichtGefunden: "Diesen Antrag gibt es nicht (mehr) oder Sie haben keinen Zugriff darauf.",
  nichtGefundenText:
    "Vielleicht ist der Entwurf abgelaufen (nach 30 Tagen ohne Änderung) oder er gehört zu einem anderen Servicekonto. Wenn Sie ohne Servicekonto begonnen haben, öffnen Sie den Link aus der E-Mail zum Fortsetzen.",
  zuOftStart:
    "Von Ihrem Anschluss aus wurden in der letzten Stunde zu viele Anträge ohne Servicekonto begonnen. Bitte versuchen Sie es später noch einmal oder melden Sie sich an.",
  seiteZuGross:
    "Die Seite war zu groß, um sie anzunehmen (höchstens 20 MB je Datei). Ihre übrigen Angaben sind gespeichert.",
  zuVieleUploads:
    "Von Ihrem Anschluss aus wurden in der letzten Stunde zu viele Dateien hochgeladen. Bitte versuchen Sie es später noch einmal.",
  neuStarten: "Antrag neu beginnen",
  // Question pages
  schritt: "Schritt {n} von {gesamt}",
  fortschritt: "Fortschritt des Antrags",
  weiter: "Weiter",
  zurueck: "Zurück",
  spaeter: "Speichern und später fortsetzen",
  optional: "(optional)",
  ja: "Ja",
  nein: "Nein",
  auswahlLeer: "Bitte wählen",
  datumHinweis: "Zum Beispiel 24.12.2025",
  zeitHinweis: "Zum Beispiel 14:30",
  betragHinweis: "In Euro, zum Beispiel 12,50",
  dateiAktuell: "Hochgeladen: {datei}",
  dateiEntfernen: "Datei entfernen",
  dateiErsetzen: "Andere Datei hochladen (ersetzt die bisherige)",
  dateiHinweis: "Erlaubt: {typen}, höchstens {max}.",
  zeile: "{label} {n}",
  zeileHinzufuegen: "{label} hinzufügen",
  zeileEntfernen: "{label} {n} entfernen",
  errorSummary: "Bitte prüfen Sie Ihre Angaben",
  errorPrefix: "Fehler:",
  titelFehler: "Fehler: {titel}",
  gespeichert: "Ihre Angaben sind gespeichert.",
  // Version change
  neueVersionTitel: "Das Formular wurde geändert",
  neueVersionText:
    "Seit Sie begonnen haben, wurde das Formular überarbeitet. Ihre Angaben übernehmen wir, soweit sie noch passen.",
  neueVersionVerworfen: "Diese Angaben müssen Sie neu machen:",
  neueVersionAlles: "Alle Ihre Angaben passen weiterhin.",
  verwerfungsgrund: {
    entfernt: "die Frage gibt es nicht mehr",
    typ: "die Frage wird jetzt anders gestellt",
    regel: "die Angabe erfüllt die neuen Regeln nicht",
    codeliste: "die gewählte Möglichkeit gibt es nicht mehr",
  },
  neueVersionWeiter: "Mit dem geänderten Formular weitermachen",
  // Save for later
  spaeterTitel: "Später fortsetzen",
  spaeterKonto:
    "Ihr Entwurf ist in Ihrem Servicekonto gespeichert. Sie finden ihn unter „Meine Anträge“, auf jedem Gerät, 30 Tage lang nach der letzten Änderung.",
  spaeterOhneKonto:
    "Wir schicken Ihnen einen Link, mit dem Sie den Antrag auf jedem Gerät fortsetzen. Der Link gilt 7 Tage. Ihre Angaben bleiben 30 Tage nach der letzten Änderung gespeichert.",
  spaeterEmail: "E-Mail-Adresse",
  spaeterSenden: "Link zum Fortsetzen senden",
  spaeterGesendet: "Link gesendet",
  spaeterGesendetText:
    "Wenn die Adresse stimmt, erhalten Sie in wenigen Minuten eine E-Mail mit dem Link. Ein früher gesendeter Link gilt nicht mehr.",
  zumAntrag: "Zurück zum Antrag",
  meineAntraege: "Meine Anträge",
  fortsetzenTitel: "Antrag fortsetzen",
  fortsetzenUngueltig:
    "Dieser Link ist ungültig oder abgelaufen. Vielleicht haben Sie inzwischen einen neueren Link angefordert, oder der Antrag wurde schon abgeschickt.",
  // Check answers
  pruefenTitel: "Angaben prüfen",
  pruefenIntro: "Bitte prüfen Sie Ihre Angaben, bevor Sie den Antrag absenden.",
  aendern: "Ändern",
  aendernVon: "{label} ändern",
  unvollstaendig: "Der Antrag ist noch nicht vollständig.",
  unvollstaendigText: "Bitte ergänzen Sie diese Angaben:",
  zustaendigTitel: "Ihr Antrag geht an",
  zustaendigUnbekannt:
    "Für Ihren Wohnort konnten wir keine zuständige Stelle finden. Bitte prüfen Sie Postleitzahl und Ort.",
  zustaendigKeinOnline:
    "{stelle} nimmt diesen Antrag noch nicht online an. Bitte wenden Sie sich direkt an die Behörde.",
  zustaendigWahl: "Für Ihren Wohnort kommen mehrere Stellen in Frage. Wählen Sie die passende:",
  identifikationTitel: "Identifizierung",
  identifikationNoetig:
    "Vor dem Absenden identifizieren Sie sich einmalig mit Ihrem Online-Ausweis. Dafür brauchen Sie kein Servicekonto; die Angaben gelten nur für diesen Antrag.",
  identifikationStarten: "Mit Online-Ausweis identifizieren",
  identifiziertAls: "Identifiziert mit dem Online-Ausweis: {name}",
  angemeldetMit: "Sie stellen den Antrag mit Ihrem Servicekonto ({email}).",
  bestaetigungEmail: "E-Mail-Adresse für die Eingangsbestätigung",
  bestaetigungEmailHinweis:
    "An diese Adresse schicken wir das Aktenzeichen. Ihre Antworten stehen nicht in der E-Mail.",
  erklaerungTitel: "Erklärung",
  erklaerungBestaetigen: "Ich bestätige diese Erklärung.",
  erklaerungFehlt: "Bestätigen Sie die Erklärung, um den Antrag abzusenden.",
  emailFehlt: "Geben Sie eine E-Mail-Adresse an, zum Beispiel name@beispiel.de.",
  absenden: "Antrag verbindlich absenden",
  absendenLaeuft: "Der Antrag wird gesendet …",
  nichtGesendet: "Der Antrag wurde nicht gesendet",
  fehlgeschlagen:
    "Der Antrag konnte gerade nicht gesendet werden. Ihre Angaben sind gespeichert. Bitte versuchen Sie es in einigen Minuten noch einmal.",
  identifikationUngueltig:
    "Die Identifizierung mit dem Online-Ausweis ist abgelaufen. Bitte identifizieren Sie sich noch einmal.",
  // Confirmation
  eingegangenTitel: "Antrag eingegangen",
  aktenzeichen: "Ihr Aktenzeichen",
  eingegangenText:
    "Wir haben Ihren Antrag am {datum} an {stelle} übermittelt. Bitte geben Sie bei Rückfragen das Aktenzeichen an.",
  eingegangenMail:
    "Eine Bestätigung mit dem Aktenzeichen haben wir an Ihre E-Mail-Adresse geschickt.",
  belegLaden: "Eingangsbestätigung herunterladen (PDF)",
  belegHinweis:
    "Die Eingangsbestätigung enthält alle Ihre Angaben. Bewahren Sie sie auf; ohne Servicekonto können Sie sie nur jetzt, 24 Stunden lang in diesem Browser, herunterladen.",
  wieEsWeitergeht: "Wie es weitergeht",
  wieEsWeitergehtKonto:
    "Die Behörde bearbeitet Ihren Antrag. Den Stand sehen Sie unter „Meine Anträge“; Rückfragen und den Bescheid erhalten Sie in Ihr Postfach.",
  wieEsWeitergehtOhneKonto:
    "Die Behörde bearbeitet Ihren Antrag und meldet sich bei Ihnen. Rückfragen beantworten Sie direkt bei der Behörde unter Angabe des Aktenzeichens.",
  // Meine Anträge
  meineTitel: "Meine Anträge",
  meineIntro: "Ihre begonnenen und gestellten Anträge.",
  entwuerfe: "Begonnene Anträge",
  keineEntwuerfe: "Sie haben keine begonnenen Anträge.",
  gestellt: "Gestellte Anträge",
  keineAntraege: "Sie haben noch keine Anträge gestellt.",
  spalteAktenzeichen: "Aktenzeichen",
  spalteLeistung: "Leistung",
  spalteEingegangen: "Eingegangen",
  spalteStatus: "Status",
  spalteGeaendert: "Zuletzt bearbeitet",
  spalteLaeuftAb: "Gelöscht am",
  entwurfLoeschen: "Entwurf löschen",
  entwurfGeloescht: "Entwurf gelöscht",
  entwurfGeloeschtText: "Der Entwurf und seine hochgeladenen Dateien sind gelöscht.",
  status: {
    eingegangen: "Eingegangen",
    in_bearbeitung: "In Bearbeitung",
    rueckfrage: "Rückfrage der Behörde",
    entschieden: "Entschieden",
    zurueckgezogen: "Zurückgezogen",
  },
  verlauf: "Verlauf",
  ereignis: {
    eingereicht: "Antrag eingegangen",
    status: "Status geändert",
    rueckfrage: "Rückfrage der Behörde (im Postfach)",
    antwort: "Ihre Antwort auf die Rückfrage",
    entscheidung: "Entscheidung (Bescheid im Postfach)",
    zugewiesen: "Zugewiesen",
    angesehen: "Angesehen",
    abgerufen: "Vom Fachverfahren abgerufen",
    quittiert: "Von der Behörde übernommen",
    zahlung: "Zahlung der Gebühr",
  },
  zumPostfach: "Zum Postfach",
  antwortTitel: "Rückfrage beantworten",
  antwortText: "Die Behörde hat Ihnen eine Frage gestellt; Sie finden sie in Ihrem Postfach.",
  antwortFeld: "Ihre Antwort",
  antwortDatei: "Datei anhängen (optional)",
  antwortDateiHinweis: "PDF, JPEG oder PNG, höchstens 10 MB.",
  antwortSenden: "Antwort senden",
  antwortGesendet: "Antwort gesendet",
  antwortGesendetText: "Ihre Antwort ist bei der Behörde eingegangen.",
  antwortFehlt: "Schreiben Sie Ihre Antwort.",
  antwortZeichen:
    "Ihre Antwort enthält Zeichen, die nicht gespeichert werden können (zum Beispiel ein Nullzeichen). Bitte entfernen Sie sie.",
  antragNichtGefunden: "Diesen Antrag gibt es nicht in Ihrem Servicekonto.",
  vorschau: {
    banner: "Vorschau – nicht veröffentlicht",
    bannerText:
      "So sieht das Formular nach der Veröffentlichung aus. Die Felder sind gesperrt; es wird nichts gespeichert und kein Antrag angelegt.",
    metaTitel: "Vorschau: {titel}",
    seite: "Seite {n} von {gesamt}",
    felderLegende: "Felder der Seite „{titel}“ (Vorschau, nicht ausfüllbar)",
    immer: "Diese Seite wird immer gezeigt.",
    codeliste: "Auswahlliste „{label}“",
    abschluss: "Abschluss des Antrags",
    erklaerung: "Erklärung, die Antragstellende bestätigen",
    angaben: "Angaben zum Formular",
    schluessel: "Schlüssel",
    leistung: "Leistung",
    leistungFehlt: "keine veröffentlichte Leistung verknüpft",
    zugang: "Zugang",
    zugangArt: {
      servicekonto: "nur mit Servicekonto",
      "servicekonto-oder-eid": "mit Servicekonto oder einmalig mit dem Online-Ausweis",
      offen: "auch ohne Servicekonto und Online-Ausweis (Link zum Fortsetzen per E-Mail)",
    },
    aktenzeichen: "Aktenzeichen beginnen mit",
    fehlerTitel: "Dieses Formular kann so nicht veröffentlicht werden",
    fehlerText:
      "Die Definition enthält {anzahl} Fehler. Bitte korrigieren Sie sie im CMS; die Vorschau zeigt das Formular, sobald die Definition gültig ist.",
    ungueltigTitel: "Dieser Vorschau-Link ist nicht gültig",
    ungueltigText:
      "Der Link wurde verändert oder gehört zu einem anderen Formular. Öffnen Sie die Vorschau erneut aus dem CMS.",
    abgelaufenTitel: "Dieser Vorschau-Link ist abgelaufen",
    abgelaufenText: "Vorschau-Links gelten 15 Minuten. Öffnen Sie die Vorschau erneut aus dem CMS.",
    nichtGefundenTitel: "Diesen Formularentwurf gibt es nicht",
    nichtGefundenText:
      "Vielleicht wurde der Entwurf gelöscht. Öffnen Sie die Vorschau erneut aus dem CMS.",
    cmsNichtErreichbar:
      "Das CMS ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.",
  },
};

export type AntragTexte = typeof de;
