import type { InhalteTexte } from "./de";

export const en: InhalteTexte = {
  lebenslagen: {
    title: "Life situations",
    intro: "Services ordered by life situation.",
    leistungen: "Services",
    unterthemen: "Subtopics",
    keine: "No services have been recorded for this life situation yet.",
  },
  meldungen: { title: "News" },
  seite: { germanOnly: "This page is only available in German." },
};
