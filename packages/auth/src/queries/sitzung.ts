import type { Db } from "@portal/db/client";
import { and, desc, eq, gt, isNull, lt, ne } from "drizzle-orm";
import { konto, sitzung } from "../schema.ts";

export type SitzungRow = typeof sitzung.$inferSelect;

export async function insertSitzung(db: Db, neu: typeof sitzung.$inferInsert) {
  await db.insert(sitzung).values(neu);
}

/** A session by its hash, with its account; undefined when unknown. No rules: see pruefeSitzung. */
export async function findSitzungMitKonto(db: Db, { id }: { id: string }) {
  const [row] = await db
    .select({
      sitzung,
      konto: { id: konto.id, email: konto.email, sprache: konto.sprache },
    })
    .from(sitzung)
    .innerJoin(konto, eq(konto.id, sitzung.kontoId))
    .where(eq(sitzung.id, id));
  return row;
}

/** Moves `zuletztAktivAm` to `jetzt`, unless another request already moved it past `vor`. */
export async function beruehreSitzung(
  db: Db,
  { id, jetzt, vor }: { id: string; jetzt: Date; vor: Date },
) {
  await db
    .update(sitzung)
    .set({ zuletztAktivAm: jetzt })
    .where(and(eq(sitzung.id, id), lt(sitzung.zuletztAktivAm, vor)));
}

/**
 * Revokes sessions of an account that are not revoked yet: all of them, all but `ausserId`, or
 * only `nurId`. Returns how many. Always scoped to `kontoId`, so an id from a form can only ever
 * end a session of the account that sent it.
 */
export async function widerrufeSitzungen(
  db: Db,
  params: { kontoId: string; jetzt: Date; ausserId?: string; nurId?: string },
) {
  const rows = await db
    .update(sitzung)
    .set({ widerrufenAm: params.jetzt })
    .where(
      and(
        eq(sitzung.kontoId, params.kontoId),
        isNull(sitzung.widerrufenAm),
        params.ausserId === undefined ? undefined : ne(sitzung.id, params.ausserId),
        params.nurId === undefined ? undefined : eq(sitzung.id, params.nurId),
      ),
    )
    .returning({ id: sitzung.id });
  return rows.length;
}

/** Revokes one session by its hash, whoever owns it; returns its account when it was live. */
export async function widerrufeSitzung(db: Db, { id, jetzt }: { id: string; jetzt: Date }) {
  const [row] = await db
    .update(sitzung)
    .set({ widerrufenAm: jetzt })
    .where(and(eq(sitzung.id, id), isNull(sitzung.widerrufenAm)))
    .returning({ kontoId: sitzung.kontoId });
  return row;
}

/**
 * The sessions of one account that are neither revoked nor past their absolute end, newest
 * activity first (idle ones are filtered by the service, which knows the timeout).
 */
export async function listOffeneSitzungen(
  db: Db,
  { kontoId, jetzt }: { kontoId: string; jetzt: Date },
) {
  return db
    .select()
    .from(sitzung)
    .where(
      and(
        eq(sitzung.kontoId, kontoId),
        isNull(sitzung.widerrufenAm),
        gt(sitzung.laeuftAbAm, jetzt),
      ),
    )
    .orderBy(desc(sitzung.zuletztAktivAm));
}
