/** German strings of the 404 page. */
export const de = {
  title: "Seite nicht gefunden",
  text: "Die aufgerufene Seite gibt es nicht oder nicht mehr. Vielleicht hilft Ihnen die Suche weiter:",
  home: "Zur Startseite",
};

export type NichtGefundenTexte = typeof de;
