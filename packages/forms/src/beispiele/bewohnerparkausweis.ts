import type { Formulardefinition } from "../types.ts";
import { OPTIONAL, PFLICHT, personFelder } from "./gemeinsam.ts";

// Residents' parking permit: § 45 Abs. 1b Satz 1 Nr. 2a StVO lets the road traffic authority
// reserve parking for residents. The fee is set locally, so the form states that there is one
// and leaves the amount to the service page.

const NACHWEIS = {
  maxBytes: 5 * 1024 * 1024,
  medientypen: ["application/pdf", "image/jpeg", "image/png"] as (
    | "application/pdf"
    | "image/jpeg"
    | "image/png"
  )[],
  hilfe: { de: "PDF, JPEG oder PNG, höchstens 5 MB.", en: "PDF, JPEG or PNG, at most 5 MB." },
};

export const bewohnerparkausweis: Formulardefinition = {
  schluessel: "bewohnerparkausweis",
  version: 1,
  titel: { de: "Bewohnerparkausweis beantragen", en: "Apply for a residents' parking permit" },
  leistung: "bewohnerparkausweis",
  erklaerung: {
    de: "Ich versichere, dass ich im Bewohnerparkgebiet wohne und das angegebene Fahrzeug auf mich zugelassen ist oder von mir dauerhaft genutzt wird.",
    en: "I confirm that I live in the residents' parking area and that the vehicle is registered to me or permanently used by me.",
  },
  codelisten: {
    halterschaft: [
      {
        code: "selbst",
        label: { de: "Ich bin Halterin oder Halter", en: "The vehicle is registered to me" },
      },
      {
        code: "nutzung",
        label: {
          de: "Das Fahrzeug ist auf eine andere Person oder Firma zugelassen, ich nutze es dauerhaft",
          en: "The vehicle is registered to another person or a company and I use it permanently",
        },
      },
    ],
    gebuehrHinweis: [
      {
        code: "gelesen",
        label: {
          de: "Ich habe den Hinweis zur Gebühr gelesen.",
          en: "I have read the note on the fee.",
        },
      },
    ],
  },
  seiten: [
    {
      id: "antragsteller",
      titel: { de: "Ihre Angaben", en: "About you" },
      felder: [
        ...personFelder(),
        {
          typ: "text",
          id: "parkgebiet",
          maxLaenge: 20,
          ...OPTIONAL,
          label: { de: "Bewohnerparkgebiet (optional)", en: "Residents' parking area (optional)" },
          hilfe: {
            de: "Die Bezeichnung steht auf dem Zusatzzeichen, etwa „Bewohner mit Parkausweis Nr. 3 frei“.",
            en: "The area is named on the additional sign, for example “Bewohner mit Parkausweis Nr. 3 frei”.",
          },
        },
      ],
    },
    {
      id: "fahrzeug",
      titel: { de: "Ihr Fahrzeug", en: "Your vehicle" },
      felder: [
        {
          typ: "text",
          id: "kennzeichen",
          maxLaenge: 12,
          // Unterscheidungszeichen (1–3 letters), Erkennungsnummer (1–2 letters, 1–4 digits
          // without a leading zero), optional E (electric) or H (historic vehicle).
          muster: "[A-ZÄÖÜa-zäöü]{1,3}[- ][A-Za-z]{1,2} ?[1-9][0-9]{0,3}[EHeh]?",
          musterHinweis: {
            de: "zum Beispiel DD-AB 1234 oder L-X 12E.",
            en: "for example DD-AB 1234 or L-X 12E.",
          },
          ...PFLICHT,
          label: { de: "Amtliches Kennzeichen", en: "Registration number" },
        },
        {
          typ: "auswahl",
          id: "halterschaft",
          codeliste: "halterschaft",
          ...PFLICHT,
          label: {
            de: "Auf wen ist das Fahrzeug zugelassen?",
            en: "Who is the vehicle registered to?",
          },
        },
        {
          typ: "text",
          id: "halterName",
          maxLaenge: 150,
          ...PFLICHT,
          bedingung: { feld: "halterschaft", ist: "nutzung" },
          label: {
            de: "Name der Halterin, des Halters oder der Firma",
            en: "Name of the registered keeper or company",
          },
        },
        {
          typ: "datei",
          id: "fahrzeugschein",
          ...NACHWEIS,
          ...PFLICHT,
          label: {
            de: "Zulassungsbescheinigung Teil I (Fahrzeugschein)",
            en: "Vehicle registration certificate part I",
          },
        },
        {
          typ: "datei",
          id: "nutzungsnachweis",
          ...NACHWEIS,
          ...PFLICHT,
          bedingung: { feld: "halterschaft", ist: "nutzung" },
          label: {
            de: "Nachweis der dauerhaften Nutzung (z. B. Überlassungserklärung oder Bescheinigung des Arbeitgebers)",
            en: "Proof of permanent use (e.g. the keeper's declaration or a letter from your employer)",
          },
        },
        {
          typ: "datum",
          id: "gueltigAb",
          min: "heute",
          max: "heute+90",
          ...OPTIONAL,
          label: { de: "Gültig ab (optional)", en: "Valid from (optional)" },
        },
      ],
    },
    {
      id: "gebuehr",
      titel: { de: "Gebühr", en: "Fee" },
      felder: [
        {
          typ: "auswahl",
          id: "gebuehrHinweis",
          codeliste: "gebuehrHinweis",
          mehrfach: true,
          ...PFLICHT,
          label: { de: "Hinweis zur Gebühr", en: "Note on the fee" },
          hilfe: {
            de: "Der Bewohnerparkausweis ist gebührenpflichtig. Die Höhe der Gebühr richtet sich nach der für Ihre Stadt geltenden Gebührenregelung und steht in der Leistungsbeschreibung.",
            en: "There is a fee for the residents' parking permit. The amount follows the fee rules that apply in your town and is stated in the service description.",
          },
        },
      ],
    },
  ],
};
