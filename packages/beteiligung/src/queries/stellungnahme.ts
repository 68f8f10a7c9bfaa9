import type { Db } from "@portal/db/client";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { anhang, beitrag, mitzeichnung } from "../schema.ts";

export type AnhangZeile = typeof anhang.$inferSelect;

/** The statement's own columns (consent, submitter, institution), set right after its insert. */
export async function setzeStellungnahmeAngaben(
  db: Db,
  params: {
    id: string;
    einwilligungUm: Date;
    einwilligungFassung: string;
    einreicherName: string | null;
    einreicherStrasse: string | null;
    einreicherPlz: string | null;
    einreicherOrt: string | null;
    institutionId: string | null;
    institutionName: string | null;
  },
): Promise<void> {
  const { id, ...werte } = params;
  await db.update(beitrag).set(werte).where(eq(beitrag.id, id));
}

export async function fuegeAnhangEin(
  db: Db,
  werte: typeof anhang.$inferInsert,
): Promise<AnhangZeile> {
  const [zeile] = await db.insert(anhang).values(werte).returning();
  if (!zeile) throw new Error("beteiligung: insert returned no row");
  return zeile;
}

export async function anhaengeDesBeitrags(
  db: Db,
  params: { beitragId: string },
): Promise<AnhangZeile[]> {
  return db
    .select()
    .from(anhang)
    .where(eq(anhang.beitragId, params.beitragId))
    .orderBy(asc(anhang.erstellt), asc(anhang.name), asc(anhang.id));
}

/** A statement by id for its submitter: the account's own, or (kontoId null) one without account. */
export async function ladeEigenenBeitrag(db: Db, params: { id: string; kontoId: string | null }) {
  const [zeile] = await db
    .select()
    .from(beitrag)
    .where(
      and(
        eq(beitrag.id, params.id),
        eq(beitrag.art, "stellungnahme"),
        params.kontoId === null ? isNull(beitrag.kontoId) : eq(beitrag.kontoId, params.kontoId),
      ),
    );
  return zeile ?? null;
}

/** An attachment with its contribution's procedure, if that is one of `verfahrenIds`. */
export async function ladeAnhangFuerVerfahren(
  db: Db,
  params: { anhangId: string; verfahrenIds: string[] },
) {
  if (params.verfahrenIds.length === 0) return null;
  const [zeile] = await db
    .select({ anhang, verfahrenId: beitrag.verfahrenId })
    .from(anhang)
    .innerJoin(beitrag, eq(beitrag.id, anhang.beitragId))
    .where(and(eq(anhang.id, params.anhangId), inArray(beitrag.verfahrenId, params.verfahrenIds)));
  return zeile ?? null;
}

/** Records a co-signature; false when this person had already co-signed. */
export async function fuegeMitzeichnungEin(
  db: Db,
  werte: { beitragId: string; person: string; name: string | null; erstellt: Date },
): Promise<boolean> {
  const zeilen = await db
    .insert(mitzeichnung)
    .values(werte)
    .onConflictDoNothing()
    .returning({ person: mitzeichnung.person });
  return zeilen.length > 0;
}

export async function zaehleMitzeichnungen(
  db: Db,
  params: { beitragIds: string[] },
): Promise<{ beitragId: string; anzahl: number }[]> {
  if (params.beitragIds.length === 0) return [];
  return db
    .select({ beitragId: mitzeichnung.beitragId, anzahl: count() })
    .from(mitzeichnung)
    .where(inArray(mitzeichnung.beitragId, params.beitragIds))
    .groupBy(mitzeichnung.beitragId);
}

export async function ladeMitzeichnung(db: Db, params: { beitragId: string; person: string }) {
  const [zeile] = await db
    .select()
    .from(mitzeichnung)
    .where(
      and(eq(mitzeichnung.beitragId, params.beitragId), eq(mitzeichnung.person, params.person)),
    );
  return zeile ?? null;
}
