import type { Db } from "@portal/db/client";
import { and, asc, count, eq, gte, isNull, type SQL } from "drizzle-orm";
import { antrag, antragAnlage } from "../schema.ts";

// The delivery API's reads and writes (Fachverfahren). Every query is bound to one
// Organisationseinheit: what lies with another authority is not found.

/** The queue's condition: the authority's applications not yet acknowledged, from `seit` on. */
export function neuBedingung(oeSchluessel: string, seit?: Date): SQL {
  return and(
    eq(antrag.oeSchluessel, oeSchluessel),
    isNull(antrag.quittiertAm),
    seit ? gte(antrag.eingegangenAm, seit) : undefined,
  ) as SQL;
}

/** One page of the queue, oldest first (index antrag_oe_neu), so a Fachverfahren works it off in order. */
export async function findNeueAntraege(
  db: Db,
  { wo, limit, offset }: { wo: SQL; limit: number; offset: number },
) {
  return db
    .select({
      id: antrag.id,
      aktenzeichen: antrag.aktenzeichen,
      oeSchluessel: antrag.oeSchluessel,
      leistung: antrag.leistung,
      formular: antrag.formular,
      version: antrag.version,
      eingegangenAm: antrag.eingegangenAm,
    })
    .from(antrag)
    .where(wo)
    .orderBy(asc(antrag.eingegangenAm), asc(antrag.id))
    .limit(limit)
    .offset(offset);
}

export async function zaehleNeueAntraege(db: Db, { wo }: { wo: SQL }) {
  const [row] = await db.select({ gesamt: count() }).from(antrag).where(wo);
  return row?.gesamt ?? 0;
}

/** An application of the authority (else undefined); `sperren` locks it for an acknowledgement. */
export async function findAntragDerOe(
  db: Db,
  { id, oeSchluessel, sperren = false }: { id: string; oeSchluessel: string; sperren?: boolean },
) {
  const abfrage = db
    .select()
    .from(antrag)
    .where(and(eq(antrag.id, id), eq(antrag.oeSchluessel, oeSchluessel)));
  const [row] = sperren ? await abfrage.for("update") : await abfrage;
  return row;
}

/** An attachment of an application of the authority (else undefined). */
export async function findAnlageDerOe(
  db: Db,
  {
    antragId,
    anlageId,
    oeSchluessel,
  }: { antragId: string; anlageId: string; oeSchluessel: string },
) {
  const [row] = await db
    .select({
      id: antragAnlage.id,
      antragId: antragAnlage.antragId,
      dateiname: antragAnlage.dateiname,
      medientyp: antragAnlage.medientyp,
      groesse: antragAnlage.groesse,
      ablageSchluessel: antragAnlage.ablageSchluessel,
      umschlag: antragAnlage.umschlag,
      kontoId: antrag.kontoId,
    })
    .from(antragAnlage)
    .innerJoin(antrag, eq(antrag.id, antragAnlage.antragId))
    .where(
      and(
        eq(antragAnlage.id, anlageId),
        eq(antragAnlage.antragId, antragId),
        eq(antrag.oeSchluessel, oeSchluessel),
      ),
    );
  return row;
}
