import type { Db } from "@portal/db/client";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import {
  konto,
  mitarbeiter,
  mitarbeiterRolle,
  sicherheitsereignis,
  zugriffsprotokoll,
} from "../schema.ts";
import type { Ereignisart } from "../types.ts";

export type MitarbeiterRow = typeof mitarbeiter.$inferSelect;

export async function insertMitarbeiter(db: Db, neu: typeof mitarbeiter.$inferInsert) {
  await db.insert(mitarbeiter).values(neu);
}

export async function insertMitarbeiterRollen(
  db: Db,
  rollen: (typeof mitarbeiterRolle.$inferInsert)[],
) {
  if (rollen.length > 0) await db.insert(mitarbeiterRolle).values(rollen).onConflictDoNothing();
}

export async function findMitarbeiter(db: Db, { kontoId }: { kontoId: string }) {
  const [row] = await db.select().from(mitarbeiter).where(eq(mitarbeiter.kontoId, kontoId));
  return row;
}

/**
 * The staff row of an account, locked until the end of the transaction (SELECT … FOR UPDATE):
 * code checks of one staff member run one after the other, so parallel guesses cannot slip
 * past the limit of failed attempts.
 */
export async function sperreMitarbeiter(db: Db, { kontoId }: { kontoId: string }) {
  const [row] = await db
    .select()
    .from(mitarbeiter)
    .where(eq(mitarbeiter.kontoId, kontoId))
    .for("update");
  return row;
}

/** A staff member with the account's address; undefined when the account is no staff account. */
export async function findMitarbeiterMitKonto(db: Db, { kontoId }: { kontoId: string }) {
  const [row] = await db
    .select({ mitarbeiter, email: konto.email })
    .from(mitarbeiter)
    .innerJoin(konto, eq(konto.id, mitarbeiter.kontoId))
    .where(eq(mitarbeiter.kontoId, kontoId));
  return row;
}

export async function listMitarbeiterRollen(db: Db, { kontoId }: { kontoId: string }) {
  return db
    .select({ oe: mitarbeiterRolle.oeSchluessel, rolle: mitarbeiterRolle.rolle })
    .from(mitarbeiterRolle)
    .where(eq(mitarbeiterRolle.kontoId, kontoId))
    .orderBy(asc(mitarbeiterRolle.oeSchluessel), asc(mitarbeiterRolle.rolle));
}

/** Stores a new (sealed) secret, unless the second factor is already active. */
export async function setzeTotpGeheimnis(
  db: Db,
  { kontoId, totpGeheimnis }: { kontoId: string; totpGeheimnis: string },
) {
  const rows = await db
    .update(mitarbeiter)
    .set({ totpGeheimnis, totpLetzterSchritt: null })
    .where(and(eq(mitarbeiter.kontoId, kontoId), isNull(mitarbeiter.totpAktiviertAm)))
    .returning({ kontoId: mitarbeiter.kontoId });
  return rows.length === 1;
}

/**
 * Activates the second factor with the step of the first accepted code; false when it was
 * already active (or the staff member is deactivated).
 */
export async function aktiviereTotp(
  db: Db,
  { kontoId, schritt, jetzt }: { kontoId: string; schritt: number; jetzt: Date },
) {
  const rows = await db
    .update(mitarbeiter)
    .set({ totpAktiviertAm: jetzt, totpLetzterSchritt: schritt })
    .where(
      and(
        eq(mitarbeiter.kontoId, kontoId),
        isNull(mitarbeiter.totpAktiviertAm),
        isNotNull(mitarbeiter.totpGeheimnis),
        isNull(mitarbeiter.deaktiviertAm),
      ),
    )
    .returning({ kontoId: mitarbeiter.kontoId });
  return rows.length === 1;
}

/**
 * Records `schritt` as the last accepted time step, only if it is later than the one before:
 * one conditional UPDATE, so of two requests with the same code exactly one succeeds.
 */
export async function verbraucheTotpSchritt(
  db: Db,
  { kontoId, schritt }: { kontoId: string; schritt: number },
) {
  const rows = await db
    .update(mitarbeiter)
    .set({ totpLetzterSchritt: schritt })
    .where(
      and(
        eq(mitarbeiter.kontoId, kontoId),
        isNotNull(mitarbeiter.totpAktiviertAm),
        isNull(mitarbeiter.deaktiviertAm),
        or(isNull(mitarbeiter.totpLetzterSchritt), lt(mitarbeiter.totpLetzterSchritt, schritt)),
      ),
    )
    .returning({ kontoId: mitarbeiter.kontoId });
  return rows.length === 1;
}

export async function updateMitarbeiter(
  db: Db,
  { kontoId, ...aenderung }: { kontoId: string } & Partial<Omit<MitarbeiterRow, "kontoId">>,
) {
  await db.update(mitarbeiter).set(aenderung).where(eq(mitarbeiter.kontoId, kontoId));
}

/** The times of an account's security events of some kinds since `seit`, newest first. */
export async function findEreigniszeiten(
  db: Db,
  {
    kontoId,
    arten,
    seit,
    limit,
  }: { kontoId: string; arten: readonly Ereignisart[]; seit: Date; limit: number },
) {
  const rows = await db
    .select({ zeitpunkt: sicherheitsereignis.zeitpunkt })
    .from(sicherheitsereignis)
    .where(
      and(
        eq(sicherheitsereignis.kontoId, kontoId),
        inArray(sicherheitsereignis.art, [...arten]),
        gte(sicherheitsereignis.zeitpunkt, seit),
      ),
    )
    .orderBy(desc(sicherheitsereignis.zeitpunkt), desc(sicherheitsereignis.id))
    .limit(limit);
  return rows.map((r) => r.zeitpunkt);
}

/** A confirmed account of a normalised address that is not a staff account, or undefined. */
export async function findBestaetigtesBuergerkonto(db: Db, { email }: { email: string }) {
  const [row] = await db
    .select({ id: konto.id, email: konto.email, sprache: konto.sprache })
    .from(konto)
    .leftJoin(mitarbeiter, eq(mitarbeiter.kontoId, konto.id))
    .where(
      and(eq(konto.email, email), isNotNull(konto.emailBestaetigtAm), isNull(mitarbeiter.kontoId)),
    );
  return row;
}

/** Appends an entry to the staff audit log (the table refuses anything but inserts). */
export async function insertZugriff(db: Db, neu: typeof zugriffsprotokoll.$inferInsert) {
  await db.insert(zugriffsprotokoll).values(neu);
}

/** Every Organisationseinheit in which someone holds a role (e.g. to provision their keys). */
export async function listOesMitMitarbeitern(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ oe: mitarbeiterRolle.oeSchluessel })
    .from(mitarbeiterRolle)
    .orderBy(asc(mitarbeiterRolle.oeSchluessel));
  return rows.map((r) => r.oe);
}
