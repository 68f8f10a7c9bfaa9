import type { PostfachTexte } from "./de";

/** English strings of the Postfach pages. */
export const en: PostfachTexte = {
  title: "Inbox",
  intro:
    "Messages from authorities to you. We let you know of new messages by email, without their content.",
  introOrganisation:
    "Messages from authorities to you and to the organisation you are currently acting for.",
  zaehler: (gesamt, ungelesen, eine) =>
    `${eine ? "1 message" : `${gesamt} messages`}, ${ungelesen} of them unread`,
  leer: "Your inbox is empty.",
  leerText:
    "When an authority writes to you, you will find the message here. We will let you know by email.",
  seiteLeer: "There are no messages on this page.",
  zurErstenSeite: "Go to the first page",
  tabelle: "Messages, newest first",
  spalteStatus: "Status",
  spalteBetreff: "Subject",
  spalteAbsender: "From",
  spalteDatum: "Received",
  spalteAnhaenge: "Attachments",
  ungelesen: "Unread",
  gelesen: "Read",
  pagination: "Inbox pages",
  previous: "Previous page",
  next: "Next page",
  page: "Page",
  von: "From",
  eingegangen: "Received",
  gelesenAm: "Read",
  verfahren: "Case",
  empfaenger: "To",
  anOrganisation: "The organisation you act for",
  anhaenge: "Attachments",
  keineAnhaenge: "This message has no attachments.",
  herunterladen: "Download {dateiname} ({groesse}, {typ})",
  alsUngelesen: "Mark as unread",
  nichtGefunden: "This message is not (or no longer) in your inbox.",
  zurueck: "Back to the inbox",
};
