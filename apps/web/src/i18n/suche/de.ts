/** German strings of the service search (form and results). */
export const de = {
  label: "Wonach suchen Sie?",
  hint: "Zum Beispiel: Personalausweis, Wohnsitz anmelden, Hund anmelden",
  button: "Suchen",
  title: "Suche",
  resultsFor: (q: string, n: number) => `${n} ${n === 1 ? "Ergebnis" : "Ergebnisse"} für „${q}“`,
  fuzzy: (q: string) => `Keine genauen Treffer für „${q}“. Meinten Sie eine dieser Leistungen?`,
  none: (q: string) => `Zu „${q}“ haben wir keine Leistung gefunden.`,
  noneHelp:
    "Prüfen Sie die Schreibweise, verwenden Sie ein allgemeineres Wort oder stöbern Sie in den Lebenslagen.",
  empty: "Bitte geben Sie einen Suchbegriff ein.",
  tooLong: (max: number) =>
    `Ihr Suchbegriff war sehr lang. Wir haben nach den ersten ${max} Zeichen gesucht.`,
  pagination: "Seiten der Suchergebnisse",
  previous: "Vorherige Seite",
  next: "Nächste Seite",
  /** Read before each page number ("Seite 3"). */
  page: "Seite",
};

export type SucheTexte = typeof de;
