/** German strings of the webhook subscriptions of the cash office (/verwaltung/kasse/webhooks). */
export const de = {
  title: "Webhooks für Zahlungsereignisse",
  intro:
    "Mit einem Webhook erfährt ein Fachverfahren Ihrer Organisationseinheit sofort, wenn sich eine Zahlung ändert: das Portal sendet jedes Ereignis signiert an die angegebene Adresse und wiederholt den Versand, bis er angenommen wurde.",
  signaturHinweis:
    "Jede Sendung trägt den Header Portal-Signature (t=Zeitpunkt, v1=HMAC-SHA256 über „Zeitpunkt.Inhalt“ mit dem Geheimnis). Das Fachverfahren prüft ihn mit pruefeWebhookSignatur aus @portal/payments/webhooks und verwirft doppelte Ereignisse anhand ihrer Kennung (evt_…).",
  anlegenTitel: "Neuen Webhook anlegen",
  oe: "Organisationseinheit",
  url: "Adresse (URL)",
  urlHinweis:
    "Die vollständige https-Adresse des Fachverfahrens, höchstens 2000 Zeichen, ohne Benutzername und Passwort. Die Adresse muss öffentlich erreichbar sein (keine internen Netze).",
  ereignisse: "Ereignisse",
  ereignisseHinweis: "Welche Ereignisse gesendet werden. Ohne Änderung: alle.",
  anlegen: "Webhook anlegen",
  angelegtTitel: "Webhook angelegt",
  angelegt:
    "Der Webhook an {url} für {oe} ist angelegt. Neue Ereignisse werden ab sofort gesendet.",
  geheimnisTitel: "Ihr Signaturgeheimnis",
  geheimnisHinweis:
    "Kopieren Sie das Geheimnis jetzt und hinterlegen Sie es sicher im Fachverfahren: es prüft damit die Signatur jeder Sendung. Es wird nur dieses eine Mal angezeigt. Geht es verloren, widerrufen Sie den Webhook und legen einen neuen an.",
  zurListe: "Zur Liste der Webhooks",
  listeTitel: "Webhooks von {oe}",
  keine: "Für diese Organisationseinheit gibt es noch keinen Webhook.",
  spalten: {
    url: "Adresse",
    ereignisse: "Ereignisse",
    erstellt: "Angelegt",
    status: "Status",
    aktion: "Aktion",
  },
  alleEreignisse: "alle",
  aktiv: "aktiv",
  widerrufenAm: "widerrufen am {zeitpunkt}",
  widerrufen: "Webhook an {url} widerrufen",
  widerrufenTitel: "Webhook widerrufen",
  widerrufenText:
    "Der Webhook ist widerrufen. Es werden keine Ereignisse mehr an ihn gesendet; noch offene Sendungen werden aufgegeben.",
  zustellungenTitel: "Letzte Zustellungen an {oe}",
  keineZustellungen: "Bisher wurde kein Ereignis gesendet.",
  zustellSpalten: {
    ereignis: "Ereignis",
    zahlung: "Zahlung",
    url: "Adresse",
    status: "Status",
    versuche: "Versuche",
    zuletzt: "Letzter Versuch",
    fehler: "Letzter Fehler",
  },
  zustellStatus: {
    offen: "wird gesendet",
    offenWieder: "wird erneut versucht ab {zeitpunkt}",
    zugestellt: "zugestellt am {zeitpunkt}",
    aufgegeben: "aufgegeben",
  },
  nochNicht: "noch nicht",
  ereignisNamen: {
    "payment_intent.created": "Zahlung angelegt",
    "payment_intent.requires_confirmation": "wartet auf Bestätigung",
    "payment_intent.processing": "in Bearbeitung (Lastschrift oder Überweisung unterwegs)",
    "payment_intent.succeeded": "bezahlt",
    "payment_intent.payment_failed": "fehlgeschlagen (z. B. Rücklastschrift)",
    "payment_intent.canceled": "storniert",
    "payment_intent.partially_refunded": "teilweise erstattet",
    "payment_intent.refunded": "erstattet",
  },
  anzeigenFuer: "Webhooks anzeigen für",
  anzeigen: "Anzeigen",
  zurueck: "Zur Übersicht",
  fehler: {
    oe: "Wählen Sie eine Organisationseinheit, für die Sie die Kasse führen.",
    url: "Geben Sie eine vollständige https-Adresse mit höchstens 2000 Zeichen ein.",
    ereignisse: "Wählen Sie mindestens ein Ereignis.",
    nichtGefunden: "Diesen Webhook gibt es in Ihren Organisationseinheiten nicht.",
  },
};

export type KasseWebhooksTexte = typeof de;
