import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import type { Anschrift, Leistungsmodule, Oeffnungszeit, Zustaendigkeitsregel } from "./types.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// ---------------------------------------------------------------------------------------------
// Geographic reference data (Gebietsstand 30.11.2025), seeded from seed/geo. Keys per DOMAIN.md.
// ---------------------------------------------------------------------------------------------

export const kreis = pgTable("kreis", {
  schluessel: varchar("schluessel", { length: 5 }).primaryKey(),
  ars: varchar("ars", { length: 12 }).notNull(),
  name: text("name").notNull(),
  typ: text("typ", { enum: ["landkreis", "kreisfreie_stadt"] }).notNull(),
  sitz: text("sitz").notNull(),
});

/** Gemeindeverband: Verwaltungsgemeinschaft, Verwaltungsverband, or a verbandsfreie Gemeinde. */
export const verband = pgTable("verband", {
  ars: varchar("ars", { length: 9 }).primaryKey(),
  kreisSchluessel: varchar("kreis_schluessel", { length: 5 }).notNull(),
  name: text("name").notNull(),
  typ: text("typ", {
    enum: ["verbandsfrei", "verwaltungsgemeinschaft", "verwaltungsverband"],
  }).notNull(),
  /** AGS of the erfüllende Gemeinde (VG) or of the seat (VV). */
  sitzAgs: varchar("sitz_ags", { length: 8 }),
});

export const gemeinde = pgTable(
  "gemeinde",
  {
    ags: varchar("ags", { length: 8 }).primaryKey(),
    ars: varchar("ars", { length: 12 }).notNull().unique(),
    name: text("name").notNull(),
    amtlicherName: text("amtlicher_name").notNull(),
    /** Name folded for matching: lower case, umlauts and ß spelled out (see normalizeOrtsname). */
    suchname: text("suchname").notNull(),
    /** Every name a citizen may use for it (see namensformen): finds its namesakes. */
    namensformen: text("namensformen").array().notNull(),
    typ: text("typ", { enum: ["gemeinde", "stadt", "kreisfreie_stadt"] }).notNull(),
    grosseKreisstadt: boolean("grosse_kreisstadt").notNull(),
    kreisSchluessel: varchar("kreis_schluessel", { length: 5 }).notNull(),
    verbandArs: varchar("verband_ars", { length: 9 }).notNull(),
    einwohner: integer("einwohner").notNull(),
    lat: doublePrecision("lat").notNull(),
    lon: doublePrecision("lon").notNull(),
  },
  (t) => [
    index("gemeinde_suchname_trgm").using("gin", sql`${t.suchname} gin_trgm_ops`),
    index("gemeinde_namensformen").using("gin", t.namensformen),
  ],
);

export const postleitzahl = pgTable(
  "postleitzahl",
  {
    plz: varchar("plz", { length: 5 }).notNull(),
    ags: varchar("ags", { length: 8 }).notNull(),
    ort: text("ort").notNull(),
  },
  (t) => [primaryKey({ columns: [t.plz, t.ags] })],
);

export const ortsteil = pgTable(
  "ortsteil",
  {
    id: serial("id").primaryKey(),
    ags: varchar("ags", { length: 8 }).notNull(),
    name: text("name").notNull(),
    suchname: text("suchname").notNull(),
    namensformen: text("namensformen").array().notNull(),
  },
  (t) => [
    index("ortsteil_namensformen").using("gin", t.namensformen),
    index("ortsteil_suchname_trgm").using("gin", sql`${t.suchname} gin_trgm_ops`),
    uniqueIndex("ortsteil_ags_name").on(t.ags, t.name),
  ],
);

// ---------------------------------------------------------------------------------------------
// Catalogue read model, filled from the CMS (webhook + resync). One row per document and locale.
// ---------------------------------------------------------------------------------------------

export const organisationseinheit = pgTable(
  "organisationseinheit",
  {
    schluessel: text("schluessel").primaryKey(),
    documentId: text("document_id").notNull().unique(),
    name: text("name").notNull(),
    art: text("art").notNull(),
    gemeindeAgs: varchar("gemeinde_ags", { length: 8 }),
    gebietArs: text("gebiet_ars").notNull(),
    anschriften: jsonb("anschriften").$type<Anschrift[]>().notNull(),
    telefon: text("telefon"),
    telefax: text("telefax"),
    email: text("email"),
    internet: text("internet"),
    oeffnungszeiten: jsonb("oeffnungszeiten").$type<Oeffnungszeit[]>().notNull(),
    leitwegId: text("leitweg_id"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    aktualisiertAm: timestamp("aktualisiert_am", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisationseinheit_name_trgm").using("gin", sql`${t.name} gin_trgm_ops`)],
);

export const leistung = pgTable(
  "leistung",
  {
    id: serial("id").primaryKey(),
    documentId: text("document_id").notNull(),
    locale: varchar("locale", { length: 5 }).notNull(),
    slug: text("slug").notNull(),
    leikaSchluessel: varchar("leika_schluessel", { length: 14 }).notNull(),
    titel: text("titel").notNull(),
    bezeichnung: text("bezeichnung"),
    kurztext: text("kurztext").notNull(),
    suchbegriffe: text("suchbegriffe").notNull().default(""),
    module: jsonb("module").$type<Leistungsmodule>().notNull(),
    zustaendigkeit: jsonb("zustaendigkeit").$type<Zustaendigkeitsregel>().notNull(),
    aktualisiertAm: timestamp("aktualisiert_am", { withTimezone: true }).notNull().defaultNow(),
    /** Weighted German full-text vector: title and synonyms first, then short and full text. */
    suchvektor: tsvector("suchvektor").generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(titel, '') || ' ' || coalesce(suchbegriffe, '')), 'A') || setweight(to_tsvector('german', coalesce(bezeichnung, '')), 'B') || setweight(to_tsvector('german', coalesce(kurztext, '')), 'C') || setweight(to_tsvector('german', coalesce(module->>'volltext', '')), 'D')`,
    ),
  },
  (t) => [
    uniqueIndex("leistung_document_locale").on(t.documentId, t.locale),
    uniqueIndex("leistung_slug_locale").on(t.slug, t.locale),
    index("leistung_suchvektor").using("gin", t.suchvektor),
  ],
);

export const lebenslage = pgTable(
  "lebenslage",
  {
    documentId: text("document_id").notNull(),
    locale: varchar("locale", { length: 5 }).notNull(),
    slug: text("slug").notNull(),
    titel: text("titel").notNull(),
    beschreibung: text("beschreibung"),
    parentDocumentId: text("parent_document_id"),
    reihenfolge: integer("reihenfolge").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.locale] }),
    uniqueIndex("lebenslage_slug_locale").on(t.slug, t.locale),
  ],
);

/** Which Lebenslagen a Leistung belongs to (by document, language-independent). */
export const leistungLebenslage = pgTable(
  "leistung_lebenslage",
  {
    leistungDocumentId: text("leistung_document_id").notNull(),
    lebenslageDocumentId: text("lebenslage_document_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.leistungDocumentId, t.lebenslageDocumentId] }),
    index("leistung_lebenslage_lebenslage").on(t.lebenslageDocumentId),
  ],
);

export const seite = pgTable(
  "seite",
  {
    documentId: text("document_id").notNull(),
    locale: varchar("locale", { length: 5 }).notNull(),
    slug: text("slug").notNull(),
    titel: text("titel").notNull(),
    inhalt: text("inhalt").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.locale] }),
    uniqueIndex("seite_slug_locale").on(t.slug, t.locale),
  ],
);

export const meldung = pgTable(
  "meldung",
  {
    documentId: text("document_id").notNull(),
    locale: varchar("locale", { length: 5 }).notNull(),
    slug: text("slug").notNull(),
    titel: text("titel").notNull(),
    datum: date("datum").notNull(),
    teaser: text("teaser"),
    inhalt: text("inhalt").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.locale] }),
    uniqueIndex("meldung_slug_locale").on(t.slug, t.locale),
  ],
);

/**
 * Materialised responsibility (XZuFi: Zuständigkeit = Leistung × Organisationseinheit × Gebiet[ARS]):
 * for every Leistung, municipality and case of the rule the responsible Organisationseinheit, derived
 * from the Leistung's rule by `materialiseZustaendigkeiten` (services/zustaendigkeit.ts).
 */
export const zustaendigkeit = pgTable(
  "zustaendigkeit",
  {
    leistungDocumentId: text("leistung_document_id").notNull(),
    gemeindeArs: varchar("gemeinde_ars", { length: 12 }).notNull(),
    /** Which case of the rule (0: the rule itself; 1…: its further cases, each with a condition). */
    fall: integer("fall").notNull().default(0),
    organisationseinheit: text("organisationseinheit").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.leistungDocumentId, t.gemeindeArs, t.fall] }),
    index("zustaendigkeit_organisationseinheit").on(t.organisationseinheit),
  ],
);
