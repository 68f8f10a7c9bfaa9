import { pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";

/**
 * A citizen's report of a barrier on the portal, sent through the feedback route that the
 * accessibility statement must offer (§ 4 BfWebG, Art. 7 Directive (EU) 2016/2102). Citizen data:
 * written by the portal, never by the CMS sync.
 */
export const barrieremeldung = pgTable("barrieremeldung", {
  id: serial("id").primaryKey(),
  eingegangenAm: timestamp("eingegangen_am", { withTimezone: true }).notNull().defaultNow(),
  sprache: varchar("sprache", { length: 5 }).notNull(),
  seite: text("seite"),
  beschreibung: text("beschreibung").notNull(),
  name: text("name"),
  email: text("email"),
});
