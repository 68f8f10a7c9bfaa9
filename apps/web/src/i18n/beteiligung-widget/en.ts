import type { BeteiligungWidgetTexte } from "./de";

/** English strings of the embeddable widgets. */
export const en: BeteiligungWidgetTexte = {
  api: {
    ursprung:
      "This website may not embed the participation procedure. Please use the participation portal.",
    unbekannt: "This participation procedure does not exist (any more).",
    mandantUnbekannt: "There are no participation procedures for this municipality.",
    json: "The request is not a valid JSON object.",
    typ: "The request must be sent as JSON (Content-Type: application/json).",
    zuGross: "The request is too large (at most 16 KB).",
    token: "Your sign-in has expired or is not valid. Please sign in again.",
    emailFehlt:
      "Please enter your e-mail address. You will receive a link to confirm your comment.",
    eingabe: "Please check your entries.",
    unbestaetigt:
      "Thank you! We have sent you an e-mail. Your comment appears once you have confirmed it with the link in it.",
    ausstehend: "Thank you! Your comment will be reviewed before it is published.",
    veroeffentlicht: "Thank you! Your comment has been published.",
  },
  anmelden: {
    title: "Sign in for the embedded participation",
    intro: "You sign in on the participation portal to take part on another website.",
    fuer: "Sign-in for the procedure",
    auf: "embedded on",
    uebertragen: "You are signed in. You can close this window and continue on the website.",
    keinFenster:
      "This window was not opened by the embedding website. Please start the sign-in there again.",
    schliessen: "Close window",
    abgelehntTitel: "Sign-in not possible",
    abgelehnt:
      "This website may not embed the participation procedure, or the procedure does not exist. You can take part directly on the participation portal.",
    zumVerfahren: "The procedure on the participation portal",
  },
  einbettung: {
    title: "Embed the procedure in your own website",
    intro:
      "With this code your municipality's website shows the procedure, with the latest contributions and the comment form. Without JavaScript the link to the procedure on the participation portal remains.",
    verfahren: "One procedure",
    verfahrenText: "Insert this code into your page where the procedure is to appear:",
    liste: "All procedures of the municipality",
    listeText: "This code shows the list of participation procedures of {mandant}:",
    linkVerfahren: "To the participation procedure “{titel}”",
    linkListe: "Participation procedures of {mandant}",
    domains: "Allowed websites",
    domainsText:
      "The code works only on these websites (host names, over HTTPS). Your editors keep the list with the municipality in the CMS.",
    keineDomains: "No websites are listed for {mandant}: other sites show only the link.",
    sprache:
      'The widget speaks the page\'s language (lang attribute); with data-sprache="en" always English.',
    rahmen: "As an iframe",
    rahmenText:
      "If your content management system does not allow scripts, embed the procedure as an iframe (only on the websites listed below):",
    code: "Code to copy",
  },
};
