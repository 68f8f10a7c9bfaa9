import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

const zeit = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A citizen's account (Servicekonto). Citizen data: written by the portal only. The address is
 * stored normalised (trimmed, NFC, lower-cased; see normalisiereEmail), so that the unique index
 * holds one account per address however it is typed.
 */
export const konto = pgTable(
  "konto",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null for an account opened with the eID that has not given an address (yet). */
    email: text("email").unique(),
    /** argon2id in PHC format; null for an account without a password (e.g. eID only). */
    passwortHash: text("passwort_hash"),
    emailBestaetigtAm: zeit("email_bestaetigt_am"),
    sprache: text("sprache", { enum: ["de", "en"] })
      .notNull()
      .default("de"),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    zuletztAngemeldetAm: zeit("zuletzt_angemeldet_am"),
    passwortGeaendertAm: zeit("passwort_geaendert_am"),
    /** When the inactivity warning went out (reset by the next sign-in); see the deletion job. */
    inaktivGewarntAm: zeit("inaktiv_gewarnt_am"),
  },
  (t) => [check("konto_sprache", sql`${t.sprache} in ('de', 'en')`)],
);

/**
 * A signed-in session. The id is the SHA-256 of the token in the user's cookie: the raw token is
 * stored nowhere, so a copy of the database (a backup, a replica) cannot be used to take over a
 * session. Sessions end absolutely at `laeuftAbAm` and after idling (see services/sitzung.ts).
 */
export const sitzung = pgTable(
  "sitzung",
  {
    id: text("id").primaryKey(),
    kontoId: uuid("konto_id")
      .notNull()
      .references(() => konto.id, { onDelete: "cascade" }),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    zuletztAktivAm: zeit("zuletzt_aktiv_am").notNull(),
    laeuftAbAm: zeit("laeuft_ab_am").notNull(),
    widerrufenAm: zeit("widerrufen_am"),
    /** The browser's user agent as sent, cut to 200 characters: for the "your sessions" page. */
    geraet: text("geraet"),
    /**
     * Where the session is valid: the citizen pages or the staff area (`/verwaltung`, only after
     * the second factor). A session of one is never accepted by the other.
     */
    bereich: text("bereich", { enum: ["buergerkonto", "verwaltung"] })
      .notNull()
      .default("buergerkonto"),
    /**
     * The assurance level of the sign-in (eIDAS Art. 8): "niedrig" for a password, the eID's
     * "substanziell" or "hoch". Carried into every procedure begun in the session.
     */
    vertrauensniveau: text("vertrauensniveau", { enum: ["niedrig", "substanziell", "hoch"] })
      .notNull()
      .default("niedrig"),
    /** The organisation the citizen acts for in this session, if any (a membership is checked). */
    organisationId: uuid("organisation_id").references(() => organisation.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    index("sitzung_konto_id").on(t.kontoId),
    check("sitzung_bereich", sql`${t.bereich} in ('buergerkonto', 'verwaltung')`),
    check(
      "sitzung_vertrauensniveau",
      sql`${t.vertrauensniveau} in ('niedrig', 'substanziell', 'hoch')`,
    ),
  ],
);

/**
 * A one-time token sent by mail (address confirmation, password reset). Like sessions, only the
 * SHA-256 of the token is stored, so reading the table does not let anyone use a link.
 */
export const kontoToken = pgTable(
  "konto_token",
  {
    id: text("id").primaryKey(),
    kontoId: uuid("konto_id")
      .notNull()
      .references(() => konto.id, { onDelete: "cascade" }),
    zweck: text("zweck", {
      enum: ["email-bestaetigung", "passwort-zuruecksetzen"],
    }).notNull(),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    laeuftAbAm: zeit("laeuft_ab_am").notNull(),
    verbrauchtAm: zeit("verbraucht_am"),
  },
  (t) => [
    index("konto_token_konto_id").on(t.kontoId),
    check("konto_token_zweck", sql`${t.zweck} in ('email-bestaetigung', 'passwort-zuruecksetzen')`),
  ],
);

/**
 * The security log of the accounts: sign-ins, failed attempts, password changes. Append-only — a
 * trigger (migration 0007_servicekonto) refuses UPDATE, DELETE and TRUNCATE, so not even the
 * portal can rewrite what happened. `kontoId` has no foreign key on purpose: the events outlive a
 * deleted account (a random uuid identifies no one once the account is gone). `details` must
 * hold no personal data (no address, no IP, no password), since it cannot be deleted.
 */
export const sicherheitsereignis = pgTable(
  "sicherheitsereignis",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kontoId: uuid("konto_id"),
    art: text("art").notNull(),
    zeitpunkt: zeit("zeitpunkt").notNull().defaultNow(),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [index("sicherheitsereignis_konto_id").on(t.kontoId, t.zeitpunkt)],
);

/** The postal address of a profile or an eID identity. `ags` is the resolved municipality. */
export type Anschrift = {
  strasse: string;
  plz: string;
  ort: string;
  /** Amtlicher Gemeindeschlüssel (8 digits) when the place lies in Saxony and was resolved. */
  ags: string | null;
  /** ISO 3166-1 alpha-2; "DE" for German addresses. */
  land: string;
};

/**
 * What a citizen keeps about themselves for forms to prefill (typed by them, unverified). The
 * address's municipality is resolved to its AGS when it is saved, so procedures can find the
 * responsible authority without asking again.
 */
export const profil = pgTable("profil", {
  kontoId: uuid("konto_id")
    .primaryKey()
    .references(() => konto.id, { onDelete: "cascade" }),
  vorname: text("vorname"),
  nachname: text("nachname"),
  strasse: text("strasse"),
  plz: varchar("plz", { length: 5 }),
  ort: text("ort"),
  ags: varchar("ags", { length: 8 }),
  geburtsdatum: date("geburtsdatum", { mode: "string" }),
  telefon: text("telefon"),
  geaendertAm: zeit("geaendert_am").notNull().defaultNow(),
});

/**
 * The identity an eID sign-in verified for an account: the attributes the ID card released
 * (PAuswG § 18 with § 5 PAuswV; the broker passes them as OpenID Connect claims) and the
 * assurance level. `pseudonym` is the card's service-specific identifier (the `sub` of the
 * ID token), unique per issuer: it finds the account at the next eID sign-in.
 */
export const eidIdentitaet = pgTable(
  "eid_identitaet",
  {
    kontoId: uuid("konto_id")
      .primaryKey()
      .references(() => konto.id, { onDelete: "cascade" }),
    aussteller: text("aussteller").notNull(),
    pseudonym: text("pseudonym").notNull(),
    vertrauensniveau: text("vertrauensniveau", { enum: ["substanziell", "hoch"] }).notNull(),
    vornamen: text("vornamen").notNull(),
    familienname: text("familienname").notNull(),
    geburtsname: text("geburtsname"),
    geburtsdatum: date("geburtsdatum", { mode: "string" }),
    geburtsort: text("geburtsort"),
    staatsangehoerigkeit: text("staatsangehoerigkeit"),
    anschrift: jsonb("anschrift").$type<Anschrift>(),
    verifiziertAm: zeit("verifiziert_am").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("eid_identitaet_pseudonym").on(t.aussteller, t.pseudonym),
    check(
      "eid_identitaet_vertrauensniveau",
      sql`${t.vertrauensniveau} in ('substanziell', 'hoch')`,
    ),
  ],
);

/**
 * Temporäre Identifikation: an eID identification for one procedure without an account. Only
 * the attributes that procedure asked for are kept, bound to its reference (`verfahren`, e.g.
 * "antrag:…"); an identification no procedure took up by `laeuftAbAm` is deleted.
 */
export const einmaligeIdentifikation = pgTable(
  "einmalige_identifikation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    verfahren: text("verfahren").notNull(),
    vertrauensniveau: text("vertrauensniveau", { enum: ["substanziell", "hoch"] }).notNull(),
    attribute: jsonb("attribute").$type<Record<string, unknown>>().notNull(),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    laeuftAbAm: zeit("laeuft_ab_am").notNull(),
  },
  (t) => [
    index("einmalige_identifikation_verfahren").on(t.verfahren),
    check(
      "einmalige_identifikation_vertrauensniveau",
      sql`${t.vertrauensniveau} in ('substanziell', 'hoch')`,
    ),
  ],
);

/** A company, association or other organisation that acts through its members' accounts. */
export const organisation = pgTable(
  "organisation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    art: text("art", { enum: ["unternehmen", "verein", "sonstige"] }).notNull(),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
  },
  (t) => [check("organisation_art", sql`${t.art} in ('unternehmen', 'verein', 'sonstige')`)],
);

/** A member of an organisation: "inhaber" manage members; every member acts for it. */
export const mitgliedschaft = pgTable(
  "mitgliedschaft",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    kontoId: uuid("konto_id")
      .notNull()
      .references(() => konto.id, { onDelete: "cascade" }),
    rolle: text("rolle", { enum: ["inhaber", "mitglied"] }).notNull(),
    seit: zeit("seit").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.kontoId] }),
    index("mitgliedschaft_konto_id").on(t.kontoId),
    check("mitgliedschaft_rolle", sql`${t.rolle} in ('inhaber', 'mitglied')`),
  ],
);

/**
 * An invitation to join an organisation, sent by mail. Like every mailed token, only its
 * SHA-256 is stored (`id`).
 */
export const einladung = pgTable(
  "einladung",
  {
    id: text("id").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    rolle: text("rolle", { enum: ["inhaber", "mitglied"] }).notNull(),
    eingeladenVon: uuid("eingeladen_von").references(() => konto.id, { onDelete: "set null" }),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    laeuftAbAm: zeit("laeuft_ab_am").notNull(),
    angenommenAm: zeit("angenommen_am"),
  },
  (t) => [
    index("einladung_organisation_id").on(t.organisationId),
    check("einladung_rolle", sql`${t.rolle} in ('inhaber', 'mitglied')`),
  ],
);

/**
 * A staff member of an authority: an account (address and password, like a citizen's) that an
 * administrator created, with a TOTP second factor (RFC 6238) required for `/verwaltung`. The
 * TOTP secret is stored encrypted (AES-256-GCM, key derived from NEXTAUTH_SECRET);
 * `totpLetzterSchritt` is the last accepted time step, so a code works only once.
 */
export const mitarbeiter = pgTable("mitarbeiter", {
  kontoId: uuid("konto_id")
    .primaryKey()
    .references(() => konto.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  totpGeheimnis: text("totp_geheimnis"),
  totpAktiviertAm: zeit("totp_aktiviert_am"),
  totpLetzterSchritt: bigint("totp_letzter_schritt", { mode: "number" }),
  deaktiviertAm: zeit("deaktiviert_am"),
});

/** The roles of the staff area. */
export const ROLLEN = ["sachbearbeitung", "kasse", "beteiligung", "admin"] as const;

/**
 * A staff member's role in one Organisationseinheit. `oeSchluessel` names the authority of the
 * catalogue (organisationseinheit.schluessel) without a foreign key: the catalogue is a read
 * model rebuilt from the CMS, and a resync must not fail on (or delete) staff assignments.
 */
export const mitarbeiterRolle = pgTable(
  "mitarbeiter_rolle",
  {
    kontoId: uuid("konto_id")
      .notNull()
      .references(() => mitarbeiter.kontoId, { onDelete: "cascade" }),
    oeSchluessel: text("oe_schluessel").notNull(),
    rolle: text("rolle", { enum: ROLLEN }).notNull(),
    seit: zeit("seit").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.kontoId, t.oeSchluessel, t.rolle] }),
    check(
      "mitarbeiter_rolle_rolle",
      sql`${t.rolle} in ('sachbearbeitung', 'kasse', 'beteiligung', 'admin')`,
    ),
  ],
);

/**
 * Staff access to personal data (DSGVO Art. 5(2), 30; SächsDSDG): who in which authority read or
 * changed what about whom, when. Append-only like the security log (trigger in the migration);
 * no foreign keys, so it outlives the accounts it names.
 */
export const zugriffsprotokoll = pgTable(
  "zugriffsprotokoll",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    mitarbeiterKontoId: uuid("mitarbeiter_konto_id").notNull(),
    oeSchluessel: text("oe_schluessel").notNull(),
    aktion: text("aktion").notNull(),
    /** What was accessed, as "art:id" (e.g. "nachricht:…"). */
    gegenstand: text("gegenstand").notNull(),
    betroffenesKontoId: uuid("betroffenes_konto_id"),
    zeitpunkt: zeit("zeitpunkt").notNull().defaultNow(),
  },
  (t) => [
    index("zugriffsprotokoll_betroffen").on(t.betroffenesKontoId, t.zeitpunkt),
    index("zugriffsprotokoll_mitarbeiter").on(t.mitarbeiterKontoId, t.zeitpunkt),
  ],
);
