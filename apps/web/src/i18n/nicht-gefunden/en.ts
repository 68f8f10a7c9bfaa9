import type { NichtGefundenTexte } from "./de";

export const en: NichtGefundenTexte = {
  title: "Page not found",
  text: "This page does not exist or no longer exists. The search may help you:",
  home: "Go to the home page",
};
