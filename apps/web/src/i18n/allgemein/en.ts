import type { AllgemeinTexte } from "./de";

export const en: AllgemeinTexte = {
  siteName: "Amt24 Saxony",
  subtitle: "Service portal of the Free State of Saxony",
  description: "Find the service you need and the authority responsible for where you live.",
  skipLink: "Skip to content",
  nav: {
    label: "Main navigation",
    home: "Home",
    lebenslagen: "Life situations",
    behoerden: "Find an authority",
    beteiligung: "Participation",
    suche: "Search",
  },
  languages: { label: "Choose language" },
  footer: {
    service: "Service",
    rechtliches: "Legal",
    impressum: "Legal notice",
    datenschutz: "Privacy",
    barrierefreiheit: "Accessibility statement",
    leichteSprache: "Easy German (Leichte Sprache)",
    gebaerdensprache: "German Sign Language",
    quellen: "Data sources and licences",
    kontakt: "Contact",
    sitemap: "Sitemap",
  },
  breadcrumbs: "You are here",
  errorSummary: "Please correct your input",
  errorPrefix: "Error:",
  successPrefix: "Success:",
  infoPrefix: "Note:",
};
