import type { OrtTexte } from "./de";

export const en: OrtTexte = {
  title: "Choose your place",
  choose: {
    namensvettern: (eingabe) =>
      `Several places in Saxony are called “${eingabe}”. Please choose yours:`,
    postleitzahl: (eingabe) =>
      `The postal code ${eingabe} covers several municipalities. Please choose yours:`,
    aehnlich: (eingabe) =>
      `We found no place called “${eingabe}” in Saxony. Did you mean one of these?`,
  },
  plzUnvollstaendig: (eingabe) =>
    `“${eingabe}” is not a complete postal code. Please enter all five digits or the name of your place.`,
  none: (eingabe) => `We found no place in Saxony for “${eingabe}”.`,
  noneHelp: "Enter a Saxon postal code (5 digits) or the name of your municipality or district.",
  empty: "Please enter your postal code, municipality or district.",
  via: { plz: "Postal code", gemeinde: "Municipality", ortsteil: "District" },
  ortsteilVon: (ortsteil, gemeinde) => `${ortsteil} (part of ${gemeinde})`,
  suggestions: "Suggestions",
  vorschlaege: {
    ortsteil: "part of {gemeinde}, {kreis}",
  },
};
