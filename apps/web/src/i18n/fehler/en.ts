import type { FehlerTexte } from "./de";

export const en: FehlerTexte = {
  title: "This page cannot be shown right now",
  text: "A technical error occurred on our side. It is not your fault. Please try again in a few minutes.",
  retry: "Reload the page",
  home: "Go to the home page",
  melden: "Report the problem",
  meldenText: "If the error persists, write to us via the contact page.",
  kontakt: "Go to the contact page",
  kennung: "Please quote this error reference:",
};
