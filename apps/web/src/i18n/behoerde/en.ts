import type { BehoerdeTexte } from "./de";

export const en: BehoerdeTexte = {
  title: "Find an authority",
  button: "Show authorities",
  intro: "Enter your place. We show the authorities that provide services for it.",
  fuer: (ort) => `Authorities for ${ort}`,
  leistungenCount: (n) => `${n} ${n === 1 ? "service" : "services"}`,
  kontakt: "Contact",
  telefon: "Phone",
  telefax: "Fax",
  email: "E-mail",
  internet: "Website",
  oeffnungszeiten: "Opening hours",
  keineOeffnungszeiten: "No opening hours on record. Please ask by phone.",
  anschrift: {
    hausanschrift: "Street address",
    besucheranschrift: "Visitor address",
    postanschrift: "Postal address",
    postfach: "PO box",
    grossempfaengerpostfach: "Bulk-recipient PO box",
    lieferanschrift: "Delivery address",
  },
  leitwegId: "Leitweg-ID (e-invoicing)",
  karte: "Location on the map",
  karteHinweis:
    "The map shows the municipality and the approximate location. The address above is authoritative.",
  leistungen: "Services of this authority",
  keineLeistungen: "No services have been recorded for this authority yet.",
  keineBehoerden:
    "We know of no authorities with services for this municipality yet. Please contact your municipal administration.",
  karteTexte: {
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    attribution: "Show or hide attribution",
    ctrlScroll: "Use Ctrl and scroll to zoom the map",
    cmdScroll: "Use ⌘ and scroll to zoom the map",
    twoFingers: "Use two fingers to move the map",
    anzeigen: "Show map",
    laedt: "Loading map …",
    fehler: "The map cannot be shown at the moment. The address is given above.",
  },
  uebersicht: (gemeinde) =>
    gemeinde
      ? `Overview map of Saxony, ${gemeinde} highlighted, the location marked`
      : "Overview map of Saxony, the location marked",
  wochentage: {
    montag: "Monday",
    dienstag: "Tuesday",
    mittwoch: "Wednesday",
    donnerstag: "Thursday",
    freitag: "Friday",
    samstag: "Saturday",
    sonntag: "Sunday",
  },
};
