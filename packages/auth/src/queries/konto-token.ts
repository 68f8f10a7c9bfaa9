import type { Db } from "@portal/db/client";
import { and, eq, isNull } from "drizzle-orm";
import { kontoToken } from "../schema.ts";

export type Zweck = (typeof kontoToken.$inferSelect)["zweck"];

export async function insertKontoToken(db: Db, neu: typeof kontoToken.$inferInsert) {
  await db.insert(kontoToken).values(neu);
}

/** The token row of a hash for one purpose (a reset link is no confirmation link), or undefined. */
export async function findKontoToken(db: Db, { id, zweck }: { id: string; zweck: Zweck }) {
  const [row] = await db
    .select()
    .from(kontoToken)
    .where(and(eq(kontoToken.id, id), eq(kontoToken.zweck, zweck)));
  return row;
}

/**
 * Marks one token used, unless it was already: true when this call used it. A conditional
 * update, so two requests with the same link cannot both succeed.
 */
export async function verbraucheKontoToken(db: Db, { id, jetzt }: { id: string; jetzt: Date }) {
  const rows = await db
    .update(kontoToken)
    .set({ verbrauchtAm: jetzt })
    .where(and(eq(kontoToken.id, id), isNull(kontoToken.verbrauchtAm)))
    .returning({ id: kontoToken.id });
  return rows.length === 1;
}

/** Marks every unused token of an account for a purpose used: an older link stops working. */
export async function verbraucheOffeneKontoTokens(
  db: Db,
  { kontoId, zweck, jetzt }: { kontoId: string; zweck: Zweck; jetzt: Date },
) {
  await db
    .update(kontoToken)
    .set({ verbrauchtAm: jetzt })
    .where(
      and(
        eq(kontoToken.kontoId, kontoId),
        eq(kontoToken.zweck, zweck),
        isNull(kontoToken.verbrauchtAm),
      ),
    );
}
