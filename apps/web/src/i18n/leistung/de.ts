import type { MassgeblicherOrt } from "@portal/katalog/types";

/** German strings of the service page and its "Zuständige Stelle" section. */
export const de = {
  onThisPage: "Auf dieser Seite",
  zustaendigeStelle: "Zuständige Stelle",
  findStelle: "Zuständige Stelle für Ihren Ort finden",
  ortLabel: "Postleitzahl, Gemeinde oder Ortsteil",
  ortHint: "Zum Beispiel: 01067, Görlitz oder Adelsberg",
  /** The hint under a place question: what to enter, with examples. */
  ortFrageHint: "Postleitzahl, Gemeinde oder Ortsteil, zum Beispiel: 01067, Görlitz oder Adelsberg",
  ortButton: "Zuständige Stelle anzeigen",
  ortChange: "Anderen Ort wählen",
  zustaendigFuer: (ort: string) => `Zuständig für ${ort}`,
  /** The place question when the rule names the place that decides (DOMAIN.md, "Known traps"). */
  ortFrage: {
    wohnort: "Wo wohnen Sie?",
    ereignisort:
      "Wo ist das Ereignis eingetreten, zum Beispiel die Geburt, die Eheschließung oder der Sterbefall?",
    grundstueck: "Wo liegt das Grundstück?",
    betriebsstaette: "Wo liegt die Betriebsstätte?",
    veranstaltungsort: "Wo findet die Veranstaltung statt?",
    schulort: "Wo besucht Ihr Kind die Schule?",
    fundort: "Wo haben Sie die Sache gefunden oder verloren?",
    sitz: "Wo hat Ihr Unternehmen oder Ihre Einrichtung den Sitz?",
  } satisfies Record<MassgeblicherOrt, string>,
  /** The result line for the place that decides. */
  zustaendigFuerOrt: {
    wohnort: (ort: string) => `Zuständig für Ihren Wohnort ${ort}`,
    ereignisort: (ort: string) => `Zuständig für Ereignisse in ${ort}`,
    grundstueck: (ort: string) => `Zuständig für Grundstücke in ${ort}`,
    betriebsstaette: (ort: string) => `Zuständig für Betriebsstätten in ${ort}`,
    veranstaltungsort: (ort: string) => `Zuständig für Veranstaltungen in ${ort}`,
    schulort: (ort: string) => `Zuständig für Schulen in ${ort}`,
    fundort: (ort: string) => `Zuständig für Fundsachen aus ${ort}`,
    sitz: (ort: string) => `Zuständig für Unternehmen und Einrichtungen mit Sitz in ${ort}`,
  } satisfies Record<MassgeblicherOrt, (ort: string) => string>,
  faelle: "Welche Stelle zuständig ist, hängt von Ihrem Anliegen ab:",
  sonstigerFall: "In allen anderen Fällen",
  keineStelle:
    "Für diesen Ort ist uns keine zuständige Stelle bekannt. Bitte wenden Sie sich an Ihre Gemeinde- oder Stadtverwaltung.",
  keineStelleFall: "Für diesen Fall ist uns keine zuständige Stelle bekannt.",
  module: {
    volltext: "Beschreibung",
    voraussetzungen: "Voraussetzungen",
    unterlagen: "Welche Unterlagen werden benötigt?",
    gebuehren: "Welche Gebühren fallen an?",
    fristen: "Welche Fristen muss ich beachten?",
    bearbeitungsdauer: "Bearbeitungsdauer",
    verfahrensablauf: "Verfahrensablauf",
    rechtsgrundlagen: "Rechtsgrundlagen",
    hinweise: "Hinweise",
    weiterfuehrendeInformationen: "Weiterführende Informationen",
    formulare: "Formulare und Online-Dienste",
  },
  gebuehrenfrei: "Die Leistung ist gebührenfrei.",
  ab: (betrag: string) => `ab ${betrag}`,
  onlinedienst: "Online-Dienst",
  onlineBeantragen: "Online beantragen",
  formular: "Formular",
  freigabe: (durch: string, am: string) => `Fachlich freigegeben durch ${durch} am ${am}.`,
  leika: "Leistungsschlüssel (LeiKa)",
  bezeichnung: "Amtliche Bezeichnung",
  germanOnly: "Dieser Abschnitt ist nur auf Deutsch verfügbar.",
};

export type LeistungTexte = typeof de;
