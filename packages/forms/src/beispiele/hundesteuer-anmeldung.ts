import type { Formulardefinition } from "../types.ts";
import { OPTIONAL, PFLICHT, personFelder } from "./gemeinsam.ts";

// Registering dogs for the dog tax. The tax itself is levied under each municipality's
// Hundesteuersatzung, so the form names no rate. Dangerous dogs: Saxony's Gesetz zum Schutze der
// Bevölkerung vor gefährlichen Hunden (GefHundG, 24 August 2000) presumes dangerousness for
// American Staffordshire Terrier, Bullterrier and Pitbull Terrier and their crosses and requires
// the Kreispolizeibehörde's permission to keep a dangerous dog.

export const hundesteuerAnmeldung: Formulardefinition = {
  schluessel: "hundesteuer-anmeldung",
  version: 1,
  titel: { de: "Hund zur Hundesteuer anmelden", en: "Register a dog for dog tax" },
  leistung: "hundesteuer-anmeldung",
  erklaerung: {
    de: "Ich versichere, dass meine Angaben richtig und vollständig sind. Mir ist bekannt, dass sich die Höhe der Hundesteuer nach der Hundesteuersatzung meiner Gemeinde richtet.",
    en: "I confirm that my answers are correct and complete. I understand that the amount of dog tax depends on my municipality's dog tax bylaw.",
  },
  codelisten: {
    nachweisArt: [
      {
        code: "erlaubnis",
        label: {
          de: "Erlaubnis der Kreispolizeibehörde",
          en: "Permit from the district police authority",
        },
      },
      {
        code: "wesenstest",
        label: { de: "Bescheinigung über einen Wesenstest", en: "Temperament test certificate" },
      },
    ],
  },
  seiten: [
    {
      id: "halter",
      titel: { de: "Halterin oder Halter", en: "Dog owner" },
      felder: [
        {
          typ: "gruppe",
          id: "halter",
          ...OPTIONAL,
          label: { de: "Halterin oder Halter", en: "Dog owner" },
          felder: [
            ...personFelder(),
            {
              typ: "text",
              id: "telefon",
              maxLaenge: 30,
              pflicht: false,
              vorbelegung: "optional",
              profilFeld: "telefon",
              label: { de: "Telefon (optional)", en: "Phone (optional)" },
            },
          ],
        },
      ],
    },
    {
      id: "hunde",
      titel: { de: "Ihre Hunde", en: "Your dogs" },
      felder: [
        {
          typ: "wiederholung",
          id: "hunde",
          min: 1,
          max: 5,
          ...PFLICHT,
          label: { de: "Hund", en: "Dog" },
          hilfe: {
            de: "Melden Sie jeden Hund an, den Sie halten (bis zu fünf in einem Antrag).",
            en: "Register every dog you keep (up to five in one application).",
          },
          felder: [
            {
              typ: "text",
              id: "name",
              maxLaenge: 50,
              ...PFLICHT,
              label: { de: "Name des Hundes", en: "Dog's name" },
            },
            {
              typ: "text",
              id: "rasse",
              maxLaenge: 100,
              ...PFLICHT,
              label: { de: "Rasse", en: "Breed" },
              hilfe: {
                de: "Bei Mischlingen: „Mischling“ und, wenn bekannt, die beteiligten Rassen.",
                en: "For a mixed breed: “Mischling” and, if known, the breeds involved.",
              },
            },
            {
              typ: "datum",
              id: "wurfdatum",
              max: "heute",
              ...PFLICHT,
              label: {
                de: "Wurfdatum (geschätzt, wenn unbekannt)",
                en: "Date of birth (estimate if unknown)",
              },
            },
            {
              typ: "datum",
              id: "beginnHaltung",
              max: "heute+30",
              ...PFLICHT,
              label: { de: "Beginn der Haltung", en: "Date you started keeping the dog" },
            },
            {
              typ: "wahrheitswert",
              id: "gefaehrlich",
              ...PFLICHT,
              label: {
                de: "Ist der Hund ein gefährlicher Hund?",
                en: "Is the dog a dangerous dog?",
              },
              hilfe: {
                de: "In Sachsen wird die Gefährlichkeit bei American Staffordshire Terriern, Bullterriern und Pitbull Terriern sowie deren Kreuzungen vermutet; außerdem kann die Kreispolizeibehörde einen Hund im Einzelfall als gefährlich feststellen (Gesetz zum Schutze der Bevölkerung vor gefährlichen Hunden – GefHundG).",
                en: "In Saxony, American Staffordshire Terriers, Bull Terriers and Pit Bull Terriers and their crosses are presumed dangerous; the district police authority can also find an individual dog dangerous (Saxon Dangerous Dogs Act, GefHundG).",
              },
            },
            {
              typ: "auswahl",
              id: "nachweisArt",
              codeliste: "nachweisArt",
              ...PFLICHT,
              bedingung: { feld: "gefaehrlich", ist: true },
              label: { de: "Welchen Nachweis haben Sie?", en: "Which document do you have?" },
              hilfe: {
                de: "Wer in Sachsen einen gefährlichen Hund halten will, braucht dafür die Erlaubnis der Kreispolizeibehörde (GefHundG).",
                en: "Keeping a dangerous dog in Saxony requires a permit from the district police authority (GefHundG).",
              },
            },
            {
              typ: "datei",
              id: "nachweis",
              maxBytes: 10 * 1024 * 1024,
              medientypen: ["application/pdf", "image/jpeg", "image/png"],
              ...PFLICHT,
              bedingung: { feld: "gefaehrlich", ist: true },
              label: { de: "Nachweis hochladen", en: "Upload the document" },
              hilfe: {
                de: "PDF, JPEG oder PNG, höchstens 10 MB.",
                en: "PDF, JPEG or PNG, at most 10 MB.",
              },
            },
          ],
        },
      ],
    },
  ],
};
