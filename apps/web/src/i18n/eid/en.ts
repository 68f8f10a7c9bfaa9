import type { EidTexte } from "./de";

export const en: EidTexte = {
  abschnitt: "With the online ID",
  anmeldenHinweis:
    "With the German ID card, the electronic residence permit or the eID card: no password. The first time, a Servicekonto is set up for you.",
  anmelden: "Sign in with the online ID",
  registrierenHinweis:
    "You can also set up a Servicekonto without an e-mail address and password: with the online ID. Your identity is then confirmed.",
  registrieren: "Register with the online ID",
  fehler: {
    title: "Signing in with the online ID was not possible",
    gruende: {
      abgebrochen: {
        titel: "Cancelled",
        text: "You cancelled the sign-in with the online ID or did not agree to your data being passed on. No data was taken over.",
      },
      ungueltig: {
        titel: "Answer not confirmed",
        text: "The answer of the eID service could not be confirmed, or the sign-in took too long (more than 10 minutes). Please start again.",
      },
      niveau: {
        titel: "Level of assurance not reached",
        text: "Your ID does not reach the required level of assurance. Please use the German ID card, the electronic residence permit or the eID card.",
      },
      vergeben: {
        titel: "Online ID already in use",
        text: "This online ID already belongs to another Servicekonto. Sign in with the online ID to use that account.",
      },
      "nicht-verfuegbar": {
        titel: "eID service not reachable",
        text: "The eID service cannot be reached at the moment. Please try again later or sign in with your e-mail address and password.",
      },
      "zu-oft": {
        titel: "Too many attempts",
        text: "Signing in with the online ID was started very often from your connection in a short time. Please wait 15 minutes, then try again.",
      },
    },
    warnung: "Warning:",
    nochmal: "Back to sign-in",
    konto: "To the Servicekonto",
  },
};
