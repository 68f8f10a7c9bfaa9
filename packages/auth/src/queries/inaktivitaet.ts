import type { Db } from "@portal/db/client";
import {
  and,
  eq,
  gte,
  isNotNull,
  isNull,
  lt,
  lte,
  notExists,
  notInArray,
  or,
  sql,
} from "drizzle-orm";
import { konto, kontoToken, mitarbeiter } from "../schema.ts";

/** When the account was last used: its last sign-in, or its creation if it never signed in. */
const zuletzt = sql<Date>`coalesce(${konto.zuletztAngemeldetAm}, ${konto.erstelltAm})`;

// Staff accounts are administered by their authority (and deactivated there, never deleted by a
// timer: their actions stay attributable in the access log), so the job leaves them alone.
const keinMitarbeiter = notExists(
  sql`(select 1 from ${mitarbeiter} where ${mitarbeiter.kontoId} = ${konto.id})`,
);

// A warning counts only if it was sent after the last use: a sign-in since then makes it void,
// also where a sign-in path did not reset the column.
const gewarntSeitZuletzt = and(
  isNotNull(konto.inaktivGewarntAm),
  gte(konto.inaktivGewarntAm, zuletzt),
);

/**
 * Accounts last used before `vor` that have no valid warning yet, oldest first (at most `limit`).
 */
export async function findZuWarnende(db: Db, { vor, limit }: { vor: Date; limit: number }) {
  return db
    .select()
    .from(konto)
    .where(
      and(
        lt(zuletzt, vor),
        or(isNull(konto.inaktivGewarntAm), lt(konto.inaktivGewarntAm, zuletzt)),
        keinMitarbeiter,
      ),
    )
    .orderBy(zuletzt, konto.id)
    .limit(limit);
}

/**
 * Records the warning unless the account was used or warned since it was read: true when this
 * call recorded it (a conditional update, so two runs cannot both send the mail).
 */
export async function markiereGewarnt(
  db: Db,
  { id, jetzt, vor }: { id: string; jetzt: Date; vor: Date },
) {
  const rows = await db
    .update(konto)
    .set({ inaktivGewarntAm: jetzt })
    .where(
      and(
        eq(konto.id, id),
        lt(zuletzt, vor),
        or(isNull(konto.inaktivGewarntAm), lt(konto.inaktivGewarntAm, zuletzt)),
      ),
    )
    .returning({ id: konto.id });
  return rows.length === 1;
}

/** Takes a warning back (its mail could not be handed over), so the next run sends it again. */
export async function nimmWarnungZurueck(db: Db, { id, jetzt }: { id: string; jetzt: Date }) {
  await db
    .update(konto)
    .set({ inaktivGewarntAm: null })
    .where(and(eq(konto.id, id), eq(konto.inaktivGewarntAm, jetzt)));
}

/**
 * Accounts last used before `vor` whose warning went out at or before `gewarntVor` (and after
 * the last use), oldest first (at most `limit`), leaving out the ids in `ausser`.
 */
export async function findZuLoeschende(
  db: Db,
  {
    vor,
    gewarntVor,
    ausser = [],
    limit,
  }: { vor: Date; gewarntVor: Date; ausser?: string[]; limit: number },
) {
  return db
    .select()
    .from(konto)
    .where(
      and(
        lt(zuletzt, vor),
        gewarntSeitZuletzt,
        lte(konto.inaktivGewarntAm, gewarntVor),
        keinMitarbeiter,
        ausser.length ? notInArray(konto.id, ausser) : undefined,
      ),
    )
    .orderBy(zuletzt, konto.id)
    .limit(limit);
}

/** Deletes the mailed tokens that expired before `vor`; the number deleted. */
export async function deleteAbgelaufeneKontoTokens(db: Db, { vor }: { vor: Date }) {
  const rows = await db
    .delete(kontoToken)
    .where(lt(kontoToken.laeuftAbAm, vor))
    .returning({ id: kontoToken.id });
  return rows.length;
}
