import type { Db } from "@portal/db/client";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { einladung, konto, mitgliedschaft, organisation, sitzung } from "../schema.ts";

// Organisationen (issue 8): plain reads and writes, no rules (see services/organisation.ts).

export async function insertOrganisation(db: Db, neu: typeof organisation.$inferInsert) {
  const [row] = await db.insert(organisation).values(neu).returning();
  if (!row) throw new Error("organisation not inserted");
  return row;
}

/** Inserts a membership; undefined when the account is a member already. */
export async function insertMitgliedschaft(db: Db, neu: typeof mitgliedschaft.$inferInsert) {
  const [row] = await db.insert(mitgliedschaft).values(neu).onConflictDoNothing().returning();
  return row;
}

/** The organisation of an id with the role of `kontoId` in it; undefined unless a member. */
export async function findOrganisationFuerMitglied(
  db: Db,
  { id, kontoId }: { id: string; kontoId: string },
) {
  const [row] = await db
    .select({
      id: organisation.id,
      name: organisation.name,
      art: organisation.art,
      rolle: mitgliedschaft.rolle,
    })
    .from(organisation)
    .innerJoin(mitgliedschaft, eq(mitgliedschaft.organisationId, organisation.id))
    .where(and(eq(organisation.id, id), eq(mitgliedschaft.kontoId, kontoId)));
  return row;
}

export async function findOrganisation(db: Db, { id }: { id: string }) {
  const [row] = await db.select().from(organisation).where(eq(organisation.id, id));
  return row;
}

/** The organisations of an account with its role, by name. */
export async function listOrganisationenVonKonto(db: Db, { kontoId }: { kontoId: string }) {
  return db
    .select({
      id: organisation.id,
      name: organisation.name,
      art: organisation.art,
      rolle: mitgliedschaft.rolle,
    })
    .from(mitgliedschaft)
    .innerJoin(organisation, eq(organisation.id, mitgliedschaft.organisationId))
    .where(eq(mitgliedschaft.kontoId, kontoId))
    .orderBy(asc(organisation.name), asc(organisation.id));
}

export async function listMitglieder(db: Db, { organisationId }: { organisationId: string }) {
  return db
    .select({
      kontoId: mitgliedschaft.kontoId,
      email: konto.email,
      rolle: mitgliedschaft.rolle,
      seit: mitgliedschaft.seit,
    })
    .from(mitgliedschaft)
    .innerJoin(konto, eq(konto.id, mitgliedschaft.kontoId))
    .where(eq(mitgliedschaft.organisationId, organisationId))
    .orderBy(asc(mitgliedschaft.seit), asc(konto.email));
}

/**
 * The memberships of an organisation's owners, locked until the transaction ends (FOR UPDATE),
 * so that two owners removing each other at once cannot leave it without one.
 */
export async function sperreInhaber(db: Db, { organisationId }: { organisationId: string }) {
  return db
    .select({ kontoId: mitgliedschaft.kontoId })
    .from(mitgliedschaft)
    .where(
      and(eq(mitgliedschaft.organisationId, organisationId), eq(mitgliedschaft.rolle, "inhaber")),
    )
    .for("update");
}

export async function updateRolle(
  db: Db,
  p: { organisationId: string; kontoId: string; rolle: "inhaber" | "mitglied" },
) {
  const rows = await db
    .update(mitgliedschaft)
    .set({ rolle: p.rolle })
    .where(
      and(
        eq(mitgliedschaft.organisationId, p.organisationId),
        eq(mitgliedschaft.kontoId, p.kontoId),
      ),
    )
    .returning({ kontoId: mitgliedschaft.kontoId });
  return rows.length > 0;
}

export async function deleteMitgliedschaft(
  db: Db,
  { organisationId, kontoId }: { organisationId: string; kontoId: string },
) {
  const rows = await db
    .delete(mitgliedschaft)
    .where(
      and(eq(mitgliedschaft.organisationId, organisationId), eq(mitgliedschaft.kontoId, kontoId)),
    )
    .returning({ kontoId: mitgliedschaft.kontoId });
  return rows.length > 0;
}

/** Stops the account's sessions acting for the organisation (after it left or was removed). */
export async function loeseSitzungenVonOrganisation(
  db: Db,
  { organisationId, kontoId }: { organisationId: string; kontoId: string },
) {
  await db
    .update(sitzung)
    .set({ organisationId: null })
    .where(and(eq(sitzung.kontoId, kontoId), eq(sitzung.organisationId, organisationId)));
}

/** Sets the organisation one session of an account acts for; false when no such session. */
export async function setzeSitzungsorganisation(
  db: Db,
  p: { sitzungId: string; kontoId: string; organisationId: string | null },
) {
  const rows = await db
    .update(sitzung)
    .set({ organisationId: p.organisationId })
    .where(
      and(
        eq(sitzung.id, p.sitzungId),
        eq(sitzung.kontoId, p.kontoId),
        isNull(sitzung.widerrufenAm),
      ),
    )
    .returning({ id: sitzung.id });
  return rows.length > 0;
}

export async function insertEinladung(db: Db, neu: typeof einladung.$inferInsert) {
  await db.insert(einladung).values(neu);
}

/** An invitation by its hash, with its organisation's name. */
export async function findEinladung(db: Db, { id }: { id: string }) {
  const [row] = await db
    .select({ einladung, organisationName: organisation.name })
    .from(einladung)
    .innerJoin(organisation, eq(organisation.id, einladung.organisationId))
    .where(eq(einladung.id, id));
  return row;
}

/** Marks an invitation accepted unless it was already; false when another request was first. */
export async function verbraucheEinladung(db: Db, { id, jetzt }: { id: string; jetzt: Date }) {
  const rows = await db
    .update(einladung)
    .set({ angenommenAm: jetzt })
    .where(and(eq(einladung.id, id), isNull(einladung.angenommenAm)))
    .returning({ id: einladung.id });
  return rows.length > 0;
}

/** Whether an account is a member (for the act-for check on every request). */
export async function istMitglied(
  db: Db,
  { organisationId, kontoId }: { organisationId: string; kontoId: string },
) {
  const [row] = await db
    .select({ eins: sql<number>`1` })
    .from(mitgliedschaft)
    .where(
      and(eq(mitgliedschaft.organisationId, organisationId), eq(mitgliedschaft.kontoId, kontoId)),
    );
  return row !== undefined;
}
