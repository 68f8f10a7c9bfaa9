/** German strings of the home page. */
export const de = {
  title: "Verwaltungsleistungen in Sachsen finden",
  intro:
    "Finden Sie die Leistung, die Sie brauchen, und die Behörde, die für Ihren Wohnort zuständig ist.",
  lebenslagen: "Lebenslagen",
  meldungen: "Aktuelles",
  accessibility: "Informationen in Leichter Sprache und Gebärdensprache",
};

export type StartTexte = typeof de;
