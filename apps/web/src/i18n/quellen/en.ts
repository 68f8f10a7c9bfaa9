import type { QuellenTexte } from "./de";

export const en: QuellenTexte = {
  intro: "This portal uses open data. The licences require the following attribution:",
  caption: "Data sources and licences",
  daten: "Data",
  quelle: "Source",
  stand: "As of",
  lizenz: "Licence",
};
