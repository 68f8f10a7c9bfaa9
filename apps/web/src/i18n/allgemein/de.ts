/** German strings of the page frame (header, footer, skip link) and of every page. */
export const de = {
  siteName: "Amt24 Sachsen",
  subtitle: "Serviceportal des Freistaates Sachsen",
  description:
    "Finden Sie die Leistung, die Sie brauchen, und die Behörde, die für Ihren Wohnort zuständig ist.",
  skipLink: "Zum Inhalt springen",
  nav: {
    label: "Hauptnavigation",
    home: "Startseite",
    lebenslagen: "Lebenslagen",
    behoerden: "Behörden finden",
    beteiligung: "Beteiligung",
    suche: "Suche",
  },
  languages: { label: "Sprache wählen" },
  footer: {
    service: "Service",
    rechtliches: "Rechtliches",
    impressum: "Impressum",
    datenschutz: "Datenschutz",
    barrierefreiheit: "Erklärung zur Barrierefreiheit",
    leichteSprache: "Leichte Sprache",
    gebaerdensprache: "Gebärdensprache",
    quellen: "Datenquellen und Lizenzen",
    kontakt: "Kontakt",
    sitemap: "Sitemap",
  },
  breadcrumbs: "Sie sind hier",
  errorSummary: "Bitte korrigieren Sie Ihre Eingabe",
  // Hidden words read before a message whose kind only colour and icon show.
  errorPrefix: "Fehler:",
  successPrefix: "Erfolg:",
  infoPrefix: "Hinweis:",
};

export type AllgemeinTexte = typeof de;
