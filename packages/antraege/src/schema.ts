import { konto } from "@portal/auth/schema";
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { ANTRAGSSTATUS, EREIGNISARTEN } from "./types.ts";

const zeit = (name: string) => timestamp(name, { withTimezone: true });

const VERTRAUENSNIVEAUS = ["niedrig", "substanziell", "hoch"] as const;

/**
 * A form being filled in, saved on every page. A signed-in citizen's draft belongs to the
 * account (`kontoId`); anyone else reaches it with a resume token, of which only the SHA-256 is
 * stored (`fortsetzungTokenHash`, like konto_token): a copy of the database opens no draft.
 * There is one token per draft at a time; issuing a new one replaces the old.
 *
 * `antworten` is stored as typed, in the clear. Drafts hold personal data too, but encrypting
 * them at rest with a server key is out of scope here (issue 9); they expire 30 days after the
 * last change (`laeuftAbAm`) and are deleted by `loescheAbgelaufeneEntwuerfe`. On submission the
 * answers are encrypted for the authority and the draft is deleted.
 *
 * `einmaligeIdentifikationId` has no foreign key on purpose: @portal/auth deletes one-off
 * identifications when they expire, and a draft must not fail or vanish with them.
 */
export const entwurf = pgTable(
  "entwurf",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The form's slug and version (@portal/forms). */
    formular: text("formular").notNull(),
    version: integer("version").notNull(),
    kontoId: uuid("konto_id").references(() => konto.id, { onDelete: "cascade" }),
    fortsetzungTokenHash: text("fortsetzung_token_hash").unique(),
    /** Until when the resume token opens the draft (7 days from issuing it). */
    fortsetzungBisAm: zeit("fortsetzung_bis_am"),
    einmaligeIdentifikationId: uuid("einmalige_identifikation_id"),
    antworten: jsonb("antworten").$type<Record<string, unknown>>().notNull().default({}),
    /** The id of the form page the citizen was on, to resume there. */
    seite: text("seite"),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    geaendertAm: zeit("geaendert_am").notNull().defaultNow(),
    laeuftAbAm: zeit("laeuft_ab_am").notNull(),
  },
  (t) => [
    index("entwurf_konto").on(t.kontoId, t.geaendertAm.desc()),
    index("entwurf_laeuft_ab").on(t.laeuftAbAm),
    // A draft nobody can reach is of no use: an account's, or one with a resume token.
    check("entwurf_zugang", sql`${t.kontoId} is not null or ${t.fortsetzungTokenHash} is not null`),
  ],
);

/**
 * An API key of an Organisationseinheit for the delivery API (`/api/fachverfahren/v1`): a
 * Fachverfahren lists, fetches and acknowledges the authority's applications with it. The key
 * is `sk_<praefix>_<geheimnis>`; only `praefix` (to find the row and show it to admins) and the
 * SHA-256 of the whole key are stored, so a copy of the database authenticates nobody. The
 * secret is 32 random bytes: a hash without salt or slow KDF is enough for such a key (unlike
 * a password, it cannot be guessed from a dictionary).
 *
 * The key belongs to this domain, not @portal/auth: it grants exactly the delivery of
 * applications. Should other domains need machine access per authority, move it to
 * @portal/auth with a scope column.
 *
 * `erstelltVon` is the admin who created the key (no foreign key, like the audit trail: the
 * record of who is accountable for a key outlives the staff account). A revoked key
 * (`widerrufenAm`) stays as a record; `zuletztBenutztAm` is updated at most once a minute.
 */
export const apiSchluessel = pgTable(
  "api_schluessel",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    oeSchluessel: text("oe_schluessel").notNull(),
    name: text("name").notNull(),
    praefix: text("praefix").notNull().unique(),
    hash: text("hash").notNull(),
    erstelltVon: uuid("erstellt_von").notNull(),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    zuletztBenutztAm: zeit("zuletzt_benutzt_am"),
    widerrufenAm: zeit("widerrufen_am"),
  },
  (t) => [index("api_schluessel_oe").on(t.oeSchluessel, t.erstelltAm.desc())],
);

/**
 * A submitted application. The answers are in `umschlag`, a compact JWE encrypted for the
 * responsible Organisationseinheit (@portal/crypto): the portal stores and routes it but cannot
 * read it. Everything in the clear here is what the inbox filters and the citizen's list need
 * (reference number, service, authority, status, dates) and no answer.
 *
 * `kontoId` is the applicant's account (null for an application without one, or once the
 * account is deleted: the authority's record stays). `vertrauensniveau` is the assurance level
 * the applicant was identified with (null: not identified, e.g. a resume token only).
 * `idempotenzSchluessel` holds the SHA-256 of who submitted and the caller's key (the draft id),
 * so a double click, a retry or a second tab finds the application the first request created.
 */
export const antrag = pgTable(
  "antrag",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    aktenzeichen: text("aktenzeichen").notNull().unique(),
    formular: text("formular").notNull(),
    version: integer("version").notNull(),
    /** The Leistung's slug in the catalogue. */
    leistung: text("leistung").notNull(),
    /** The responsible Organisationseinheit (organisationseinheit.schluessel), no FK like mitarbeiter_rolle. */
    oeSchluessel: text("oe_schluessel").notNull(),
    kontoId: uuid("konto_id").references(() => konto.id, { onDelete: "set null" }),
    einmaligeIdentifikationId: uuid("einmalige_identifikation_id"),
    vertrauensniveau: text("vertrauensniveau", { enum: VERTRAUENSNIVEAUS }),
    status: text("status", { enum: ANTRAGSSTATUS }).notNull().default("eingegangen"),
    /** The staff member working on it (a staff account), if assigned. */
    zugewiesenAn: uuid("zugewiesen_an").references(() => konto.id, { onDelete: "set null" }),
    umschlag: text("umschlag").notNull(),
    eingegangenAm: zeit("eingegangen_am").notNull().defaultNow(),
    geaendertAm: zeit("geaendert_am").notNull().defaultNow(),
    idempotenzSchluessel: text("idempotenz_schluessel").notNull().unique(),
    /**
     * Delivery to the authority's Fachverfahren (delivery API): when a Fachverfahren
     * acknowledged it and with which API key. Null: still "new" for the API. Set once; a second
     * acknowledgement changes nothing. Independent of `status`: an authority may work in the
     * inbox and fetch over the API at the same time.
     */
    quittiertAm: zeit("quittiert_am"),
    quittiertDurch: uuid("quittiert_durch").references(() => apiSchluessel.id, {
      onDelete: "set null",
    }),
    /**
     * The payment intent of the fee (@portal/payments, `pi_…`), when the form has one: set on
     * submission for a fee paid before it, replaced by a new intent when the citizen pays a
     * failed debit by transfer (the history keeps every intent). No foreign key: applications
     * know payments only through their server API, and the cash office's records outlive it.
     */
    zahlungIntentId: text("zahlung_intent_id"),
  },
  (t) => [
    index("antrag_oe").on(t.oeSchluessel, t.eingegangenAm.desc()),
    // The API's queue: an authority's not yet acknowledged applications, oldest first.
    index("antrag_oe_neu")
      .on(t.oeSchluessel, t.eingegangenAm, t.id)
      .where(sql`${t.quittiertAm} is null`),
    index("antrag_oe_status").on(t.oeSchluessel, t.status, t.eingegangenAm.desc()),
    index("antrag_konto").on(t.kontoId, t.eingegangenAm.desc()),
    // The bank's answer (statement import) finds the application by its payment.
    index("antrag_zahlung_intent").on(t.zahlungIntentId),
    check(
      "antrag_status",
      sql`${t.status} in ('eingegangen', 'in_bearbeitung', 'rueckfrage', 'entschieden', 'zurueckgezogen')`,
    ),
    check(
      "antrag_vertrauensniveau",
      sql`${t.vertrauensniveau} is null or ${t.vertrauensniveau} in ('niedrig', 'substanziell', 'hoch')`,
    ),
  ],
);

/**
 * A file submitted with an application. The file itself is stored encrypted by @portal/dateien;
 * this is the reference to it (`ablageSchluessel`) with what the inbox shows. `umschlag` holds
 * the file's key wrapped for the authority, when the storage encrypts with a per-file key.
 */
export const antragAnlage = pgTable(
  "antrag_anlage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    antragId: uuid("antrag_id")
      .notNull()
      .references(() => antrag.id, { onDelete: "cascade" }),
    dateiname: text("dateiname").notNull(),
    medientyp: text("medientyp").notNull(),
    groesse: integer("groesse").notNull(),
    ablageSchluessel: text("ablage_schluessel").notNull(),
    umschlag: text("umschlag"),
  },
  (t) => [index("antrag_anlage_antrag").on(t.antragId)],
);

/**
 * The history of an application, append-only: a trigger (migration 0009_antraege) refuses
 * UPDATE, DELETE and TRUNCATE, so what happened to an application cannot be rewritten. The
 * foreign key to `antrag` has no cascade for the same reason (an application with a history is
 * a record; deleting it after its retention period needs a maintenance role). `vonKontoId` has
 * no foreign key, like the security log: the history outlives the accounts it names. What the
 * citizen writes (an answer to a Rückfrage) is encrypted for the authority in `data.umschlag`.
 */
export const antragEreignis = pgTable(
  "antrag_ereignis",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    antragId: uuid("antrag_id")
      .notNull()
      .references(() => antrag.id),
    art: text("art", { enum: EREIGNISARTEN }).notNull(),
    vonKontoId: uuid("von_konto_id"),
    notiz: text("notiz"),
    zeitpunkt: zeit("zeitpunkt").notNull().defaultNow(),
    data: jsonb("data").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("antrag_ereignis_antrag").on(t.antragId, t.zeitpunkt),
    check(
      "antrag_ereignis_art",
      sql`${t.art} in ('eingereicht', 'zugewiesen', 'status', 'rueckfrage', 'antwort', 'entscheidung', 'angesehen', 'abgerufen', 'quittiert', 'zahlung')`,
    ),
  ],
);

/**
 * The counters behind the reference numbers (`MB-2026-000123`): one row per prefix and year,
 * incremented with `insert … on conflict do update … returning`, which takes the row lock, so
 * two submissions never get the same number. Taken inside the submission's transaction, a
 * number of a rolled back submission is not lost; gaps would be harmless anyway (a reference
 * number is an identifier, not an invoice number).
 */
export const aktenzeichenZaehler = pgTable(
  "aktenzeichen_zaehler",
  {
    praefix: text("praefix").notNull(),
    jahr: integer("jahr").notNull(),
    wert: integer("wert").notNull(),
  },
  (t) => [primaryKey({ columns: [t.praefix, t.jahr] })],
);
