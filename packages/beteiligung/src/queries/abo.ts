import type { Db } from "@portal/db/client";
import { and, eq, gt, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { abo, phasenMeldung, verfahren } from "../schema.ts";

export type AboZeile = typeof abo.$inferSelect;

/**
 * Creates the subscription of an address to a procedure, or, when there is one, gives it a new
 * confirmation token (a confirmed one stays confirmed). Returns the row's id.
 */
export async function legeAboAn(
  db: Db,
  werte: {
    id: string;
    verfahrenId: string;
    email: string;
    sprache: "de" | "en";
    bestaetigungHash: string;
    bestaetigungGueltigBis: Date;
    abmeldeHash: string;
    erstellt: Date;
  },
): Promise<{ id: string }> {
  const [zeile] = await db
    .insert(abo)
    .values(werte)
    .onConflictDoUpdate({
      target: [abo.verfahrenId, abo.email],
      set: {
        bestaetigungHash: werte.bestaetigungHash,
        bestaetigungGueltigBis: werte.bestaetigungGueltigBis,
        // The language of the latest request, until the address is confirmed.
        sprache: sql`case when ${abo.bestaetigtUm} is null then excluded.sprache else ${abo.sprache} end`,
      },
    })
    .returning({ id: abo.id });
  if (!zeile) throw new Error("beteiligung: subscription not stored");
  return zeile;
}

/** Confirms with a valid, unused token; null when none matches. */
export async function loeseAboBestaetigungEin(
  db: Db,
  params: { bestaetigungHash: string; jetzt: Date },
): Promise<AboZeile | null> {
  const [zeile] = await db
    .update(abo)
    .set({
      bestaetigtUm: sql`coalesce(${abo.bestaetigtUm}, ${params.jetzt.toISOString()}::timestamptz)`,
      // The hash stays, so that a second click is told "already confirmed".
      bestaetigungGueltigBis: null,
    })
    .where(
      and(
        eq(abo.bestaetigungHash, params.bestaetigungHash),
        gt(abo.bestaetigungGueltigBis, params.jetzt),
      ),
    )
    .returning();
  return zeile ?? null;
}

export async function ladeAboNachBestaetigung(db: Db, params: { bestaetigungHash: string }) {
  const [zeile] = await db
    .select()
    .from(abo)
    .where(eq(abo.bestaetigungHash, params.bestaetigungHash));
  return zeile ?? null;
}

/** Ends a subscription (the row and its address go); the procedure's id, or null. */
export async function loescheAbo(db: Db, params: { abmeldeHash: string }) {
  const [zeile] = await db
    .delete(abo)
    .where(eq(abo.abmeldeHash, params.abmeldeHash))
    .returning({ verfahrenId: abo.verfahrenId });
  return zeile ?? null;
}

/** Unconfirmed subscriptions whose link expired: their addresses are not kept for nothing. */
export async function loescheUnbestaetigteAbos(db: Db, params: { jetzt: Date }) {
  return db
    .delete(abo)
    .where(and(isNull(abo.bestaetigtUm), lt(abo.bestaetigungGueltigBis, params.jetzt)))
    .returning({ id: abo.id });
}

/** Confirmed subscribers of a procedure who subscribed before `vor`. */
export function findeAbonnenten(db: Db, params: { verfahrenId: string; vor: Date }) {
  return db
    .select({ id: abo.id, email: abo.email, sprache: abo.sprache })
    .from(abo)
    .where(
      and(
        eq(abo.verfahrenId, params.verfahrenId),
        isNotNull(abo.bestaetigtUm),
        lt(abo.erstellt, params.vor),
      ),
    );
}

/** The procedures that are not archived, with their phases (for the phase announcements). */
export function findeVerfahrenMitPhasen(db: Db) {
  return db
    .select({
      documentId: verfahren.documentId,
      slug: verfahren.slug,
      titel: verfahren.titel,
      phasen: verfahren.phasen,
    })
    .from(verfahren)
    .where(eq(verfahren.archiviert, false));
}

/**
 * Records that a phase's beginning is announced; false when it already was (by an earlier run
 * or a worker racing this one, whose transaction holds the row).
 */
export async function merkePhasenMeldung(
  db: Db,
  params: { verfahrenId: string; phaseId: string; jetzt: Date },
): Promise<boolean> {
  const zeilen = await db
    .insert(phasenMeldung)
    .values({ verfahrenId: params.verfahrenId, phaseId: params.phaseId, gemeldet: params.jetzt })
    .onConflictDoNothing()
    .returning({ phaseId: phasenMeldung.phaseId });
  return zeilen.length > 0;
}
