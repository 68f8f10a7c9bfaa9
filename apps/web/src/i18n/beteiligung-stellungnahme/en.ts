import type { BeteiligungStellungnahmeTexte } from "./de";

export const en: BeteiligungStellungnahmeTexte = {
  title: "Submit a statement",
  beteiligung: "Participation",
  zumVerfahren: "Back to the procedure",
  intro: "Your statement on the procedure {titel}.",
  phase: "Current phase: {phase}, until {ende}.",
  vorab: "Statements are checked before they are published. Name and address are not published.",
  nachtraeglich:
    "Statements are published at once, without name and address, and may be checked afterwards.",
  nichtOeffentlich:
    "In this phase statements go to the authority responsible only; they are not published.",
  anmelden: {
    titel: "Please sign in",
    text: "To submit a statement in this phase, please sign in with your service account. You will come back here afterwards.",
    eid: "To submit a statement in this phase, please sign in with the online ID (eID). You will come back here afterwards.",
    link: "Sign in",
    registrieren: "No service account yet? Register",
  },
  institution: {
    titel: "Only for the institutions consulted",
    keine:
      "In this phase only the authorities and public agencies consulted submit statements. They act through their institution's organisation account.",
    organisationen: "To your organisations",
    feld: "For which institution are you submitting the statement?",
    hinweis:
      "You are a member of these organisations. The statement is submitted for the one you choose.",
  },
  geschlossen: "Statements are not possible at the moment",
  felder: {
    text: "Your statement",
    textHinweis:
      "At most 5,000 characters. You can attach longer explanations, plans or reports as PDF files.",
    angaben: "Your details",
    angabenHinweis:
      "For the authority, so that it can tell you the result of its review. They are not published.",
    angabenAusProfil:
      "Taken from your service account. You can change them here; your profile stays as it is.",
    einreicherName: "First and last name",
    strasse: "Street and house number",
    plz: "Postcode",
    ort: "Town",
    email: "Your e-mail address",
    emailHinweis:
      "You will get a link to confirm the statement. Only then is it taken into account.",
    webseite: "Website (please leave empty)",
    anhaenge: "Attachments",
    anhaengeHinweis: "Up to three PDF files, each at most 10 MB. Other formats are not accepted.",
    anhang: "Attachment {n} (PDF)",
    dateienErneut:
      "What you typed has been kept. Files cannot be kept: please choose your attachments again.",
    einwilligung: "Consent",
    optional: "(optional)",
    senden: "Submit statement",
  },
  fehler: {
    einwilligung:
      "Please consent to the processing of your details. Without consent the statement cannot be accepted.",
    text: "Please enter your statement.",
    organisation: "Please choose one of your organisations.",
    email: "Please enter a valid e-mail address.",
    unbekannt: "This procedure no longer exists.",
    speichern:
      "Your statement could not be saved just now. What you typed is still in the form; please choose the attachments again and send it in a few minutes.",
  },
  eingang: {
    titel: "Your statement has been received",
    stand: "Status",
    status: {
      unbestaetigt:
        "Not confirmed yet: please open the link in the e-mail we sent you. Only then is your statement taken into account.",
      ausstehend: "Being checked. Your statement is published only after the check.",
      veroeffentlicht: "Published.",
      verborgen: "Temporarily not public, being checked.",
      abgelehnt: "Not published.",
    },
    nurBehoerde: "Goes to the authority responsible; not published.",
    verfahren: "Procedure",
    eingegangenAm: "Received on",
    nummer: "Reference number",
    institution: "Submitted for",
    name: "Name",
    anschrift: "Address",
    einwilligung: "Consent",
    einwilligungAm: "given on {zeit} (wording of {fassung})",
    anlagen: "Attachments",
    keineAnlagen: "None",
    ihreStellungnahme: "Your statement",
    aufbewahren:
      "Please keep this page or the reference number. When you are signed in, you can find the details here again.",
    weitere: "Submit another statement",
  },
  mitzeichnen: {
    anzahl: "{n} co-signatures",
    eine: "1 co-signature",
    keine: "No co-signatures yet",
    name: "Your name to show",
    nameHinweis: "Optional. Without a name your co-signature counts without your name appearing.",
    senden: "Co-sign this statement",
    danke: "You have co-signed this statement.",
    bereits: "You have co-signed this statement.",
    anmelden: "Sign in to co-sign",
    fehler: "The co-signature could not be saved just now. Please try again.",
  },
};
