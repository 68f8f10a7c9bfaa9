import type { BarriereTexte } from "./de";

export const en: BarriereTexte = {
  title: "Report a barrier",
  intro:
    "Have you found a barrier on this portal, or do you need content in a form accessible to you? Write to us. We check every report and answer you if you give an e-mail address.",
  fehler: {
    pflicht: "Describe the problem.",
    email: "Enter an e-mail address like name@example.org, or leave the field empty.",
    speichern:
      "Your report could not be saved just now. Your input is still in the form; please send it again in a few minutes.",
  },
  formular: {
    beschreibung: "What is the problem?",
    beschreibungHint:
      "Describe what does not work and what you use the portal with (for example a screen reader or keyboard). At most 5,000 characters.",
    seite: "On which page?",
    seiteHint: "The address (URL) or the title of the page. At most 500 characters.",
    name: "Your name",
    email: "Your e-mail address",
    emailHint: "Only if you would like an answer. We use it for this report only.",
    optional: "(optional)",
    senden: "Send report",
    eingegangen: "Your report has been received",
    aktenzeichen: "Reference",
    eingegangenAm: "Received on",
    antwortMitEmail:
      "We will check your report and answer you at {email}. Please quote the reference if you get in touch.",
    antwortOhneEmail:
      "We will check your report. As you gave no e-mail address, we cannot answer you.",
    ihreMeldung: "Your report",
    durchsetzung:
      "If you receive no answer or are not satisfied with it, you can use the enforcement procedure described in the accessibility statement.",
    weitere: "Write another report",
  },
};
