import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
    email: text("email").notNull().unique(),
    /** argon2id in PHC format; null for an account without a password (e.g. eID only). */
    passwortHash: text("passwort_hash"),
    emailBestaetigtAm: zeit("email_bestaetigt_am"),
    sprache: text("sprache", { enum: ["de", "en"] })
      .notNull()
      .default("de"),
    erstelltAm: zeit("erstellt_am").notNull().defaultNow(),
    zuletztAngemeldetAm: zeit("zuletzt_angemeldet_am"),
    passwortGeaendertAm: zeit("passwort_geaendert_am"),
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
  },
  (t) => [index("sitzung_konto_id").on(t.kontoId)],
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
    zweck: text("zweck", { enum: ["email-bestaetigung", "passwort-zuruecksetzen"] }).notNull(),
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
