import type { OrtTexte } from "./de";

export const en: OrtTexte = {
  title: "Choose your place",
  choose: (eingabe) => `Several places match “${eingabe}”. Please choose yours:`,
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
