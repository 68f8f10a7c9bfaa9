import type { Db } from "@portal/db/client";
import { z } from "zod";
import { SEPA_ZEICHEN, zuSepaZeichen } from "./sepa/zeichen.ts";

// Pure: the states, limits, input schemas and the provider port of payments, shared by the
// services, the pages and the tests (zod only, safe in a client bundle; `Db` is a type import).

/** The states of a payment intent (Stripe's names, so developers recognise them). */
export const ZAHLUNGSSTATUS = [
  "requires_payment_method",
  "requires_confirmation",
  "processing",
  "succeeded",
  "failed",
  "canceled",
  "partially_refunded",
  "refunded",
] as const;
export type Zahlungsstatus = (typeof ZAHLUNGSSTATUS)[number];

/**
 * Which state may follow which. A SEPA debit or a bank transfer is `processing` until the bank
 * says it was booked (`succeeded`) or returned (`failed`, e.g. AC04). A booked SEPA debit can
 * still come back (`succeeded → failed`): the payer may object within eight weeks (MD06), and
 * the bank books the return days after the collection; `verbucheErgebnis` allows this for debits
 * only. Only a collected payment can be refunded, in parts (`partially_refunded`, again and
 * again) until all of it is (`refunded`). A failed payment is final: paying again is a new
 * intent, so the history of the returned one stays as it was.
 */
export const UEBERGAENGE: Readonly<Record<Zahlungsstatus, readonly Zahlungsstatus[]>> = {
  requires_payment_method: ["requires_confirmation", "canceled"],
  requires_confirmation: ["processing", "succeeded", "canceled"],
  processing: ["succeeded", "failed"],
  succeeded: ["partially_refunded", "refunded", "failed"],
  partially_refunded: ["partially_refunded", "refunded"],
  failed: [],
  canceled: [],
  refunded: [],
};

export const darfWechseln = (von: Zahlungsstatus, nach: Zahlungsstatus) =>
  UEBERGAENGE[von].includes(nach);

export const istEndzustand = (status: Zahlungsstatus) => UEBERGAENGE[status].length === 0;

/** How a payment is made. */
export const ZAHLUNGSARTEN = ["sepa_debit", "bank_transfer"] as const;
export type Zahlungsart = (typeof ZAHLUNGSARTEN)[number];

/** SEPA sequence types: one-off, first and recurring collection of a mandate. */
export const SEQUENZTYPEN = ["OOFF", "FRST", "RCUR"] as const;
export type Sequenztyp = (typeof SEQUENZTYPEN)[number];

/**
 * The largest amount of one payment, in cents (999,999.99 EUR). Fees of the portal's services
 * are far below; the limit catches a unit mistake (euros sent as cents times 100) before a
 * debit of that size reaches a citizen's account, and keeps amounts in a PostgreSQL integer.
 */
export const MAX_BETRAG_CENT = 99_999_999;

/** The SEPA remittance text (unstructured, `Ustrd`) has at most 140 characters. */
export const MAX_VERWENDUNGSZWECK = 140;

/**
 * What the caller may add to the remittance text: the Kassenzeichen (19 characters) and a space
 * come first, so that a bank transfer can be matched by it.
 */
export const MAX_EIGENER_VERWENDUNGSZWECK = MAX_VERWENDUNGSZWECK - 20;

/** A SEPA mandate reference has at most 35 characters. */
export const MAX_MANDATSREFERENZ = 35;

/**
 * The EPC's basic Latin character set, which every bank in the SEPA schemes must carry: one rule,
 * kept in the SEPA module (sepa/zeichen.ts) and re-exported here for the forms.
 */
export { SEPA_ZEICHEN } from "./sepa/zeichen.ts";

/** The characters of `text` outside the SEPA character set, each once, in order. */
export function unzulaessigeZeichen(text: string): string[] {
  const falsch = [...text].filter((z) => !SEPA_ZEICHEN.test(z));
  return [...new Set(falsch)];
}

/**
 * `text` in the SEPA character set for a remittance text the portal writes itself (from a
 * description): the SEPA module's conversion (ä → ae, accents dropped, anything else a space).
 */
export const inSepaZeichen = zuSepaZeichen;

/**
 * `2026-0003-000123-45`: the year, the authority's number (one per Organisationseinheit,
 * assigned on its first payment), the authority's counter in that year, and two check digits
 * (ISO 7064 MOD 97-10, as in the IBAN) so that a typo in a transfer's remittance is noticed
 * rather than matched to someone else's payment.
 */
export const KASSENZEICHEN_MUSTER = /^\d{4}-\d{4,}-\d{6,}-\d{2}$/u;

function mod97(ziffern: string): number {
  let rest = 0;
  for (const z of ziffern) rest = (rest * 10 + Number(z)) % 97;
  return rest;
}

export function formatiereKassenzeichen(jahr: number, kreis: number, wert: number): string {
  const kern = `${jahr}${String(kreis).padStart(4, "0")}${String(wert).padStart(6, "0")}`;
  const pruefziffern = String(98 - mod97(`${kern}00`)).padStart(2, "0");
  return `${jahr}-${String(kreis).padStart(4, "0")}-${String(wert).padStart(6, "0")}-${pruefziffern}`;
}

/** Whether `kassenzeichen` has the pattern and its check digits are right. */
export function istKassenzeichen(kassenzeichen: string): boolean {
  if (!KASSENZEICHEN_MUSTER.test(kassenzeichen)) return false;
  return mod97(kassenzeichen.replaceAll("-", "")) === 1;
}

/**
 * The calendar year of a moment in Saxony (Europe/Berlin), for the Kassenzeichen's counter: a
 * payment at 00:30 on 1 January local time counts in the new year.
 */
export function jahrInSachsen(zeitpunkt: Date): number {
  return Number(
    new Intl.DateTimeFormat("en", { timeZone: "Europe/Berlin", year: "numeric" }).format(zeitpunkt),
  );
}

/** A message for the payer or clerk, German first with English (the page picks by locale). */
export type Meldung = { de: string; en: string };

/**
 * The messages of input errors, by key: the zod schemas below name a key as their message, the
 * services turn it into both languages (`meldungFuer`).
 */
export const MELDUNGEN = {
  "betrag.zahl": {
    de: "Der Betrag muss eine Zahl in Cent sein.",
    en: "The amount must be a number of cents.",
  },
  "betrag.ganze-cent": {
    de: "Der Betrag muss in ganzen Cent angegeben werden.",
    en: "The amount must be given in whole cents.",
  },
  "betrag.positiv": {
    de: "Der Betrag muss größer als 0 sein.",
    en: "The amount must be greater than 0.",
  },
  "betrag.hoechstens": {
    de: "Der Betrag darf höchstens 999.999,99 EUR betragen.",
    en: "The amount may be at most EUR 999,999.99.",
  },
  waehrung: {
    de: "Nur Zahlungen in Euro (EUR) sind möglich.",
    en: "Only payments in euro (EUR) are possible.",
  },
  beschreibung: {
    de: "Bitte eine Beschreibung mit 1 bis 500 Zeichen angeben.",
    en: "Please give a description of 1 to 500 characters.",
  },
  metadaten: {
    de: "Metadaten: höchstens 50 Schlüssel (bis 40 Zeichen) mit Text (bis 500 Zeichen), Zahl oder Wahrheitswert.",
    en: "Metadata: at most 50 keys (up to 40 characters) with text (up to 500 characters), a number or a boolean.",
  },
  zahlungsart: {
    de: "Zahlungsart: SEPA-Lastschrift (sepa_debit) oder Überweisung (bank_transfer).",
    en: "Payment method: SEPA direct debit (sepa_debit) or bank transfer (bank_transfer).",
  },
  haushaltsstelle: {
    de: "Die Haushaltsstelle darf 1 bis 50 Zeichen lang sein.",
    en: "The budget reference (Haushaltsstelle) may be 1 to 50 characters long.",
  },
  behoerde: {
    de: "Bitte die zuständige Behörde angeben.",
    en: "Please give the responsible authority.",
  },
  verwendungszweck: {
    de: `Der Verwendungszweck muss 1 bis ${MAX_EIGENER_VERWENDUNGSZWECK} Zeichen lang sein (das Kassenzeichen wird vorangestellt).`,
    en: `The remittance text must be 1 to ${MAX_EIGENER_VERWENDUNGSZWECK} characters long (the Kassenzeichen is put in front).`,
  },
  kontoinhaber: {
    de: "Bitte den Kontoinhaber angeben (höchstens 70 Zeichen).",
    en: "Please give the account holder (at most 70 characters).",
  },
  iban: { de: "Bitte die IBAN angeben.", en: "Please give the IBAN." },
  bic: { de: "Die BIC ist zu lang.", en: "The BIC is too long." },
  unterschrieben: {
    de: "Das Datum des Mandats ist ungültig.",
    en: "The date of the mandate is not valid.",
  },
  zahlungsmittel: {
    de: "Die Zahlungsdaten sind ungültig.",
    en: "The payment details are not valid.",
  },
  eingabe: { de: "Die Eingabe ist ungültig.", en: "The input is not valid." },
} as const satisfies Record<string, Meldung>;
export type Meldungsschluessel = keyof typeof MELDUNGEN;

/** The message of a zod issue whose message is a key of MELDUNGEN (else the fallback). */
export function meldungFuer(
  issue: { message: string } | undefined,
  ersatz: Meldungsschluessel = "zahlungsmittel",
): Meldung {
  const schluessel = issue?.message as Meldungsschluessel | undefined;
  return schluessel && schluessel in MELDUNGEN ? MELDUNGEN[schluessel] : MELDUNGEN[ersatz];
}

export const betragSchema = z
  .number({ message: "betrag.zahl" })
  .int({ message: "betrag.ganze-cent" })
  .positive({ message: "betrag.positiv" })
  .max(MAX_BETRAG_CENT, { message: "betrag.hoechstens" });

const metadataSchema = z
  .record(
    z.string().max(40, "metadaten"),
    z.union([z.string().max(500, "metadaten"), z.number(), z.boolean(), z.null()], {
      message: "metadaten",
    }),
    { message: "metadaten" },
  )
  .refine((m) => Object.keys(m).length <= 50, { message: "metadaten" })
  .default({});

/** What `create` accepts. `remittanceText` is the caller's part; the Kassenzeichen is prepended. */
export const erstelleSchema = z.object({
  amount: betragSchema,
  currency: z.literal("EUR", { message: "waehrung" }).default("EUR"),
  description: z.string("beschreibung").trim().min(1, "beschreibung").max(500, "beschreibung"),
  metadata: metadataSchema,
  paymentMethodType: z.enum(ZAHLUNGSARTEN, { message: "zahlungsart" }),
  oeSchluessel: z.string("behoerde").trim().min(1, "behoerde").max(200, "behoerde"),
  remittanceText: z
    .string("verwendungszweck")
    .trim()
    .min(1, "verwendungszweck")
    .max(MAX_EIGENER_VERWENDUNGSZWECK, "verwendungszweck")
    .optional(),
  haushaltsstelle: z
    .string("haushaltsstelle")
    .trim()
    .min(1, "haushaltsstelle")
    .max(50, "haushaltsstelle")
    .optional(),
});
export type ErstelleEingabe = z.input<typeof erstelleSchema>;

/** The payer's account for a SEPA direct debit, as typed (spaces and lowercase are fine). */
export const lastschriftSchema = z.object({
  type: z.literal("sepa_debit"),
  kontoinhaber: z.string("kontoinhaber").trim().min(1, "kontoinhaber").max(70, "kontoinhaber"),
  iban: z.string("iban").trim().min(1, "iban").max(50, "iban"),
  bic: z.string("bic").trim().max(20, "bic").optional(),
  /** The day the payer gave the mandate (the portal's confirmation: today). */
  unterschriebenAm: z.iso.date("unterschrieben").optional(),
});
export type Lastschriftdaten = z.input<typeof lastschriftSchema>;

export const zahlungsmittelSchema = z.discriminatedUnion(
  "type",
  [lastschriftSchema, z.object({ type: z.literal("bank_transfer") })],
  { message: "zahlungsmittel" },
);
export type Zahlungsmittel = z.input<typeof zahlungsmittelSchema>;

/** A payment intent as the API returns it (Stripe's shape, with the SEPA and authority fields). */
export interface PaymentIntent {
  id: string;
  object: "payment_intent";
  amount: number;
  /** What the bank booked (the amount once succeeded, else 0). */
  amountReceived: number;
  amountRefunded: number;
  currency: "EUR";
  description: string;
  metadata: Record<string, string | number | boolean | null>;
  kassenzeichen: string;
  remittanceText: string;
  status: Zahlungsstatus;
  paymentMethodType: Zahlungsart;
  oeSchluessel: string;
  /** What the provider says comes next (mandate reference and due date, transfer instructions). */
  nextAction: Record<string, unknown> | null;
  /** Why the bank returned it (e.g. `{ code: "MD06" }`), when `failed`. */
  lastPaymentError: { code: string; message?: string } | null;
  cancellationReason: string | null;
  /** The Leistung's booking reference (Haushaltsstelle) for the HKR export, if given. */
  haushaltsstelle: string | null;
  created: Date;
  updated: Date;
}

/** The kinds of events (Stripe's names): one per state change. */
export const EREIGNISARTEN = [
  "payment_intent.created",
  "payment_intent.requires_confirmation",
  "payment_intent.processing",
  "payment_intent.succeeded",
  "payment_intent.payment_failed",
  "payment_intent.canceled",
  "payment_intent.partially_refunded",
  "payment_intent.refunded",
] as const;
export type Ereignisart = (typeof EREIGNISARTEN)[number];

/** The event a change into `status` writes. */
export const ereignisFuer = (status: Zahlungsstatus): Ereignisart =>
  status === "failed"
    ? "payment_intent.payment_failed"
    : status === "requires_payment_method"
      ? "payment_intent.created"
      : `payment_intent.${status}`;

/** Error codes of the API; each error result also carries a German `meldung`. */
export type Zahlungsfehler =
  | "eingabe-ungueltig"
  | "verwendungszweck-ungueltig"
  | "unbekannt"
  | "ungueltiger-uebergang"
  | "zahlungsmittel-fehlt"
  | "zahlungsmittel-ungueltig"
  | "erstattung-zu-hoch"
  | "idempotenz-konflikt"
  | "anbieter-abgelehnt"
  | "keine-lastschriften"
  | "datei-ungueltig"
  | "datei-bereits-importiert"
  | "keine-kassendaten";

export type Fehlerergebnis = {
  ok: false;
  fehler: Zahlungsfehler;
  meldung: Meldung;
  /** Which input field it concerns, when one does (for the error summary's link). */
  feld?: string;
};

export type IntentErgebnis = { ok: true; intent: PaymentIntent } | Fehlerergebnis;

/**
 * What the provider did when a payment is confirmed: it is on its way (`processing`: a debit
 * awaiting the batch, a transfer awaiting the credit), already booked (`succeeded`, e.g. a card
 * at an ePayBL shop), or refused (`failed`). `nextAction` goes to the intent for the receipt.
 */
export type Vorbereitung =
  | { ok: true; status: "processing" | "succeeded"; nextAction: Record<string, unknown> | null }
  | {
      ok: false;
      fehler: "zahlungsmittel-ungueltig" | "anbieter-abgelehnt";
      meldung: Meldung;
      feld?: string;
    };

export type Erstattung =
  | { ok: true; daten: Record<string, unknown> }
  | { ok: false; meldung: Meldung };

/**
 * The port to whoever moves the money. The services call it and never ask which one it is: the
 * local SEPA provider (`lokalerSepaAnbieter`, the default; mandates here, batches from the cash
 * office) or an adapter to an XBezahldienste / ePayBL payment platform (see docs/payments.md).
 *
 * Both methods run inside the service's transaction with the intent's row locked (`db` is that
 * transaction): a provider may store its own rows atomically with the state change, and two
 * confirmations of one intent reach it one after the other, the second not at all. An adapter
 * that calls a remote platform should pass the intent id as the platform's idempotency key, as
 * a rolled back transaction may call it again.
 */
export interface PaymentProvider {
  /** Prepares the collection of a confirmed intent (`confirm`). */
  bereiteVor(
    db: Db,
    auftrag: { intent: PaymentIntent; zahlungsmittel: Zahlungsmittel; jetzt: Date },
  ): Promise<Vorbereitung>;
  /** Pays back `betrag` cents of a collected intent (`refund`). */
  erstatte(
    db: Db,
    auftrag: { intent: PaymentIntent; betrag: number; grund: string | null; jetzt: Date },
  ): Promise<Erstattung>;
}

/** The filters of `list`. */
export const listeSchema = z.object({
  oes: z.array(z.string().min(1)).min(1),
  status: z.enum(ZAHLUNGSSTATUS).optional(),
  von: z.date().optional(),
  bis: z.date().optional(),
  limit: z.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});
export type ListeEingabe = z.input<typeof listeSchema>;
