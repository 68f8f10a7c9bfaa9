import type { KasseWebhooksTexte } from "./de";

/** English strings of the webhook subscriptions of the cash office (/verwaltung/kasse/webhooks). */
export const en: KasseWebhooksTexte = {
  title: "Webhooks for payment events",
  intro:
    "With a webhook, a case management system (Fachverfahren) of your organisational unit learns at once when a payment changes: the portal sends every event, signed, to the address given and repeats the delivery until it is accepted.",
  signaturHinweis:
    "Every delivery carries the header Portal-Signature (t=timestamp, v1=HMAC-SHA256 over “timestamp.body” with the secret). The case management system checks it with pruefeWebhookSignatur from @portal/payments/webhooks and drops duplicate events by their id (evt_…).",
  anlegenTitel: "Create a new webhook",
  oe: "Organisational unit",
  url: "Address (URL)",
  urlHinweis:
    "The full https address of the case management system, at most 2000 characters, without user name and password. The address must be publicly reachable (no internal networks).",
  ereignisse: "Events",
  ereignisseHinweis: "Which events are sent. Unchanged: all of them.",
  anlegen: "Create webhook",
  angelegtTitel: "Webhook created",
  angelegt: "The webhook to {url} for {oe} has been created. New events are sent from now on.",
  geheimnisTitel: "Your signing secret",
  geheimnisHinweis:
    "Copy the secret now and store it safely in the case management system: it checks the signature of every delivery with it. It is shown this once only. If it is lost, revoke the webhook and create a new one.",
  zurListe: "Go to the list of webhooks",
  listeTitel: "Webhooks of {oe}",
  keine: "This organisational unit has no webhook yet.",
  spalten: {
    url: "Address",
    ereignisse: "Events",
    erstellt: "Created",
    status: "Status",
    aktion: "Action",
  },
  alleEreignisse: "all",
  aktiv: "active",
  widerrufenAm: "revoked on {zeitpunkt}",
  widerrufen: "Revoke the webhook to {url}",
  widerrufenTitel: "Webhook revoked",
  widerrufenText:
    "The webhook has been revoked. No more events are sent to it; deliveries still open are given up.",
  zustellungenTitel: "Latest deliveries of {oe}",
  keineZustellungen: "No event has been sent yet.",
  zustellSpalten: {
    ereignis: "Event",
    zahlung: "Payment",
    url: "Address",
    status: "Status",
    versuche: "Attempts",
    zuletzt: "Last attempt",
    fehler: "Last error",
  },
  zustellStatus: {
    offen: "being sent",
    offenWieder: "retried from {zeitpunkt}",
    zugestellt: "delivered on {zeitpunkt}",
    aufgegeben: "given up",
  },
  nochNicht: "not yet",
  ereignisNamen: {
    "payment_intent.created": "payment created",
    "payment_intent.requires_confirmation": "awaiting confirmation",
    "payment_intent.processing": "processing (direct debit or transfer on its way)",
    "payment_intent.succeeded": "paid",
    "payment_intent.payment_failed": "failed (e.g. a returned debit)",
    "payment_intent.canceled": "canceled",
    "payment_intent.partially_refunded": "partially refunded",
    "payment_intent.refunded": "refunded",
  },
  anzeigenFuer: "Show webhooks of",
  anzeigen: "Show",
  zurueck: "Back to the overview",
  fehler: {
    oe: "Choose an organisational unit whose cash office you run.",
    url: "Enter a full https address of at most 2000 characters.",
    ereignisse: "Choose at least one event.",
    nichtGefunden: "This webhook does not exist in your organisational units.",
  },
};
