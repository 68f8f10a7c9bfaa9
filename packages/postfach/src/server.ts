import "server-only";

// The Postfach's public API: authorities send messages (with attachments) to citizen accounts
// and organisations; the recipients list, read and download them. Every read is scoped to the
// reader (the session's account and the organisation it acts for). Notification mails are
// handed to an injected `post`; delivery is the caller's.

export { POSTFACH_PFAD, postfachLink } from "./services/mails.ts";
export {
  type AnhangInfo,
  exportiereNachrichten,
  type Leser,
  ladeAnhang,
  leseNachricht,
  listeGesendete,
  listeNachrichten,
  markiereUngelesen,
  type SendeErgebnis,
  type SendeFehler,
  sendeNachricht,
} from "./services/nachricht.ts";
