import type { StartTexte } from "./de";

export const en: StartTexte = {
  title: "Find public services in Saxony",
  intro: "Find the service you need and the authority responsible for where you live.",
  lebenslagen: "Life situations",
  meldungen: "News",
  accessibility: "Information in Easy German and German Sign Language",
};
