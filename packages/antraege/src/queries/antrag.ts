import { einmaligeIdentifikation, konto, mitarbeiter, mitarbeiterRolle } from "@portal/auth/schema";
import type { Db } from "@portal/db/client";
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  notInArray,
  type SQL,
  sql,
} from "drizzle-orm";
import { aktenzeichenZaehler, antrag, antragAnlage, antragEreignis } from "../schema.ts";
import type { Filter } from "../types.ts";

export type AntragRow = typeof antrag.$inferSelect;
export type EreignisRow = typeof antragEreignis.$inferSelect;

/**
 * The next number of a prefix in a year: one statement that inserts the counter or increments
 * it, under the row lock, so concurrent submissions get distinct numbers.
 */
export async function naechsterZaehlerwert(
  db: Db,
  { praefix, jahr }: { praefix: string; jahr: number },
): Promise<number> {
  const [row] = await db
    .insert(aktenzeichenZaehler)
    .values({ praefix, jahr, wert: 1 })
    .onConflictDoUpdate({
      target: [aktenzeichenZaehler.praefix, aktenzeichenZaehler.jahr],
      set: { wert: sql`${aktenzeichenZaehler.wert} + 1` },
    })
    .returning({ wert: aktenzeichenZaehler.wert });
  if (!row) throw new Error("aktenzeichen_zaehler returned nothing");
  return row.wert;
}

export async function findAntragByIdempotenz(db: Db, { schluessel }: { schluessel: string }) {
  const [row] = await db
    .select({
      id: antrag.id,
      aktenzeichen: antrag.aktenzeichen,
      eingegangenAm: antrag.eingegangenAm,
    })
    .from(antrag)
    .where(eq(antrag.idempotenzSchluessel, schluessel));
  return row;
}

export async function insertAntrag(db: Db, neu: typeof antrag.$inferInsert) {
  const [row] = await db.insert(antrag).values(neu).returning();
  if (!row) throw new Error("insert antrag returned nothing");
  return row;
}

export async function insertAnlagen(db: Db, neu: (typeof antragAnlage.$inferInsert)[]) {
  if (neu.length === 0) return;
  await db.insert(antragAnlage).values(neu);
}

export async function insertEreignis(db: Db, neu: typeof antragEreignis.$inferInsert) {
  await db.insert(antragEreignis).values(neu);
}

/**
 * An application by id, only when it lies with one of `oes` (else undefined). `sperren` locks
 * it for the transaction, so two status changes at once are applied one after the other.
 */
export async function findAntragInOes(
  db: Db,
  { id, oes, sperren = false }: { id: string; oes: readonly string[]; sperren?: boolean },
) {
  if (oes.length === 0) return undefined;
  const abfrage = db
    .select()
    .from(antrag)
    .where(and(eq(antrag.id, id), inArray(antrag.oeSchluessel, [...oes])));
  const [row] = sperren ? await abfrage.for("update") : await abfrage;
  return row;
}

/** An application by id, only when it is the account's (else undefined). */
export async function findAntragVonKonto(
  db: Db,
  { id, kontoId, sperren = false }: { id: string; kontoId: string; sperren?: boolean },
) {
  const abfrage = db
    .select()
    .from(antrag)
    .where(and(eq(antrag.id, id), eq(antrag.kontoId, kontoId)));
  const [row] = sperren ? await abfrage.for("update") : await abfrage;
  return row;
}

/** The inbox's condition: the staff member's authorities and the filters. */
export function inboxBedingung(oes: readonly string[], filter: Filter): SQL {
  const teile: SQL[] = [inArray(antrag.oeSchluessel, [...oes])];
  if (filter.status) teile.push(eq(antrag.status, filter.status));
  if (filter.leistung) teile.push(eq(antrag.leistung, filter.leistung));
  if (filter.von) teile.push(gte(antrag.eingegangenAm, filter.von));
  if (filter.bis) teile.push(lt(antrag.eingegangenAm, filter.bis));
  if (filter.zugewiesenAn === null) teile.push(isNull(antrag.zugewiesenAn));
  else if (filter.zugewiesenAn) teile.push(eq(antrag.zugewiesenAn, filter.zugewiesenAn));
  return and(...teile) as SQL;
}

/** The services the authorities' applications are for (the inbox's filter offers these). */
export async function findLeistungenInOes(db: Db, { oes }: { oes: readonly string[] }) {
  if (oes.length === 0) return [];
  const rows = await db
    .selectDistinct({ leistung: antrag.leistung })
    .from(antrag)
    .where(inArray(antrag.oeSchluessel, [...oes]))
    .orderBy(asc(antrag.leistung));
  return rows.map((r) => r.leistung);
}

/** One page of the inbox, newest first (indexes antrag_oe, antrag_oe_status). */
export async function findAntraegeSeite(
  db: Db,
  { wo, limit, offset }: { wo: SQL; limit: number; offset: number },
) {
  return db
    .select({
      id: antrag.id,
      aktenzeichen: antrag.aktenzeichen,
      leistung: antrag.leistung,
      oeSchluessel: antrag.oeSchluessel,
      status: antrag.status,
      zugewiesenAn: antrag.zugewiesenAn,
      vertrauensniveau: antrag.vertrauensniveau,
      eingegangenAm: antrag.eingegangenAm,
      geaendertAm: antrag.geaendertAm,
    })
    .from(antrag)
    .where(wo)
    .orderBy(desc(antrag.eingegangenAm), desc(antrag.id))
    .limit(limit)
    .offset(offset);
}

export async function zaehleAntraege(db: Db, { wo }: { wo: SQL }) {
  const [row] = await db.select({ gesamt: count() }).from(antrag).where(wo);
  return row?.gesamt ?? 0;
}

export async function updateAntrag(
  db: Db,
  { id, werte }: { id: string; werte: Partial<typeof antrag.$inferInsert> },
) {
  const [row] = await db.update(antrag).set(werte).where(eq(antrag.id, id)).returning();
  if (!row) throw new Error("update antrag found nothing");
  return row;
}

export async function findAnlagen(db: Db, { antragId }: { antragId: string }) {
  return db
    .select({
      id: antragAnlage.id,
      dateiname: antragAnlage.dateiname,
      medientyp: antragAnlage.medientyp,
      groesse: antragAnlage.groesse,
      ablageSchluessel: antragAnlage.ablageSchluessel,
      umschlag: antragAnlage.umschlag,
    })
    .from(antragAnlage)
    .where(eq(antragAnlage.antragId, antragId))
    .orderBy(antragAnlage.dateiname, antragAnlage.id);
}

/**
 * The history in order; `ohneAnsichten` leaves out who looked at it ("angesehen" by staff,
 * "abgerufen" by a Fachverfahren): the citizen's view.
 */
export async function findEreignisse(
  db: Db,
  { antragId, ohneAnsichten = false }: { antragId: string; ohneAnsichten?: boolean },
) {
  return db
    .select()
    .from(antragEreignis)
    .where(
      and(
        eq(antragEreignis.antragId, antragId),
        ohneAnsichten ? notInArray(antragEreignis.art, ["angesehen", "abgerufen"]) : undefined,
      ),
    )
    .orderBy(asc(antragEreignis.zeitpunkt), asc(antragEreignis.id));
}

/** An account's applications, newest first (index antrag_konto). */
export async function findAntraegeVonKonto(db: Db, { kontoId }: { kontoId: string }) {
  return db
    .select({
      id: antrag.id,
      aktenzeichen: antrag.aktenzeichen,
      leistung: antrag.leistung,
      oeSchluessel: antrag.oeSchluessel,
      formular: antrag.formular,
      version: antrag.version,
      status: antrag.status,
      vertrauensniveau: antrag.vertrauensniveau,
      eingegangenAm: antrag.eingegangenAm,
      geaendertAm: antrag.geaendertAm,
    })
    .from(antrag)
    .where(eq(antrag.kontoId, kontoId))
    .orderBy(desc(antrag.eingegangenAm), desc(antrag.id));
}

/** Where a confirmation goes: the account's address, only once confirmed, and its language. */
export async function findKontoAdresse(db: Db, { kontoId }: { kontoId: string }) {
  const [row] = await db
    .select({
      email: konto.email,
      emailBestaetigtAm: konto.emailBestaetigtAm,
      sprache: konto.sprache,
    })
    .from(konto)
    .where(eq(konto.id, kontoId));
  return row;
}

/**
 * A live one-off identification for exactly this procedure (else undefined). Read here rather
 * than through @portal/auth/server, whose entry pulls in next-auth; the table is the contract.
 */
export async function findIdentifikation(
  db: Db,
  { id, verfahren, jetzt }: { id: string; verfahren: string; jetzt: Date },
) {
  const [row] = await db
    .select({
      id: einmaligeIdentifikation.id,
      vertrauensniveau: einmaligeIdentifikation.vertrauensniveau,
      attribute: einmaligeIdentifikation.attribute,
    })
    .from(einmaligeIdentifikation)
    .where(
      and(
        eq(einmaligeIdentifikation.id, id),
        eq(einmaligeIdentifikation.verfahren, verfahren),
        gt(einmaligeIdentifikation.laeuftAbAm, jetzt),
      ),
    );
  return row;
}

// `admin` of an Organisationseinheit holds every role of it (@portal/auth's `hatRolle`), so
// an admin is a case worker there too: assignable, and listed among the case workers.
const FALLBEARBEITENDE_ROLLEN = ["sachbearbeitung", "admin"] as const;

/**
 * The active staff accounts with the case-work role (or admin) in an Organisationseinheit,
 * by name: whom an application of it can be assigned to.
 */
export async function findSachbearbeiter(db: Db, { oeSchluessel }: { oeSchluessel: string }) {
  return db
    .selectDistinct({ kontoId: mitarbeiter.kontoId, name: mitarbeiter.name, email: konto.email })
    .from(mitarbeiterRolle)
    .innerJoin(mitarbeiter, eq(mitarbeiter.kontoId, mitarbeiterRolle.kontoId))
    .innerJoin(konto, eq(konto.id, mitarbeiter.kontoId))
    .where(
      and(
        eq(mitarbeiterRolle.oeSchluessel, oeSchluessel),
        inArray(mitarbeiterRolle.rolle, [...FALLBEARBEITENDE_ROLLEN]),
        isNull(mitarbeiter.deaktiviertAm),
      ),
    )
    .orderBy(asc(mitarbeiter.name), asc(konto.email), asc(mitarbeiter.kontoId));
}

/** The names of staff accounts by id (the history and the inbox show who, not an id). */
export async function findMitarbeiterNamen(db: Db, { kontoIds }: { kontoIds: readonly string[] }) {
  if (kontoIds.length === 0) return [];
  return db
    .select({ kontoId: mitarbeiter.kontoId, name: mitarbeiter.name })
    .from(mitarbeiter)
    .where(inArray(mitarbeiter.kontoId, [...kontoIds]));
}

/** One attachment of an application by its id (undefined when it is not this application's). */
export async function findAnlage(
  db: Db,
  { antragId, anlageId }: { antragId: string; anlageId: string },
) {
  const [row] = await db
    .select()
    .from(antragAnlage)
    .where(and(eq(antragAnlage.antragId, antragId), eq(antragAnlage.id, anlageId)));
  return row;
}

/** Whether an active staff account has the case-work role (or admin) in an Organisationseinheit. */
export async function istSachbearbeitung(
  db: Db,
  { kontoId, oeSchluessel }: { kontoId: string; oeSchluessel: string },
) {
  const [row] = await db
    .select({ kontoId: mitarbeiterRolle.kontoId })
    .from(mitarbeiterRolle)
    .innerJoin(mitarbeiter, eq(mitarbeiter.kontoId, mitarbeiterRolle.kontoId))
    .where(
      and(
        eq(mitarbeiterRolle.kontoId, kontoId),
        eq(mitarbeiterRolle.oeSchluessel, oeSchluessel),
        inArray(mitarbeiterRolle.rolle, [...FALLBEARBEITENDE_ROLLEN]),
        isNull(mitarbeiter.deaktiviertAm),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The application whose fee is the payment intent `intentId` (index antrag_zahlung_intent). */
export async function findAntragByZahlung(
  db: Db,
  { intentId, sperren = false }: { intentId: string; sperren?: boolean },
) {
  const abfrage = db.select().from(antrag).where(eq(antrag.zahlungIntentId, intentId));
  const [row] = sperren ? await abfrage.for("update") : await abfrage;
  return row;
}

/**
 * Of the given payments, the applications they belong to (as their current fee) with the
 * outcomes recorded in their history: for the reconciliation, which records what is missing.
 */
export async function findZahlungsvermerke(db: Db, { intentIds }: { intentIds: string[] }) {
  if (intentIds.length === 0) return [];
  const antraege = await db
    .select({ id: antrag.id, intentId: antrag.zahlungIntentId })
    .from(antrag)
    .where(inArray(antrag.zahlungIntentId, intentIds));
  if (antraege.length === 0) return [];
  const vermerke = await db
    .select({ antragId: antragEreignis.antragId, data: antragEreignis.data })
    .from(antragEreignis)
    .where(
      and(
        inArray(
          antragEreignis.antragId,
          antraege.map((a) => a.id),
        ),
        eq(antragEreignis.art, "zahlung"),
      ),
    );
  const jeAntrag = new Map<string, (typeof vermerke)[number][]>();
  for (const v of vermerke) jeAntrag.set(v.antragId, [...(jeAntrag.get(v.antragId) ?? []), v]);
  return antraege.map((a) => ({
    antragId: a.id,
    intentId: a.intentId as string,
    vermerke: (jeAntrag.get(a.id) ?? []).map((v) => v.data ?? {}),
  }));
}

/** An application by id, locked for the rest of the transaction (for services that do not ask whose). */
export async function findAntragZumSperren(db: Db, { id }: { id: string }) {
  const [row] = await db.select().from(antrag).where(eq(antrag.id, id)).for("update");
  return row;
}
