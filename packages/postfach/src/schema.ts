import { konto, organisation } from "@portal/auth/schema";
import { sql } from "drizzle-orm";
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

const zeit = (name: string) => timestamp(name, { withTimezone: true });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * A message from an Organisationseinheit to one citizen account or one organisation (exactly
 * one of the two). The sender's name is kept as it was when sending: the catalogue's entry may
 * change or go, the letter stays as it was written. `verfahren` refers to the procedure the
 * message belongs to (e.g. "antrag:…"), when there is one.
 */
export const nachricht = pgTable(
  "nachricht",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kontoId: uuid("konto_id").references(() => konto.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").references(() => organisation.id, {
      onDelete: "cascade",
    }),
    absenderOeSchluessel: text("absender_oe_schluessel").notNull(),
    absenderName: text("absender_name").notNull(),
    betreff: text("betreff").notNull(),
    text: text("text").notNull(),
    verfahren: text("verfahren"),
    gesendetAm: zeit("gesendet_am").notNull().defaultNow(),
    gelesenAm: zeit("gelesen_am"),
  },
  (t) => [
    index("nachricht_konto").on(t.kontoId, t.gesendetAm.desc()),
    index("nachricht_organisation").on(t.organisationId, t.gesendetAm.desc()),
    index("nachricht_absender").on(t.absenderOeSchluessel, t.gesendetAm.desc()),
    check("nachricht_empfaenger", sql`num_nonnulls(${t.kontoId}, ${t.organisationId}) = 1`),
  ],
);

/** A file attached to a message, stored in the database with it (deleted with it). */
export const nachrichtAnhang = pgTable(
  "nachricht_anhang",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    nachrichtId: uuid("nachricht_id")
      .notNull()
      .references(() => nachricht.id, { onDelete: "cascade" }),
    dateiname: text("dateiname").notNull(),
    medientyp: text("medientyp").notNull(),
    groesse: integer("groesse").notNull(),
    inhalt: bytea("inhalt").notNull(),
  },
  (t) => [index("nachricht_anhang_nachricht").on(t.nachrichtId)],
);
