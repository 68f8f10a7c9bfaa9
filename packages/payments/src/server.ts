import "server-only";

// The payments' public API (Zahlungsverkehr, issue 10), in the style of Stripe's payment
// intents: create, retrieve, confirm, cancel, refund, list, each `(db, params)` and returning
// `{ ok: true, … } | { ok: false, fehler, meldung: { de, en } }`. Amounts are integer cents in EUR; every
// intent has a Kassenzeichen and a SEPA remittance text; every state change writes an event.
// Money moves through a `PaymentProvider` (types.ts): the local SEPA provider by default, an
// XBezahldienste / ePayBL adapter in its place (docs/payments.md).

export {
  type Aenderung,
  type Auszugsart,
  type Auszugsimport,
  importiereAuszug,
  listeAuszugsimporte,
  type NichtZugeordnet,
} from "./services/auszug.ts";
export { betragDeutsch, csvZelle, HKR_SPALTEN, hkrExport } from "./services/hkr.ts";
export {
  anfrageHash,
  loescheAlteIdempotenzschluessel,
} from "./services/idempotenz.ts";
export {
  exportiereLastschriften,
  findeKassenkonto,
  type Kassenkonto,
  type Lastschriftdatei,
  ladeLastschriftdatei,
  listeLastschriftdateien,
  speichereKassenkonto,
  type Verschiebung,
} from "./services/kasse.ts";
export {
  geplanterEinzug,
  istGlaeubigerId,
  lokalerSepaAnbieter,
  maskiereIban,
  type SepaEinstellungen,
  STANDARD_ANNAHMESCHLUSS,
  tagInSachsen,
} from "./services/sepa-anbieter.ts";
export {
  type Aufloeser,
  arbeiteWebhookJobs,
  istOeffentlicheAdresse,
  legeWebhookAn,
  listeWebhooks,
  listeZustellungen,
  MAX_ANTWORT_BYTES,
  MAX_WEBHOOK_URL,
  MAX_ZUSTELLVERSUCHE,
  type Protokolliere,
  pruefeWebhookUrl,
  richteWebhookWarteschlangenEin,
  stelleWebhooksZu,
  stelleWebhookZu,
  WEBHOOK_ZUSTELLEN,
  WEBHOOKS_NACHHOLEN,
  type WebhookAbonnement,
  type WebhookFehler,
  type WebhookZustellung,
  widerrufeWebhook,
  type Zustellergebnis,
  type Zustelloptionen,
  zustellJob,
} from "./services/webhooks.ts";
export {
  alsIntent,
  cancel,
  confirm,
  create,
  endgueltigSeit,
  list,
  listEvents,
  refund,
  retrieve,
  type Seite,
  verbucheErgebnis,
  type Zahlungsereignis,
  type Zahlungsergebnis,
  zahlungsergebnis,
} from "./services/zahlung.ts";
export type {
  Erstattung,
  Fehlerergebnis,
  IntentErgebnis,
  PaymentIntent,
  PaymentProvider,
  Vorbereitung,
  Zahlungsfehler,
  Zahlungsmittel,
} from "./types.ts";
