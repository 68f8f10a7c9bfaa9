import type { Db } from "@portal/db/client";
import { eq } from "drizzle-orm";
import { profil } from "../schema.ts";

export type ProfilRow = typeof profil.$inferSelect;

export async function findProfil(db: Db, { kontoId }: { kontoId: string }) {
  const [row] = await db.select().from(profil).where(eq(profil.kontoId, kontoId));
  return row;
}

/** Writes the whole profile of an account (one row per account). */
export async function upsertProfil(db: Db, neu: typeof profil.$inferInsert) {
  const { kontoId, ...werte } = neu;
  const [row] = await db
    .insert(profil)
    .values(neu)
    .onConflictDoUpdate({ target: profil.kontoId, set: { ...werte, geaendertAm: new Date() } })
    .returning();
  return row;
}
