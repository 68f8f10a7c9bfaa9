import type { Db } from "@portal/db/client";
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, lte, max, or, sql } from "drizzle-orm";
import { anhang, beitrag, bestaetigung, bewertung, meldung, moderation } from "../schema.ts";
import type { Beitragsstatus, Bewertung, Moderationsart } from "../types.ts";

export type BeitragZeile = typeof beitrag.$inferSelect;
export type NeuerBeitrag = typeof beitrag.$inferInsert;

export async function fuegeBeitragEin(db: Db, werte: NeuerBeitrag): Promise<BeitragZeile> {
  const [zeile] = await db.insert(beitrag).values(werte).returning();
  if (!zeile) throw new Error("beteiligung: insert returned no row");
  return zeile;
}

/** A contribution by id; `sperren` locks its row until the transaction ends. */
export async function ladeBeitrag(
  db: Db,
  params: { id: string; sperren?: boolean },
): Promise<BeitragZeile | null> {
  const abfrage = db.select().from(beitrag).where(eq(beitrag.id, params.id));
  const [zeile] = params.sperren ? await abfrage.for("update") : await abfrage;
  return zeile ?? null;
}

export async function setzeBeitragsstatus(
  db: Db,
  params: { id: string; status: Beitragsstatus; jetzt: Date },
): Promise<void> {
  await db
    .update(beitrag)
    .set({ status: params.status, geaendert: params.jetzt })
    .where(eq(beitrag.id, params.id));
}

export async function schreibeModeration(
  db: Db,
  eintrag: {
    beitragId: string;
    vonKontoId: string | null;
    von: Beitragsstatus;
    nach: Beitragsstatus;
    notiz: string | null;
    zeitpunkt: Date;
  },
): Promise<void> {
  await db.insert(moderation).values(eintrag);
}

export async function moderationsverlauf(db: Db, params: { beitragId: string }) {
  return db
    .select()
    .from(moderation)
    .where(eq(moderation.beitragId, params.beitragId))
    .orderBy(asc(moderation.zeitpunkt), asc(moderation.id));
}

export async function legeBestaetigungAn(
  db: Db,
  werte: { tokenHash: string; beitragId: string; moderation: Moderationsart; gueltigBis: Date },
): Promise<void> {
  await db.insert(bestaetigung).values(werte);
}

/**
 * Uses a confirmation once: marks it confirmed if it is unused and valid at `jetzt`, in one
 * statement, so that two clicks at once confirm once. Null when it was not (then see
 * `ladeBestaetigung` for why).
 */
export async function loeseBestaetigungEin(
  db: Db,
  params: { tokenHash: string; jetzt: Date },
): Promise<{ beitragId: string; moderation: Moderationsart } | null> {
  const [zeile] = await db
    .update(bestaetigung)
    .set({ bestaetigtAm: params.jetzt })
    .where(
      and(
        eq(bestaetigung.tokenHash, params.tokenHash),
        isNull(bestaetigung.bestaetigtAm),
        sql`${bestaetigung.gueltigBis} > ${params.jetzt.toISOString()}::timestamptz`,
      ),
    )
    .returning({ beitragId: bestaetigung.beitragId, moderation: bestaetigung.moderation });
  return zeile ?? null;
}

export async function ladeBestaetigung(db: Db, params: { tokenHash: string }) {
  const [zeile] = await db
    .select()
    .from(bestaetigung)
    .where(eq(bestaetigung.tokenHash, params.tokenHash));
  return zeile ?? null;
}

/** Rates, or changes the person's earlier rating (one row per person and contribution). */
export async function speichereBewertung(
  db: Db,
  werte: { beitragId: string; person: string; wert: Bewertung; jetzt: Date },
): Promise<void> {
  await db
    .insert(bewertung)
    .values({
      beitragId: werte.beitragId,
      person: werte.person,
      wert: werte.wert,
      erstellt: werte.jetzt,
      geaendert: werte.jetzt,
    })
    .onConflictDoUpdate({
      target: [bewertung.beitragId, bewertung.person],
      set: { wert: werte.wert, geaendert: werte.jetzt },
    });
}

/** Records a report; false when this person had already reported the contribution. */
export async function fuegeMeldungEin(
  db: Db,
  werte: { beitragId: string; person: string; grund: string; erstellt: Date },
): Promise<boolean> {
  const zeilen = await db
    .insert(meldung)
    .values(werte)
    .onConflictDoNothing()
    .returning({ person: meldung.person });
  return zeilen.length > 0;
}

/** The reports of a contribution, only those made after `seit` when given. */
export async function zaehleMeldungen(
  db: Db,
  params: { beitragId: string; seit?: Date | null },
): Promise<number> {
  const [zeile] = await db
    .select({ n: count() })
    .from(meldung)
    .where(
      and(
        eq(meldung.beitragId, params.beitragId),
        params.seit ? gt(meldung.erstellt, params.seit) : undefined,
      ),
    );
  return zeile?.n ?? 0;
}

/** When staff last released the contribution (to "veroeffentlicht"), or null. */
export async function letzteFreigabe(db: Db, params: { beitragId: string }): Promise<Date | null> {
  const [zeile] = await db
    .select({ zeitpunkt: max(moderation.zeitpunkt) })
    .from(moderation)
    .where(and(eq(moderation.beitragId, params.beitragId), eq(moderation.nach, "veroeffentlicht")));
  return zeile?.zeitpunkt ?? null;
}

const OEFFENTLICH = (verfahrenId: string) =>
  and(
    eq(beitrag.verfahrenId, verfahrenId),
    eq(beitrag.status, "veroeffentlicht"),
    eq(beitrag.oeffentlich, true),
  );

/** A page of the procedure's public top-level contributions, newest first, after a cursor. */
export async function listeOeffentlicheBeitraege(
  db: Db,
  params: { verfahrenId: string; nach?: { erstellt: Date; id: string }; limit: number },
): Promise<BeitragZeile[]> {
  const { nach } = params;
  return db
    .select()
    .from(beitrag)
    .where(
      and(
        OEFFENTLICH(params.verfahrenId),
        isNull(beitrag.elternId),
        nach
          ? or(
              lt(beitrag.erstellt, nach.erstellt),
              and(eq(beitrag.erstellt, nach.erstellt), lt(beitrag.id, nach.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(beitrag.erstellt), desc(beitrag.id))
    .limit(params.limit);
}

/**
 * The public replies below the given contributions, at any depth, oldest first. A reply below a
 * contribution that is not public is not reached (the walk stops at it).
 */
export async function oeffentlicheAntworten(
  db: Db,
  params: { verfahrenId: string; wurzelIds: string[] },
): Promise<BeitragZeile[]> {
  if (params.wurzelIds.length === 0) return [];
  const ids = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE baum AS (
      SELECT b.id FROM ${beitrag} b
      WHERE b.eltern_id IN (${sql.join(
        params.wurzelIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
        AND b.verfahren_id = ${params.verfahrenId}
        AND b.status = 'veroeffentlicht' AND b.oeffentlich
      UNION ALL
      SELECT b.id FROM ${beitrag} b JOIN baum ON b.eltern_id = baum.id
      WHERE b.status = 'veroeffentlicht' AND b.oeffentlich
    )
    SELECT id FROM baum
  `);
  const gefunden = ids.rows.map((r) => r.id);
  if (gefunden.length === 0) return [];
  return db
    .select()
    .from(beitrag)
    .where(inArray(beitrag.id, gefunden))
    .orderBy(asc(beitrag.erstellt), asc(beitrag.id));
}

/** How many ratings of each value the given contributions have. */
export async function bewertungszahlen(
  db: Db,
  params: { beitragIds: string[] },
): Promise<{ beitragId: string; wert: Bewertung; anzahl: number }[]> {
  if (params.beitragIds.length === 0) return [];
  return db
    .select({ beitragId: bewertung.beitragId, wert: bewertung.wert, anzahl: count() })
    .from(bewertung)
    .where(inArray(bewertung.beitragId, params.beitragIds))
    .groupBy(bewertung.beitragId, bewertung.wert);
}

/** What waits for staff in the given procedures, oldest first, with the number of reports. */
export async function listeModeration(
  db: Db,
  params: { verfahrenIds: string[]; status: Beitragsstatus[]; limit: number },
) {
  if (params.verfahrenIds.length === 0 || params.status.length === 0) return [];
  const meldungen = db
    .select({ beitragId: meldung.beitragId, anzahl: count().as("anzahl") })
    .from(meldung)
    .groupBy(meldung.beitragId)
    .as("meldungen");
  return db
    .select({
      beitrag,
      meldungen: sql<number>`coalesce(${meldungen.anzahl}, 0)::int`,
    })
    .from(beitrag)
    .leftJoin(meldungen, eq(meldungen.beitragId, beitrag.id))
    .where(
      and(
        inArray(beitrag.verfahrenId, params.verfahrenIds),
        inArray(beitrag.status, params.status),
      ),
    )
    .orderBy(asc(beitrag.erstellt), asc(beitrag.id))
    .limit(params.limit);
}

/** Contributions of a procedure counted by phase, kind and state. */
export async function zaehleBeitraege(db: Db, params: { verfahrenId: string }) {
  return db
    .select({
      phaseId: beitrag.phaseId,
      art: beitrag.art,
      status: beitrag.status,
      anzahl: count(),
    })
    .from(beitrag)
    .where(eq(beitrag.verfahrenId, params.verfahrenId))
    .groupBy(beitrag.phaseId, beitrag.art, beitrag.status)
    .orderBy(asc(beitrag.phaseId), asc(beitrag.art), asc(beitrag.status));
}

/**
 * Deletes the contributions whose confirmation expired unused, in one transaction: their rows
 * are locked, the Dateiablage keys of their attachments read (the attachment rows go with the
 * contribution by the foreign key's cascade, the files do not), then the rows deleted. The
 * caller removes the files once this has committed.
 */
export async function loescheAbgelaufeneUnbestaetigte(
  db: Db,
  params: { jetzt: Date },
): Promise<{ ids: string[]; ablageSchluessel: string[] }> {
  return db.transaction(async (tx) => {
    const faellig = await tx
      .select({ id: beitrag.id })
      .from(beitrag)
      .innerJoin(bestaetigung, eq(bestaetigung.beitragId, beitrag.id))
      .where(
        and(
          eq(beitrag.status, "unbestaetigt"),
          isNull(bestaetigung.bestaetigtAm),
          lte(bestaetigung.gueltigBis, sql`${params.jetzt.toISOString()}::timestamptz`),
        ),
      )
      .for("update", { of: beitrag });
    const ids = faellig.map((z) => z.id);
    if (ids.length === 0) return { ids, ablageSchluessel: [] };
    const dateien = await tx
      .select({ schluessel: anhang.ablageSchluessel })
      .from(anhang)
      .where(inArray(anhang.beitragId, ids));
    await tx.delete(beitrag).where(inArray(beitrag.id, ids));
    return { ids, ablageSchluessel: dateien.map((d) => d.schluessel) };
  });
}
