import type { Db } from "@portal/db/client";
import type { Protokolliere } from "../ports.ts";
import { findAnlagen, insertEreignis, updateAntrag } from "../queries/antrag.ts";
import {
  findAnlageDerOe,
  findAntragDerOe,
  findNeueAntraege,
  neuBedingung,
  zaehleNeueAntraege,
} from "../queries/zustellung.ts";
import { istUuid } from "../types.ts";
import type { Fachverfahren } from "./api-schluessel.ts";

// Delivery to the authority's Fachverfahren, shaped after FIT-Connect's submission API: the
// Fachverfahren lists what is new for its Organisationseinheit, fetches an application (the
// envelope exactly as stored, a compact JWE only the authority's private key opens) and its
// attachments (stored as JWE for the same key), and acknowledges it, after which it is no
// longer new. The portal never decrypts anything here.
//
// Audit: the staff audit trail (@portal/auth `zugriffsprotokoll`) is keyed by a staff account;
// a key is not one. Every fetch and acknowledgement is logged there under the admin who
// created the key (`erstelltVon`, accountable for it), and the application's history records
// which key it was (`data.apiSchluessel`), so together they say who, with what, when.

export const STANDARD_LIMIT = 100;
export const MAX_LIMIT = 500;

const gegenstand = (id: string) => `antrag:${id}`;

/** One page of the Organisationseinheit's new (not acknowledged) applications, oldest first. */
export async function listeNeueAntraege(
  db: Db,
  {
    fachverfahren,
    seit,
    offset = 0,
    limit = STANDARD_LIMIT,
  }: { fachverfahren: Fachverfahren; seit?: Date; offset?: number; limit?: number },
) {
  const n = Number.isInteger(limit) ? Math.min(MAX_LIMIT, Math.max(1, limit)) : STANDARD_LIMIT;
  const o = Number.isInteger(offset) && offset >= 0 ? offset : 0;
  const wo = neuBedingung(fachverfahren.oeSchluessel, seit);
  const [antraege, gesamt] = await Promise.all([
    findNeueAntraege(db, { wo, limit: n, offset: o }),
    zaehleNeueAntraege(db, { wo }),
  ]);
  return { antraege, gesamt, offset: o, limit: n };
}

/**
 * An application of the key's Organisationseinheit with its envelope as stored and its
 * attachments' metadata (null for another authority's, an unknown or a malformed id). The fetch
 * is in the history ("abgerufen") and the audit trail before anything is returned.
 */
export async function ladeZustellung(
  db: Db,
  {
    id,
    fachverfahren,
    protokolliere,
    jetzt = new Date(),
  }: { id: string; fachverfahren: Fachverfahren; protokolliere: Protokolliere; jetzt?: Date },
) {
  if (!istUuid(id)) return null;
  const row = await findAntragDerOe(db, { id, oeSchluessel: fachverfahren.oeSchluessel });
  if (!row) return null;
  const anlagen = await findAnlagen(db, { antragId: id });
  await db.transaction(async (tx) => {
    await insertEreignis(tx, {
      antragId: id,
      art: "abgerufen",
      vonKontoId: null,
      zeitpunkt: jetzt,
      data: { apiSchluessel: fachverfahren.schluesselId },
    });
    await protokolliere(tx, {
      mitarbeiterKontoId: fachverfahren.erstelltVon,
      oeSchluessel: row.oeSchluessel,
      aktion: "fachverfahren-abgerufen",
      gegenstand: gegenstand(id),
      betroffenesKontoId: row.kontoId,
      jetzt,
    });
  });
  return {
    id: row.id,
    aktenzeichen: row.aktenzeichen,
    oeSchluessel: row.oeSchluessel,
    leistung: row.leistung,
    formular: row.formular,
    version: row.version,
    vertrauensniveau: row.vertrauensniveau,
    status: row.status,
    eingegangenAm: row.eingegangenAm,
    quittiertAm: row.quittiertAm,
    umschlag: row.umschlag,
    anlagen: anlagen.map((a) => ({
      id: a.id,
      dateiname: a.dateiname,
      medientyp: a.medientyp,
      groesse: a.groesse,
    })),
  };
}

/**
 * An attachment's reference for the key's Organisationseinheit (null when it is not its
 * application's, or either id is unknown or malformed); the caller reads the stored bytes
 * (`ablageSchluessel`, a compact JWE for the authority) from @portal/dateien. Logged like
 * `ladeZustellung`, before the reference is returned.
 */
export async function ladeZustellungsanlage(
  db: Db,
  {
    antragId,
    anlageId,
    fachverfahren,
    protokolliere,
    jetzt = new Date(),
  }: {
    antragId: string;
    anlageId: string;
    fachverfahren: Fachverfahren;
    protokolliere: Protokolliere;
    jetzt?: Date;
  },
) {
  if (!istUuid(antragId) || !istUuid(anlageId)) return null;
  const row = await findAnlageDerOe(db, {
    antragId,
    anlageId,
    oeSchluessel: fachverfahren.oeSchluessel,
  });
  if (!row) return null;
  await db.transaction(async (tx) => {
    await insertEreignis(tx, {
      antragId,
      art: "abgerufen",
      vonKontoId: null,
      zeitpunkt: jetzt,
      data: { apiSchluessel: fachverfahren.schluesselId, anlage: anlageId },
    });
    await protokolliere(tx, {
      mitarbeiterKontoId: fachverfahren.erstelltVon,
      oeSchluessel: fachverfahren.oeSchluessel,
      aktion: "fachverfahren-anlage-abgerufen",
      gegenstand: gegenstand(antragId),
      betroffenesKontoId: row.kontoId,
      jetzt,
    });
  });
  return {
    id: row.id,
    dateiname: row.dateiname,
    medientyp: row.medientyp,
    groesse: row.groesse,
    ablageSchluessel: row.ablageSchluessel,
  };
}

export type Quittung =
  | { ok: true; id: string; quittiertAm: Date; neu: boolean }
  | { ok: false; fehler: "nicht-gefunden" };

/**
 * Acknowledges an application of the key's Organisationseinheit: from now on it is no longer
 * listed as new. Once: a second acknowledgement (a retry, another key of the same authority)
 * returns the first one's time with `neu: false` and writes nothing. The first writes the
 * history ("quittiert", with the key) and the audit trail in the same transaction.
 */
export async function quittiere(
  db: Db,
  {
    id,
    fachverfahren,
    protokolliere,
    jetzt = new Date(),
  }: { id: string; fachverfahren: Fachverfahren; protokolliere: Protokolliere; jetzt?: Date },
): Promise<Quittung> {
  if (!istUuid(id)) return { ok: false, fehler: "nicht-gefunden" };
  return db.transaction(async (tx): Promise<Quittung> => {
    const row = await findAntragDerOe(tx, {
      id,
      oeSchluessel: fachverfahren.oeSchluessel,
      sperren: true,
    });
    if (!row) return { ok: false, fehler: "nicht-gefunden" };
    if (row.quittiertAm) return { ok: true, id, quittiertAm: row.quittiertAm, neu: false };
    await updateAntrag(tx, {
      id,
      werte: { quittiertAm: jetzt, quittiertDurch: fachverfahren.schluesselId },
    });
    await insertEreignis(tx, {
      antragId: id,
      art: "quittiert",
      vonKontoId: null,
      zeitpunkt: jetzt,
      data: { apiSchluessel: fachverfahren.schluesselId },
    });
    await protokolliere(tx, {
      mitarbeiterKontoId: fachverfahren.erstelltVon,
      oeSchluessel: row.oeSchluessel,
      aktion: "fachverfahren-quittiert",
      gegenstand: gegenstand(id),
      betroffenesKontoId: row.kontoId,
      jetzt,
    });
    return { ok: true, id, quittiertAm: jetzt, neu: true };
  });
}
