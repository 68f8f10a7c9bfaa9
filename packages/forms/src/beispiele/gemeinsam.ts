import type { Feld } from "../types.ts";

// Building blocks the three example forms share.

export const PFLICHT = { pflicht: true, vorbelegung: "keine" } as const;
export const OPTIONAL = { pflicht: false, vorbelegung: "keine" } as const;

const PLZ_MUSTER = "[0-9]{5}";

/** Name and address of the applicant, prefilled from the account (the citizen may correct them). */
export function personFelder(): Feld[] {
  return [
    {
      typ: "text",
      id: "vorname",
      label: { de: "Vorname(n)", en: "First name(s)" },
      pflicht: true,
      vorbelegung: "optional",
      profilFeld: "vorname",
      maxLaenge: 100,
    },
    {
      typ: "text",
      id: "nachname",
      label: { de: "Familienname", en: "Surname" },
      pflicht: true,
      vorbelegung: "optional",
      profilFeld: "nachname",
      maxLaenge: 100,
    },
    {
      typ: "text",
      id: "strasse",
      label: { de: "Straße und Hausnummer", en: "Street and house number" },
      pflicht: true,
      vorbelegung: "optional",
      profilFeld: "strasse",
      maxLaenge: 150,
    },
    {
      typ: "text",
      id: "plz",
      label: { de: "Postleitzahl", en: "Postcode" },
      pflicht: true,
      vorbelegung: "optional",
      profilFeld: "plz",
      maxLaenge: 5,
      muster: PLZ_MUSTER,
      musterHinweis: {
        de: "fünf Ziffern, zum Beispiel 01067.",
        en: "five digits, for example 01067.",
      },
    },
    {
      typ: "text",
      id: "ort",
      label: { de: "Ort", en: "Town or city" },
      pflicht: true,
      vorbelegung: "optional",
      profilFeld: "ort",
      maxLaenge: 100,
    },
  ];
}
