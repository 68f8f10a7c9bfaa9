import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import {
  BEITRAGSARTEN,
  BEITRAGSSTATUS,
  BEWERTUNGEN,
  MAX_NAME,
  MAX_TEXT,
  MODERATIONSARTEN,
  type PUBLIKA,
  VERFAHRENSARTEN,
} from "./types.ts";

const zeit = (name: string) => timestamp(name, { withTimezone: true });
// Milliseconds, as a JS Date holds them: the public list pages by (erstellt, id), and a cursor
// made from a Date must compare equal to the stored value.
const zeitInMs = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const liste = (werte: readonly string[]) => sql.raw(werte.map((w) => `'${w}'`).join(", "));

/**
 * A contribution to a procedure: a comment (a reply has `elternId`), a map point or a statement.
 * `verfahrenId`, `mandantId` and `phaseId` are the CMS's ids (no foreign key: the procedures are
 * a read model from the CMS). `kontoId` is the account of a signed-in contributor, without a
 * foreign key across domains (like antraege's payment ids): a contribution outlives the account
 * as a public record, and deleting the account must not fail on it. `email` is kept only for an
 * anonymous contributor who confirms by e-mail.
 *
 * `text` and `name` are stored as typed (trimmed, NFC): no HTML is stripped, the pages escape.
 * `oeffentlich` is false for what institutions submit in their phase: it is for the authority.
 */
export const beitrag = pgTable(
  "beteiligung_beitrag",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verfahrenId: text("verfahren_id").notNull(),
    mandantId: text("mandant_id").notNull(),
    phaseId: text("phase_id").notNull(),
    art: text("art", { enum: BEITRAGSARTEN }).notNull(),
    elternId: uuid("eltern_id").references((): AnyPgColumn => beitrag.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    name: text("name"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    kontoId: uuid("konto_id"),
    email: text("email"),
    status: text("status", { enum: BEITRAGSSTATUS }).notNull(),
    oeffentlich: boolean("oeffentlich").notNull().default(true),
    erstellt: zeitInMs("erstellt").notNull().defaultNow(),
    geaendert: zeit("geaendert").notNull().defaultNow(),
    // A statement (services/stellungnahme.ts): the GDPR consent (Art. 6 (1) a, Art. 7 (1) GDPR:
    // the controller must be able to show that and to what the person consented, hence the
    // time and the version of the wording), the submitter's name and postal address (for the
    // authority only, never public), and the institution it was submitted for (an
    // Organisationskonto of @portal/auth, no foreign key across domains; its name as it was).
    einwilligungUm: zeit("einwilligung_um"),
    einwilligungFassung: text("einwilligung_fassung"),
    einreicherName: text("einreicher_name"),
    einreicherStrasse: text("einreicher_strasse"),
    einreicherPlz: text("einreicher_plz"),
    einreicherOrt: text("einreicher_ort"),
    institutionId: uuid("institution_id"),
    institutionName: text("institution_name"),
  },
  (t) => [
    // The procedure's public list, newest first, paged by (erstellt, id).
    index("beteiligung_beitrag_liste").on(t.verfahrenId, t.status, t.erstellt.desc(), t.id.desc()),
    // The moderation queue: only what waits for staff, oldest first.
    index("beteiligung_beitrag_moderation")
      .on(t.verfahrenId, t.status, t.erstellt)
      .where(sql`${t.status} in ('ausstehend', 'verborgen')`),
    index("beteiligung_beitrag_eltern").on(t.elternId),
    check("beteiligung_beitrag_art", sql`${t.art} in (${liste(BEITRAGSARTEN)})`),
    check("beteiligung_beitrag_status", sql`${t.status} in (${liste(BEITRAGSSTATUS)})`),
    check(
      "beteiligung_beitrag_text",
      sql`char_length(${t.text}) between 1 and ${sql.raw(String(MAX_TEXT))}`,
    ),
    check(
      "beteiligung_beitrag_name",
      sql`${t.name} is null or char_length(${t.name}) <= ${sql.raw(String(MAX_NAME))}`,
    ),
    check(
      "beteiligung_beitrag_ort",
      sql`(${t.lat} is null) = (${t.lon} is null) and (${t.art} <> 'kartenpunkt' or ${t.lat} is not null)`,
    ),
    check("beteiligung_beitrag_antwort", sql`${t.elternId} is null or ${t.art} = 'kommentar'`),
    check(
      "beteiligung_beitrag_einwilligung",
      sql`(${t.einwilligungUm} is null) = (${t.einwilligungFassung} is null)`,
    ),
    check(
      "beteiligung_beitrag_institution",
      sql`(${t.institutionId} is null) = (${t.institutionName} is null) and (${t.institutionId} is null or not ${t.oeffentlich})`,
    ),
  ],
);

/**
 * One rating per person and contribution; a second rating changes the first. `person` is
 * "konto:<id>" or "email:<keyed hash of the confirmed address>" (`personSchluessel`), never
 * the address itself.
 */
export const bewertung = pgTable(
  "beteiligung_bewertung",
  {
    beitragId: uuid("beitrag_id")
      .notNull()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    person: text("person").notNull(),
    wert: text("wert", { enum: BEWERTUNGEN }).notNull(),
    erstellt: zeit("erstellt").notNull().defaultNow(),
    geaendert: zeit("geaendert").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "beteiligung_bewertung_pk", columns: [t.beitragId, t.person] }),
    check("beteiligung_bewertung_wert", sql`${t.wert} in (${liste(BEWERTUNGEN)})`),
  ],
);

/** A report of a contribution (abuse, insult, spam): one per person and contribution. */
export const meldung = pgTable(
  "beteiligung_meldung",
  {
    beitragId: uuid("beitrag_id")
      .notNull()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    person: text("person").notNull(),
    grund: text("grund").notNull().default(""),
    erstellt: zeit("erstellt").notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "beteiligung_meldung_pk", columns: [t.beitragId, t.person] })],
);

/**
 * The moderation trail, append-only (nothing in this package updates or deletes a row): every
 * change of a contribution's state by staff (`vonKontoId`) or by the report threshold (null).
 * `vonKontoId` has no foreign key: the record of who decided outlives the staff account.
 */
export const moderation = pgTable(
  "beteiligung_moderation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    beitragId: uuid("beitrag_id")
      .notNull()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    vonKontoId: uuid("von_konto_id"),
    von: text("von", { enum: BEITRAGSSTATUS }).notNull(),
    nach: text("nach", { enum: BEITRAGSSTATUS }).notNull(),
    notiz: text("notiz"),
    zeitpunkt: zeit("zeitpunkt").notNull().defaultNow(),
  },
  (t) => [index("beteiligung_moderation_beitrag").on(t.beitragId, t.zeitpunkt)],
);

/**
 * The e-mail confirmation of an anonymous contribution. Only the SHA-256 of the token is stored,
 * so a copy of the database confirms nothing. `moderation` is the procedure's mode when the
 * contribution came in: it decides where the contribution goes once confirmed.
 */
export const bestaetigung = pgTable(
  "beteiligung_bestaetigung",
  {
    tokenHash: text("token_hash").primaryKey(),
    beitragId: uuid("beitrag_id")
      .notNull()
      .unique()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    moderation: text("moderation", { enum: MODERATIONSARTEN }).notNull(),
    gueltigBis: zeit("gueltig_bis").notNull(),
    bestaetigtAm: zeit("bestaetigt_am"),
  },
  (t) => [index("beteiligung_bestaetigung_gueltig").on(t.gueltigBis)],
);

/**
 * The secret that e-mail addresses are hashed with into person keys, when BETEILIGUNG_SECRET is
 * not set: one row, made on first use (like rate_limit_secret).
 */
export const geheimnis = pgTable(
  "beteiligung_geheimnis",
  {
    id: smallint("id").primaryKey(),
    wert: text("wert").notNull(),
  },
  (t) => [check("beteiligung_geheimnis_eine_zeile", sql`${t.id} = 1`)],
);

/**
 * A file attached to a statement (PDF only, checked by @portal/dateien's `pruefeDatei`): its
 * cleaned name, detected type, size and SHA-256; the bytes are in the Dateiablage under
 * `ablageSchluessel` (built from ids, never from the name). Only staff download it.
 */
export const anhang = pgTable(
  "beteiligung_anhang",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    beitragId: uuid("beitrag_id")
      .notNull()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    mime: text("mime").notNull(),
    groesse: integer("groesse").notNull(),
    ablageSchluessel: text("ablage_schluessel").notNull().unique(),
    sha256: text("sha256").notNull(),
    erstellt: zeit("erstellt").notNull().defaultNow(),
  },
  (t) => [
    index("beteiligung_anhang_beitrag").on(t.beitragId),
    check("beteiligung_anhang_groesse", sql`${t.groesse} > 0`),
  ],
);

/**
 * A co-signature (Mitzeichnung) of a published public statement: one per person (`person` as
 * for ratings, `personSchluessel`), with an optional name to show.
 */
export const mitzeichnung = pgTable(
  "beteiligung_mitzeichnung",
  {
    beitragId: uuid("beitrag_id")
      .notNull()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    person: text("person").notNull(),
    name: text("name"),
    erstellt: zeit("erstellt").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "beteiligung_mitzeichnung_pk", columns: [t.beitragId, t.person] }),
    check(
      "beteiligung_mitzeichnung_name",
      sql`${t.name} is null or char_length(${t.name}) <= ${sql.raw(String(MAX_NAME))}`,
    ),
  ],
);

// ---------------------------------------------------------------------------------------------
// Read model of the procedures, filled from the CMS (webhook events + resync, services/verfahren.ts).
// The CMS is the source of truth: these rows are replaced wholesale, never edited in the portal.
// ---------------------------------------------------------------------------------------------

/** A file of a procedure (a PDF from the CMS's media library); `groesseKb` as Strapi gives it. */
export type VerfahrensDokument = { name: string; url: string; groesseKb: number; mime: string };

/** A GeoJSON Polygon or MultiPolygon in WGS84 (longitude, latitude). */
export type VerfahrensGebiet =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

/** Per action the weakest identity a phase asks for; "nicht": the action is not open in it. */
export type Identitaetsstufe = "nicht" | "anonym" | "email" | "konto" | "eid";

/**
 * A phase as the CMS describes it. `id` is the `kennung` the CMS gives a phase when it is saved
 * (the position, `phase-1`, … for one saved before keys were given): Strapi gives a repeatable
 * component new ids on every publish and editors reorder phases, so neither keys contributions.
 */
export type VerfahrensPhase = {
  id: string;
  titel: string;
  /** ISO 8601, inclusive. */
  beginn: string;
  /** ISO 8601, exclusive. */
  ende: string;
  publikum: (typeof PUBLIKA)[number];
  kommentieren: Identitaetsstufe;
  bewerten: Identitaetsstufe;
  kartenpunkt: Identitaetsstufe;
  stellungnahme: Identitaetsstufe;
  umfrage: Identitaetsstufe;
};

/** A survey question: single choice, multiple choice or free text. */
export type VerfahrensFrage = {
  id: string;
  frage: string;
  art: "einfach" | "mehrfach" | "text";
  optionen: string[];
};

/** A municipality taking part (CMS `mandant`), one row per document. */
export const mandant = pgTable("beteiligung_mandant", {
  documentId: text("document_id").primaryKey(),
  name: text("name").notNull(),
  gemeindeAgs: varchar("gemeinde_ags", { length: 8 }).notNull().unique(),
  ars: varchar("ars", { length: 12 }),
  /** Host names allowed to embed the widgets (lower case, no scheme or path). */
  einbettungsDomains: text("einbettungs_domains").array().notNull().default(sql`'{}'::text[]`),
  kontaktEmail: text("kontakt_email"),
  kontaktTelefon: text("kontakt_telefon"),
  webseite: text("webseite"),
  /** As the CMS gives it: relative to the CMS's URL with the local upload provider. */
  logoUrl: text("logo_url"),
  aktualisiert: zeit("aktualisiert").notNull().defaultNow(),
});

/**
 * A participation procedure (CMS `verfahren`), one row per document. `gemeindeAgs` names the
 * Mandant without a foreign key: CMS events arrive in any order. `beschreibung` is Markdown, as
 * the catalogue keeps rich text. The rules (`regelnVon`) are derived from moderation,
 * meldeschwelle, archiviert and phasen.
 */
export const verfahren = pgTable(
  "beteiligung_verfahren",
  {
    documentId: text("document_id").primaryKey(),
    slug: text("slug").notNull(),
    gemeindeAgs: varchar("gemeinde_ags", { length: 8 }).notNull(),
    titel: text("titel").notNull(),
    art: text("art", { enum: VERFAHRENSARTEN }).notNull(),
    kurzbeschreibung: text("kurzbeschreibung").notNull().default(""),
    beschreibung: text("beschreibung"),
    dokumente: jsonb("dokumente").$type<VerfahrensDokument[]>().notNull(),
    gebiet: jsonb("gebiet").$type<VerfahrensGebiet>(),
    moderation: text("moderation", { enum: MODERATIONSARTEN }).notNull(),
    meldeschwelle: integer("meldeschwelle").notNull(),
    archiviert: boolean("archiviert").notNull().default(false),
    phasen: jsonb("phasen").$type<VerfahrensPhase[]>().notNull(),
    fragen: jsonb("fragen").$type<VerfahrensFrage[]>().notNull(),
    aktualisiert: zeit("aktualisiert").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("beteiligung_verfahren_slug").on(t.slug),
    index("beteiligung_verfahren_gemeinde").on(t.gemeindeAgs),
    check("beteiligung_verfahren_meldeschwelle", sql`${t.meldeschwelle} between 1 and 50`),
    check("beteiligung_verfahren_art", sql`${t.art} in (${liste(VERFAHRENSARTEN)})`),
    check("beteiligung_verfahren_moderation", sql`${t.moderation} in (${liste(MODERATIONSARTEN)})`),
  ],
);
export type VerfahrenRow = typeof verfahren.$inferSelect;
export type MandantRow = typeof mandant.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Surveys and subscriptions (issue 11: survey answers; item 7, notifications by e-mail).
// ---------------------------------------------------------------------------------------------

/**
 * Answers of a survey, per question id (the question's `kennung`, see `regelnVon`): the chosen
 * option's text, the chosen options' texts or the free text. `person` is the person key
 * (`personSchluessel`) where there is one: one answer set per person and procedure (NULLs are
 * distinct, so anonymous answer sets are not limited by the unique index).
 */
export const umfrageAntwort = pgTable(
  "beteiligung_umfrage_antwort",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verfahrenId: text("verfahren_id").notNull(),
    phaseId: text("phase_id").notNull(),
    person: text("person"),
    antworten: jsonb("antworten").$type<Record<string, string | string[]>>().notNull(),
    erstellt: zeit("erstellt").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("beteiligung_umfrage_antwort_person").on(t.verfahrenId, t.person)],
);

/**
 * A subscription to a procedure's news by e-mail (double opt-in). The address is stored
 * normalised (trimmed, NFC, lower case), one subscription per procedure and address. Only the
 * SHA-256 of the tokens: `bestaetigungHash` until confirmed (null once used), `abmeldeHash` of
 * the unsubscribe token, which is derived from the id with the domain's secret so that every
 * later mail can carry it.
 */
export const abo = pgTable(
  "beteiligung_abo",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verfahrenId: text("verfahren_id").notNull(),
    email: text("email").notNull(),
    sprache: text("sprache", { enum: ["de", "en"] }).notNull(),
    bestaetigungHash: text("bestaetigung_hash").unique(),
    bestaetigungGueltigBis: zeit("bestaetigung_gueltig_bis"),
    bestaetigtUm: zeit("bestaetigt_um"),
    abmeldeHash: text("abmelde_hash").notNull().unique(),
    erstellt: zeit("erstellt").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("beteiligung_abo_adresse").on(t.verfahrenId, t.email),
    check("beteiligung_abo_sprache", sql`${t.sprache} in ('de', 'en')`),
  ],
);

/** A phase whose beginning was announced to the subscribers: never twice. */
export const phasenMeldung = pgTable(
  "beteiligung_phasen_meldung",
  {
    verfahrenId: text("verfahren_id").notNull(),
    phaseId: text("phase_id").notNull(),
    gemeldet: zeit("gemeldet").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "beteiligung_phasen_meldung_pk", columns: [t.verfahrenId, t.phaseId] }),
  ],
);

/**
 * A published reply whose parent's author is to be told (an outbox): written in the transaction
 * that makes the reply public, mailed by the worker's sweeper, which sets `versandt` (also when
 * there is nobody to tell), so one reply gives at most one mail.
 */
export const antwortBenachrichtigung = pgTable(
  "beteiligung_antwort_benachrichtigung",
  {
    beitragId: uuid("beitrag_id")
      .primaryKey()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    vorgemerkt: zeit("vorgemerkt").notNull().defaultNow(),
    versandt: zeit("versandt"),
  },
  (t) => [
    index("beteiligung_antwort_benachrichtigung_offen")
      .on(t.vorgemerkt)
      .where(sql`${t.versandt} is null`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Abwägung: the authority's weighing of the statements (§ 1 Abs. 7 BauGB: public and private
// concerns are weighed against each other; the council decides on each statement). Staff write
// the weighing text and the proposed decision per statement; the Abwägungstabelle (PDF) and the
// exports carry them.
// ---------------------------------------------------------------------------------------------

/** The decision on a statement, as Abwägungstabellen word it. */
export const BESCHLUESSE = [
  "beruecksichtigt",
  "teilweise-beruecksichtigt",
  "nicht-beruecksichtigt",
  "zur-kenntnis-genommen",
] as const;
export type Beschluss = (typeof BESCHLUESSE)[number];
/** The weighing text of one statement, in characters (code points). */
export const MAX_ABWAEGUNG = 10000;

/**
 * The current weighing of a statement (one row per contribution, gone with it). `beschluss` is
 * null while staff have written a text but not decided yet. `bearbeitetVon` is the staff
 * account, without a foreign key (the record outlives the account, as in the moderation trail).
 */
export const abwaegung = pgTable(
  "beteiligung_abwaegung",
  {
    beitragId: uuid("beitrag_id")
      .primaryKey()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    text: text("text").notNull().default(""),
    beschluss: text("beschluss", { enum: BESCHLUESSE }),
    bearbeitetVon: uuid("bearbeitet_von").notNull(),
    bearbeitetUm: zeit("bearbeitet_um").notNull().defaultNow(),
  },
  (t) => [
    check(
      "beteiligung_abwaegung_text",
      sql`char_length(${t.text}) <= ${sql.raw(String(MAX_ABWAEGUNG))}`,
    ),
    check(
      "beteiligung_abwaegung_beschluss",
      sql`${t.beschluss} is null or ${t.beschluss} in (${liste(BESCHLUESSE)})`,
    ),
  ],
);

/**
 * Every saved version of a weighing, append-only (trigger in the migration): what the table said
 * when, and who wrote it.
 */
export const abwaegungVerlauf = pgTable(
  "beteiligung_abwaegung_verlauf",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    beitragId: uuid("beitrag_id")
      .notNull()
      .references(() => beitrag.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    beschluss: text("beschluss", { enum: BESCHLUESSE }),
    bearbeitetVon: uuid("bearbeitet_von").notNull(),
    bearbeitetUm: zeit("bearbeitet_um").notNull().defaultNow(),
  },
  (t) => [index("beteiligung_abwaegung_verlauf_beitrag").on(t.beitragId, t.bearbeitetUm)],
);
