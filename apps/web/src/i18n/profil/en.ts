import type { ProfilTexte } from "./de";

export const en: ProfilTexte = {
  title: "My details",
  einleitung:
    "These details are voluntary. Forms can prefill them later; you check them there before sending.",
  senden: "Save",
  optional: "(optional)",
  felder: {
    vorname: "First name",
    nachname: "Last name",
    strasse: "Street and house number",
    plz: "Postal code",
    ort: "Town",
    geburtsdatum: "Date of birth",
    telefon: "Phone",
  },
  hinweise: {
    plz: "5 digits, together with the town",
    telefon: "Digits, spaces and + - / ( )",
  },
  fehler: {
    plz: "Enter the postal code with 5 digits.",
    plzOrt: "Enter postal code and town together.",
    geburtsdatum: "Enter a date of birth between 1 January 1900 and today.",
    telefon: "The phone number may contain only digits, spaces and + - / ( ).",
  },
  okTitel: "Your details are saved",
  ok: "Your details have been saved.",
  okGemeinde: "Municipality: {gemeinde}.",
  gemeindeUnklar:
    "Municipality not clearly recognised: postal code and town match no or several Saxon municipalities. Your details are saved anyway.",
  zurueck: "Back to my details",
};

export const datenEn: typeof import("./de").datenDe = {
  title: "Download my data",
  einleitung:
    "You get a copy of all data the Servicekonto stores about you (Art. 15 and 20 GDPR), including your drafts and applications. Your answers in applications you sent are encrypted for the responsible authority and so not included; the authority can tell you about them.",
  json: "Download as a JSON file (machine-readable)",
  html: "Download as an HTML page (readable, printable)",
};
