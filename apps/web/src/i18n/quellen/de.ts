/** German strings of "Datenquellen und Lizenzen". */
export const de = {
  intro: "Dieses Portal verwendet offene Daten. Die Lizenzen verlangen die folgende Quellenangabe:",
  caption: "Datenquellen und Lizenzen",
  daten: "Daten",
  quelle: "Quelle",
  stand: "Stand",
  lizenz: "Lizenz",
};

export type QuellenTexte = typeof de;
