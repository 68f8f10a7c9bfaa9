/** German strings of the Postfach pages (list of messages, one message, its attachments). */
export const de = {
  title: "Postfach",
  intro:
    "Nachrichten von Behörden an Sie. Neue Nachrichten kündigen wir per E-Mail an, ohne ihren Inhalt.",
  introOrganisation:
    "Nachrichten von Behörden an Sie und an die Organisation, für die Sie gerade handeln.",
  /** `gesamt` and `ungelesen` formatted; `eine`: there is exactly one message. */
  zaehler: (gesamt: string, ungelesen: string, eine: boolean) =>
    `${eine ? "1 Nachricht" : `${gesamt} Nachrichten`}, davon ${ungelesen} ungelesen`,
  leer: "Ihr Postfach ist leer.",
  leerText:
    "Wenn eine Behörde Ihnen schreibt, finden Sie die Nachricht hier. Wir benachrichtigen Sie per E-Mail.",
  seiteLeer: "Auf dieser Seite gibt es keine Nachrichten.",
  zurErstenSeite: "Zur ersten Seite",
  tabelle: "Nachrichten, neueste zuerst",
  spalteStatus: "Status",
  spalteBetreff: "Betreff",
  spalteAbsender: "Absender",
  spalteDatum: "Eingegangen",
  spalteAnhaenge: "Anhänge",
  ungelesen: "Ungelesen",
  gelesen: "Gelesen",
  pagination: "Seiten des Postfachs",
  previous: "Vorherige Seite",
  next: "Nächste Seite",
  page: "Seite",
  // One message
  von: "Von",
  eingegangen: "Eingegangen",
  gelesenAm: "Gelesen",
  verfahren: "Vorgang",
  empfaenger: "An",
  anOrganisation: "Die Organisation, für die Sie handeln",
  anhaenge: "Anhänge",
  keineAnhaenge: "Diese Nachricht hat keine Anhänge.",
  herunterladen: "{dateiname} herunterladen ({groesse}, {typ})",
  alsUngelesen: "Als ungelesen markieren",
  nichtGefunden: "Diese Nachricht gibt es nicht (mehr) in Ihrem Postfach.",
  zurueck: "Zurück zum Postfach",
};

export type PostfachTexte = typeof de;
