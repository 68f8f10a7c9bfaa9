import { konto } from "@portal/auth/schema";
import type { Db } from "@portal/db/client";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { antwortBenachrichtigung, beitrag, verfahren } from "../schema.ts";
import type { Beitragsstatus } from "../types.ts";

/**
 * Notes a reply that has just become public for the mail to its parent's author, in the
 * caller's transaction (so it is noted exactly when the reply is public). Anything else (a
 * top-level contribution, a reply not public) is ignored; a reply noted before stays as it was,
 * so a reply released again after being hidden is not mailed twice.
 */
export async function merkeAntwortVor(
  db: Db,
  zeile: { id: string; elternId: string | null; status: Beitragsstatus; oeffentlich: boolean },
  jetzt: Date,
): Promise<void> {
  if (!zeile.elternId || zeile.status !== "veroeffentlicht" || !zeile.oeffentlich) return;
  await db
    .insert(antwortBenachrichtigung)
    .values({ beitragId: zeile.id, vorgemerkt: jetzt })
    .onConflictDoNothing();
}

const eltern = alias(beitrag, "eltern");

/**
 * Noted replies not yet mailed, oldest first, locked for this transaction (SKIP LOCKED: two
 * workers share the work instead of mailing twice), with what the mail needs: the parent's
 * author (the address of an anonymous contributor, the account's confirmed address and language),
 * the reply's author (to leave out one's own replies) and the procedure.
 */
export function findeOffeneAntworten(db: Db, params: { limit: number }) {
  return db
    .select({
      beitragId: antwortBenachrichtigung.beitragId,
      status: beitrag.status,
      oeffentlich: beitrag.oeffentlich,
      antwortKontoId: beitrag.kontoId,
      antwortEmail: beitrag.email,
      elternId: eltern.id,
      elternKontoId: eltern.kontoId,
      elternEmail: eltern.email,
      kontoEmail: konto.email,
      kontoBestaetigt: konto.emailBestaetigtAm,
      kontoSprache: konto.sprache,
      slug: verfahren.slug,
      titel: verfahren.titel,
    })
    .from(antwortBenachrichtigung)
    .innerJoin(beitrag, eq(beitrag.id, antwortBenachrichtigung.beitragId))
    .innerJoin(eltern, eq(eltern.id, beitrag.elternId))
    .leftJoin(konto, eq(konto.id, eltern.kontoId))
    .leftJoin(verfahren, eq(verfahren.documentId, beitrag.verfahrenId))
    .where(isNull(antwortBenachrichtigung.versandt))
    .orderBy(asc(antwortBenachrichtigung.vorgemerkt))
    .limit(params.limit)
    .for("update", { of: antwortBenachrichtigung, skipLocked: true });
}

export async function markiereAntwortenVersandt(
  db: Db,
  params: { beitragIds: string[]; jetzt: Date },
): Promise<void> {
  if (params.beitragIds.length === 0) return;
  await db
    .update(antwortBenachrichtigung)
    .set({ versandt: params.jetzt })
    .where(
      and(
        inArray(antwortBenachrichtigung.beitragId, params.beitragIds),
        isNull(antwortBenachrichtigung.versandt),
      ),
    );
}
