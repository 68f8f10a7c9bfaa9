export const de = {
  title: "Meine Angaben",
  einleitung:
    "Diese Angaben sind freiwillig. Formulare können sie später vorausfüllen; Sie prüfen sie dort vor dem Absenden.",
  senden: "Speichern",
  optional: "(optional)",
  felder: {
    vorname: "Vorname",
    nachname: "Nachname",
    strasse: "Straße und Hausnummer",
    plz: "Postleitzahl",
    ort: "Ort",
    geburtsdatum: "Geburtsdatum",
    telefon: "Telefon",
  },
  hinweise: {
    plz: "5 Ziffern, zusammen mit dem Ort",
    telefon: "Ziffern, Leerzeichen und + - / ( )",
  },
  fehler: {
    plz: "Geben Sie die Postleitzahl mit 5 Ziffern ein.",
    plzOrt: "Geben Sie Postleitzahl und Ort zusammen an.",
    geburtsdatum: "Geben Sie ein Geburtsdatum zwischen dem 01.01.1900 und heute ein.",
    telefon: "Die Telefonnummer darf nur Ziffern, Leerzeichen und + - / ( ) enthalten.",
  },
  okTitel: "Ihre Angaben sind gespeichert",
  ok: "Ihre Angaben wurden gespeichert.",
  okGemeinde: "Gemeinde: {gemeinde}.",
  gemeindeUnklar:
    "Gemeinde nicht eindeutig erkannt: Postleitzahl und Ort passen zu keiner oder mehreren sächsischen Gemeinden. Ihre Angaben sind trotzdem gespeichert.",
  zurueck: "Zurück zu Meine Angaben",
};
export type ProfilTexte = typeof de;

export const datenDe = {
  title: "Meine Daten herunterladen",
  einleitung:
    "Sie erhalten eine Kopie aller Daten, die das Servicekonto über Sie speichert (Art. 15 und 20 DSGVO), auch Ihrer Entwürfe und Anträge. Ihre Angaben in abgeschickten Anträgen sind für die zuständige Behörde verschlüsselt und deshalb nicht enthalten; Auskunft darüber gibt die Behörde.",
  json: "Als JSON-Datei herunterladen (maschinenlesbar)",
  html: "Als HTML-Seite herunterladen (lesbar, druckbar)",
};
