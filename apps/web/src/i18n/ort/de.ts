/** German strings of the place search (choice of municipality, suggestions). */
export const de = {
  title: "Ort auswählen",
  /** Why the finder asks (see Ortsaufloesung), each followed by the list of choices. */
  choose: {
    namensvettern: (eingabe: string) =>
      `„${eingabe}“ heißen mehrere Orte in Sachsen. Bitte wählen Sie Ihren Ort:`,
    postleitzahl: (eingabe: string) =>
      `Die Postleitzahl ${eingabe} gilt für mehrere Gemeinden. Bitte wählen Sie Ihre Gemeinde:`,
    aehnlich: (eingabe: string) =>
      `Einen Ort „${eingabe}“ haben wir in Sachsen nicht gefunden. Meinten Sie einen dieser Orte?`,
  },
  plzUnvollstaendig: (eingabe: string) =>
    `„${eingabe}“ ist keine vollständige Postleitzahl. Bitte geben Sie alle fünf Ziffern ein oder den Namen Ihres Ortes.`,
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
