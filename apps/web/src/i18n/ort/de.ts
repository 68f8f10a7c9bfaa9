/** German strings of the place search (choice of municipality, suggestions). */
export const de = {
  title: "Ort auswählen",
  choose: (eingabe: string) => `Zu „${eingabe}“ passen mehrere Orte. Bitte wählen Sie Ihren Ort:`,
  none: (eingabe: string) => `Zu „${eingabe}“ haben wir keinen Ort in Sachsen gefunden.`,
  noneHelp:
    "Geben Sie eine sächsische Postleitzahl (5 Ziffern), den Namen Ihrer Gemeinde oder Ihres Ortsteils ein.",
  empty: "Bitte geben Sie Ihre Postleitzahl, Gemeinde oder Ihren Ortsteil ein.",
  via: { plz: "Postleitzahl", gemeinde: "Gemeinde", ortsteil: "Ortsteil" },
  ortsteilVon: (ortsteil: string, gemeinde: string) => `${ortsteil} (Ortsteil von ${gemeinde})`,
  suggestions: "Vorschläge",
  /** What the suggestion list (a client component) shows: templates, filled in the browser. */
  vorschlaege: {
    ortsteil: "Ortsteil von {gemeinde}, {kreis}",
  },
};

export type OrtTexte = typeof de;
