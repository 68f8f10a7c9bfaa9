import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  EREIGNISARTEN,
  MAX_BETRAG_CENT,
  SEQUENZTYPEN,
  ZAHLUNGSARTEN,
  ZAHLUNGSSTATUS,
} from "./types.ts";

const zeit = (name: string) => timestamp(name, { withTimezone: true });

const liste = (werte: readonly string[]) => sql.raw(werte.map((w) => `'${w}'`).join(", "));

/**
 * A payment intent: one fee to collect from one payer for one authority (`oeSchluessel`, the
 * Organisationseinheit's key, no foreign key like antrag). Amounts are integer cents.
 * `remittanceText` is what the payer's bank statement shows and begins with the Kassenzeichen,
 * so that a bank transfer can be matched. `nextAction` is what the provider returned on
 * confirmation (mandate reference and due date, or the transfer's instructions).
 */
export const paymentIntent = pgTable(
  "payment_intent",
  {
    id: text("id").primaryKey(),
    amount: integer("amount").notNull(),
    amountReceived: integer("amount_received").notNull().default(0),
    amountRefunded: integer("amount_refunded").notNull().default(0),
    currency: text("currency").notNull().default("EUR"),
    description: text("description").notNull(),
    metadata: jsonb("metadata")
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default({}),
    kassenzeichen: text("kassenzeichen").notNull().unique(),
    remittanceText: text("remittance_text").notNull(),
    status: text("status", { enum: ZAHLUNGSSTATUS }).notNull(),
    paymentMethodType: text("payment_method_type", { enum: ZAHLUNGSARTEN }).notNull(),
    oeSchluessel: text("oe_schluessel").notNull(),
    nextAction: jsonb("next_action").$type<Record<string, unknown>>(),
    lastPaymentError: jsonb("last_payment_error").$type<{ code: string; message?: string }>(),
    cancellationReason: text("cancellation_reason"),
    /** The Leistung's booking reference in the authority's budget, for the HKR export. */
    haushaltsstelle: text("haushaltsstelle"),
    created: zeit("created").notNull().defaultNow(),
    updated: zeit("updated").notNull().defaultNow(),
  },
  (t) => [
    index("payment_intent_oe").on(t.oeSchluessel, t.created.desc(), t.id.desc()),
    index("payment_intent_oe_status").on(t.oeSchluessel, t.status, t.created.desc()),
    check(
      "payment_intent_amount",
      sql`${t.amount} > 0 and ${t.amount} <= ${sql.raw(String(MAX_BETRAG_CENT))}`,
    ),
    check(
      "payment_intent_erhalten",
      sql`${t.amountReceived} in (0, ${t.amount}) and ${t.amountRefunded} between 0 and ${t.amountReceived}`,
    ),
    check("payment_intent_currency", sql`${t.currency} = 'EUR'`),
    check("payment_intent_remittance", sql`char_length(${t.remittanceText}) <= 140`),
    check("payment_intent_status", sql`${t.status} in (${liste(ZAHLUNGSSTATUS)})`),
    check("payment_intent_method", sql`${t.paymentMethodType} in (${liste(ZAHLUNGSARTEN)})`),
  ],
);

/**
 * The history of a payment intent, append-only (a trigger in migration 0013 refuses UPDATE,
 * DELETE and TRUNCATE): every state change writes one row in the transaction of the change, so
 * the cash office's history and, later, the webhook outbox read what really happened.
 */
export const paymentEvent = pgTable(
  "payment_event",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    intentId: text("intent_id")
      .notNull()
      .references(() => paymentIntent.id),
    type: text("type", { enum: EREIGNISARTEN }).notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    at: zeit("at").notNull().defaultNow(),
  },
  (t) => [
    index("payment_event_intent").on(t.intentId, t.id),
    // The applications' reconciliation: the payments that became final since a time.
    index("payment_event_endgueltig")
      .on(t.at)
      .where(sql`${t.type} in ('payment_intent.succeeded', 'payment_intent.payment_failed')`),
    check("payment_event_type", sql`${t.type} in (${liste(EREIGNISARTEN)})`),
  ],
);

/**
 * Idempotency keys: the first request with a key stores the SHA-256 of its operation and body
 * and its result; a retry with the same body gets that result, one with another body an error.
 * The row is inserted first, in the request's transaction, so a concurrent request with the same
 * key waits on it and then reads the committed result. Keys older than a day may be deleted
 * (`loescheAlteIdempotenzschluessel`), as Stripe does.
 */
export const idempotencyKey = pgTable("idempotency_key", {
  key: text("key").primaryKey(),
  requestHash: text("request_hash").notNull(),
  response: jsonb("response").$type<unknown>(),
  created: zeit("created").notNull().defaultNow(),
});

/**
 * The number of each authority in the Kassenzeichen (`2026-0003-…`), assigned on its first
 * payment and never changed, so that two authorities' counters never give the same number.
 */
export const kassenzeichenKreis = pgTable("kassenzeichen_kreis", {
  oeSchluessel: text("oe_schluessel").primaryKey(),
  nummer: integer("nummer").notNull().unique().generatedAlwaysAsIdentity(),
});

/**
 * The counters behind the Kassenzeichen: one row per authority and year, incremented with
 * `insert … on conflict do update … returning` under the row lock (as aktenzeichen_zaehler).
 */
export const kassenzeichenZaehler = pgTable(
  "kassenzeichen_zaehler",
  {
    oeSchluessel: text("oe_schluessel").notNull(),
    jahr: integer("jahr").notNull(),
    wert: integer("wert").notNull(),
  },
  (t) => [primaryKey({ columns: [t.oeSchluessel, t.jahr] })],
);

/**
 * A SEPA direct debit mandate, stored by the local SEPA provider when a payer confirms a debit:
 * the reference (unique per creditor, ≤ 35 characters), the creditor identifier, the payer's
 * account, the signature date, the sequence type, and the due date the collection was
 * pre-notified for (`faelligAm`; the batch export collects it on that day).
 */
export const sepaMandat = pgTable(
  "sepa_mandat",
  {
    referenz: text("referenz").notNull(),
    glaeubigerId: text("glaeubiger_id").notNull(),
    intentId: text("intent_id")
      .notNull()
      .unique()
      .references(() => paymentIntent.id),
    kontoinhaber: text("kontoinhaber").notNull(),
    iban: text("iban").notNull(),
    bic: text("bic"),
    unterschriebenAm: date("unterschrieben_am").notNull(),
    sequenztyp: text("sequenztyp", { enum: SEQUENZTYPEN }).notNull(),
    faelligAm: date("faellig_am").notNull(),
    /**
     * The due date first pre-notified, when the export had to move `faelligAm` later because the
     * file could no longer reach the bank in time (see exportiereLastschriften); else null.
     */
    urspruenglichFaelligAm: date("urspruenglich_faellig_am"),
    /** The pain.008 file that collects it; null until the cash office exports it. */
    lastschriftDateiId: text("lastschrift_datei_id").references(() => lastschriftDatei.id),
    created: zeit("created").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.glaeubigerId, t.referenz] }),
    index("sepa_mandat_faellig").on(t.faelligAm),
    index("sepa_mandat_datei").on(t.lastschriftDateiId),
    check("sepa_mandat_referenz", sql`char_length(${t.referenz}) between 1 and 35`),
    check("sepa_mandat_sequenztyp", sql`${t.sequenztyp} in (${liste(SEQUENZTYPEN)})`),
  ],
);

// Cash office (Kasse)

/**
 * An authority's cash-office settings: the creditor identifier it collects direct debits under
 * (null when it collects none), the account debits are credited to and transfers go to, and which
 * payment methods it offers. The local SEPA provider reads it on every confirmation, so a change
 * applies to the next payment.
 */
export const kasseKonto = pgTable("kasse_konto", {
  oeSchluessel: text("oe_schluessel").primaryKey(),
  glaeubigerId: text("glaeubiger_id"),
  kontoinhaber: text("kontoinhaber").notNull(),
  iban: text("iban").notNull(),
  bic: text("bic"),
  lastschrift: boolean("lastschrift").notNull().default(true),
  ueberweisung: boolean("ueberweisung").notNull().default(true),
  geaendert: zeit("geaendert").notNull().defaultNow(),
});

/**
 * An exported pain.008 file, kept as it was handed to the bank (the XML text), with its message
 * id (unique: a bank refuses a repeated MsgId), the number and sum of its debits and who exported
 * it. The mandates it collects point to it (`sepa_mandat.lastschrift_datei_id`).
 */
export const lastschriftDatei = pgTable(
  "lastschrift_datei",
  {
    id: text("id").primaryKey(),
    oeSchluessel: text("oe_schluessel").notNull(),
    glaeubigerId: text("glaeubiger_id").notNull(),
    iban: text("iban").notNull(),
    faelligAm: date("faellig_am").notNull(),
    msgId: text("msg_id").notNull().unique(),
    anzahl: integer("anzahl").notNull(),
    summeCent: bigint("summe_cent", { mode: "number" }).notNull(),
    dateiname: text("dateiname").notNull(),
    xml: text("xml").notNull(),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    erstelltVon: text("erstellt_von").notNull(),
  },
  (t) => [
    index("lastschrift_datei_oe").on(t.oeSchluessel, t.erstelltAm.desc()),
    check("lastschrift_datei_anzahl", sql`${t.anzahl} > 0 and ${t.summeCent} > 0`),
  ],
);

/**
 * An imported bank file (camt.053, camt.054 or pain.002): its kind, message id and SHA-256 (both
 * unique per authority, so the same file is never booked twice), what it booked and returned, and
 * the items it could not match (for the clerk).
 */
export const auszugImport = pgTable(
  "auszug_import",
  {
    id: text("id").primaryKey(),
    oeSchluessel: text("oe_schluessel").notNull(),
    art: text("art", { enum: ["camt.053", "camt.054", "pain.002"] }).notNull(),
    dateiname: text("dateiname").notNull(),
    msgId: text("msg_id").notNull(),
    sha256: text("sha256").notNull(),
    posten: integer("posten").notNull(),
    gebucht: integer("gebucht").notNull(),
    zurueckgegeben: integer("zurueckgegeben").notNull(),
    nichtZugeordnet: jsonb("nicht_zugeordnet")
      .$type<
        { betragCent: number; verwendungszweck: string; grund: { de: string; en: string } }[]
      >()
      .notNull()
      .default([]),
    importiertAm: zeit("importiert_am").notNull().defaultNow(),
    importiertVon: text("importiert_von").notNull(),
  },
  (t) => [
    uniqueIndex("auszug_import_msg").on(t.oeSchluessel, t.art, t.msgId),
    uniqueIndex("auszug_import_sha").on(t.oeSchluessel, t.sha256),
    index("auszug_import_oe").on(t.oeSchluessel, t.importiertAm.desc()),
    check("auszug_import_art", sql`${t.art} in ('camt.053', 'camt.054', 'pain.002')`),
  ],
);

// Webhooks

/** The states of a webhook delivery (one row of the outbox). */
export const ZUSTELLSTATUS = ["offen", "zugestellt", "aufgegeben"] as const;
export type Zustellstatus = (typeof ZUSTELLSTATUS)[number];

/**
 * A webhook subscription of an authority: payment events of its intents (`ereignisse`, a subset
 * of EREIGNISARTEN) are POSTed to `url`, signed with `geheimnis`. The secret is stored as it is,
 * unlike an API key (which is only compared and so kept as a hash): the portal must *compute*
 * the HMAC of every delivery with it, which a hash would not allow. It is shown once on creation;
 * whoever reads this table can forge deliveries, so it is as sensitive as the payments themselves.
 * A revoked subscription (`widerrufenAm`) gets no new deliveries; the row stays for the history.
 */
export const webhookAbonnement = pgTable(
  "webhook_abonnement",
  {
    id: text("id").primaryKey(),
    oeSchluessel: text("oe_schluessel").notNull(),
    url: text("url").notNull(),
    ereignisse: text("ereignisse").array().notNull(),
    geheimnis: text("geheimnis").notNull(),
    erstelltVon: text("erstellt_von").notNull(),
    erstellt: zeit("erstellt").notNull().defaultNow(),
    widerrufenAm: zeit("widerrufen_am"),
    widerrufenVon: text("widerrufen_von"),
  },
  (t) => [
    index("webhook_abonnement_oe").on(t.oeSchluessel, t.erstellt.desc()),
    check("webhook_abonnement_url", sql`char_length(${t.url}) between 1 and 2000`),
  ],
);

/**
 * The webhook outbox: one row per payment event and subscription, inserted in the transaction
 * that writes the event (`insertEvent`), so a crash between the commit and the POST loses
 * nothing: the sweeper finds the row `offen` and queues it again. `intent` is the intent row as
 * it was right after the change (`to_jsonb`), so a late delivery still tells what the event saw.
 * Delivery is at least once; subscribers de-duplicate by the event id (`evt_<eventId>`).
 */
export const webhookZustellung = pgTable(
  "webhook_zustellung",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    eventId: bigint("event_id", { mode: "number" })
      .notNull()
      .references(() => paymentEvent.id),
    abonnementId: text("abonnement_id")
      .notNull()
      .references(() => webhookAbonnement.id),
    intent: jsonb("intent").$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: ZUSTELLSTATUS }).notNull().default("offen"),
    versuche: integer("versuche").notNull().default(0),
    naechsterVersuch: zeit("naechster_versuch").notNull().defaultNow(),
    letzterVersuchAm: zeit("letzter_versuch_am"),
    letzterFehler: text("letzter_fehler"),
    zugestelltAm: zeit("zugestellt_am"),
    erstellt: zeit("erstellt").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("webhook_zustellung_event_abo").on(t.eventId, t.abonnementId),
    index("webhook_zustellung_faellig").on(t.naechsterVersuch).where(sql`${t.status} = 'offen'`),
    index("webhook_zustellung_abo").on(t.abonnementId, t.id.desc()),
    check("webhook_zustellung_status", sql`${t.status} in (${liste(ZUSTELLSTATUS)})`),
  ],
);
