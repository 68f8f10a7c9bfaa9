import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import type { Formulardefinition } from "./types.ts";

/**
 * The published versions of every form, immutable: publishing a changed form in the CMS adds a
 * row with the next number, and no row is ever updated (a trigger in the migration refuses
 * UPDATE), because drafts and applications name the version they were filled in. `definition`
 * is the whole checked definition (`pruefeDefinition`), its `version` equal to the row's;
 * `pruefsumme` is the SHA-256 of the definition without its version, so re-publishing an
 * unchanged form adds nothing. `leistung` is the Leistung's slug (from the CMS relation),
 * `cmsDocumentId` the Formular's Strapi document.
 */
export const formularVersion = pgTable(
  "formular_version",
  {
    schluessel: text("schluessel").notNull(),
    version: integer("version").notNull(),
    leistung: text("leistung").notNull(),
    cmsDocumentId: text("cms_document_id"),
    definition: jsonb("definition").$type<Formulardefinition>().notNull(),
    pruefsumme: text("pruefsumme").notNull(),
    veroeffentlichtAm: timestamp("veroeffentlicht_am", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.schluessel, t.version] }),
    index("formular_version_leistung").on(t.leistung, t.version.desc()),
    check("formular_version_positiv", sql`${t.version} > 0`),
  ],
);

/**
 * Forms that are no longer offered: their Formular was unpublished or deleted in the CMS (or its
 * key changed). The versions stay as they were (drafts and applications name them); this marker
 * only says that no new application may start. Publishing the form again removes the marker.
 */
export const formularRueckzug = pgTable("formular_rueckzug", {
  schluessel: text("schluessel").primaryKey(),
  cmsDocumentId: text("cms_document_id"),
  zurueckgezogenAm: timestamp("zurueckgezogen_am", { withTimezone: true }).notNull().defaultNow(),
});
