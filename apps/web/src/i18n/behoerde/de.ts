/** German strings of the authority pages ("Behörden finden", an authority, its contact details). */
export const de = {
  title: "Behörden finden",
  button: "Behörden anzeigen",
  intro:
    "Geben Sie Ihren Ort ein. Wir zeigen die Behörden, die für Ihren Ort Leistungen erbringen.",
  fuer: (ort: string) => `Behörden für ${ort}`,
  leistungenCount: (n: number) => `${n} ${n === 1 ? "Leistung" : "Leistungen"}`,
  kontakt: "Kontakt",
  telefon: "Telefon",
  telefax: "Telefax",
  email: "E-Mail",
  internet: "Internet",
  oeffnungszeiten: "Öffnungszeiten",
  keineOeffnungszeiten: "Keine Öffnungszeiten hinterlegt. Bitte erfragen Sie diese telefonisch.",
  anschrift: {
    hausanschrift: "Hausanschrift",
    besucheranschrift: "Besucheranschrift",
    postanschrift: "Postanschrift",
    postfach: "Postfach",
    grossempfaengerpostfach: "Großempfängerpostfach",
    lieferanschrift: "Lieferanschrift",
  },
  leitwegId: "Leitweg-ID (E-Rechnung)",
  karte: "Lage auf der Karte",
  karteHinweis:
    "Die Karte zeigt die Gemeinde und den ungefähren Standort. Maßgeblich ist die Anschrift oben.",
  leistungen: "Leistungen dieser Behörde",
  keineLeistungen: "Für diese Behörde sind noch keine Leistungen erfasst.",
  keineBehoerden:
    "Für diese Gemeinde sind uns noch keine Behörden mit Leistungen bekannt. Bitte wenden Sie sich an Ihre Gemeinde- oder Stadtverwaltung.",
  /** MapLibre's UI strings, handed to the map (a client component) as props. */
  karteTexte: {
    zoomIn: "Karte vergrößern",
    zoomOut: "Karte verkleinern",
    attribution: "Quellenangaben ein- oder ausblenden",
    ctrlScroll: "Zum Zoomen Strg und Mausrad verwenden",
    cmdScroll: "Zum Zoomen ⌘ und Mausrad verwenden",
    twoFingers: "Die Karte mit zwei Fingern verschieben",
    anzeigen: "Karte anzeigen",
    laedt: "Karte wird geladen …",
    fehler: "Die Karte kann gerade nicht angezeigt werden. Die Anschrift steht oben.",
  },
  uebersicht: (gemeinde: string | null) =>
    gemeinde
      ? `Übersichtskarte von Sachsen, ${gemeinde} hervorgehoben, der Standort markiert`
      : "Übersichtskarte von Sachsen, der Standort markiert",
  wochentage: {
    montag: "Montag",
    dienstag: "Dienstag",
    mittwoch: "Mittwoch",
    donnerstag: "Donnerstag",
    freitag: "Freitag",
    samstag: "Samstag",
    sonntag: "Sonntag",
  },
};

export type BehoerdeTexte = typeof de;
