import type { Post } from "@portal/auth/types";
import type { Db } from "@portal/db/client";
import type { SendeNachricht } from "../ports.ts";
import {
  type AntragRow,
  type EreignisRow,
  findAntragByZahlung,
  findAntragVonKonto,
  findAntragZumSperren,
  findEreignisse,
  findKontoAdresse,
  findZahlungsvermerke,
  insertEreignis,
  updateAntrag,
} from "../queries/antrag.ts";
import { istUuid } from "../types.ts";
import {
  ZAHLUNG_NAECHSTER_SCHRITT,
  type Zahlungsgrund,
  zahlungFehlgeschlagenMail,
} from "./mails.ts";

// The fee of an application as this domain keeps it: the id of its payment intent
// (@portal/payments) on the application, and every change of it in the history (`zahlung`).
// Payments know nothing about applications; whoever hears the bank's answer (the statement
// import, a payment platform's notification) calls `vermerkeZahlung` with the intent id.

export type ZahlungsVermerk = {
  ok: true;
  /** The application of the payment; null when it belongs to none (nothing was done). */
  antragId: string | null;
  /** False when this outcome was recorded before (a statement imported twice). */
  neu: boolean;
  /** Whether the applicant was told (Postfach or mail) of a failed payment. */
  benachrichtigt: boolean;
};

const gleicherVermerk = (e: EreignisRow, intentId: string, status: string) =>
  e.art === "zahlung" && e.data?.intentId === intentId && e.data?.status === status;

/**
 * Of the payments' outcomes, those an application of this domain has not recorded yet (a crash
 * between the statement import's commit and `vermerkeZahlung`): the reconciliation records
 * them, and `vermerkeZahlung` would skip any recorded since.
 */
export async function fehlendeZahlungsvermerke<E extends { intentId: string; status: string }>(
  db: Db,
  ergebnisse: readonly E[],
): Promise<E[]> {
  const antraege = await findZahlungsvermerke(db, {
    intentIds: ergebnisse.map((e) => e.intentId),
  });
  const jeIntent = new Map(antraege.map((a) => [a.intentId, a.vermerke]));
  return ergebnisse.filter((e) => {
    const vermerke = jeIntent.get(e.intentId);
    return vermerke?.every((v) => v.intentId !== e.intentId || v.status !== e.status) ?? false;
  });
}

/**
 * Records the bank's answer on a fee's payment in the application's history: an entry
 * `zahlung` with the status and the reason. A payment of no application is fine (a payment of
 * another domain): nothing to do. The same outcome twice is recorded once.
 *
 * On failure the applicant is told why and what to do next (pay by transfer from their
 * application page): a message to the Postfach when the application has an account and
 * `sendeNachricht` is given (in the same transaction as the entry, so both or neither), and a
 * mail to the account's confirmed address after the commit. An application without an account
 * has no stored address (the confirmation address is not kept), so the authority must write.
 */
export async function vermerkeZahlung(
  db: Db,
  {
    intentId,
    status,
    grund,
    post,
    sendeNachricht,
    stellenname = (oe) => oe,
    jetzt = new Date(),
  }: {
    intentId: string;
    status: "succeeded" | "failed";
    grund?: Zahlungsgrund;
    post: Post;
    sendeNachricht?: SendeNachricht;
    /** The authority's name for the Postfach's sender (default: its key). */
    stellenname?: (oeSchluessel: string) => string | Promise<string>;
    jetzt?: Date;
  },
): Promise<ZahlungsVermerk> {
  const ergebnis = await db.transaction(async (tx) => {
    const row = await findAntragByZahlung(tx, { intentId, sperren: true });
    if (!row) return { row: null, neu: false, postfach: false };
    const frueher = await findEreignisse(tx, { antragId: row.id, ohneAnsichten: true });
    if (frueher.some((e) => gleicherVermerk(e, intentId, status)))
      return { row, neu: false, postfach: false };
    await insertEreignis(tx, {
      antragId: row.id,
      art: "zahlung",
      zeitpunkt: jetzt,
      data: { intentId, status, ...(grund ? { grund } : {}) },
    });
    await updateAntrag(tx, { id: row.id, werte: { geaendertAm: jetzt } });
    let postfach = false;
    if (status === "failed" && row.kontoId && sendeNachricht) {
      const gesendet = await sendeNachricht(tx, {
        an: { kontoId: row.kontoId },
        absender: { oeSchluessel: row.oeSchluessel, name: await stellenname(row.oeSchluessel) },
        betreff: `Die Gebühr für Ihren Antrag ${row.aktenzeichen} ist noch offen`,
        text: [
          `Die Zahlung der Gebühr für Ihren Antrag ${row.aktenzeichen} ist fehlgeschlagen. ${grund?.de ?? "Die Bank hat keinen Grund genannt."}`,
          ZAHLUNG_NAECHSTER_SCHRITT.de,
        ].join("\n\n"),
        verfahren: row.aktenzeichen,
      });
      if (!gesendet.ok) throw new Error("antraege: Postfach message on a failed payment failed");
      postfach = true;
    }
    return { row, neu: true, postfach };
  });
  if (!ergebnis.row) return { ok: true, antragId: null, neu: false, benachrichtigt: false };
  let gemailt = false;
  if (ergebnis.neu && status === "failed")
    gemailt = await meldeFehlschlag(db, ergebnis.row, grund, post);
  return {
    ok: true,
    antragId: ergebnis.row.id,
    neu: ergebnis.neu,
    benachrichtigt: ergebnis.postfach || gemailt,
  };
}

async function meldeFehlschlag(
  db: Db,
  row: AntragRow,
  grund: Zahlungsgrund | undefined,
  post: Post,
): Promise<boolean> {
  if (!row.kontoId) return false;
  const adresse = await findKontoAdresse(db, { kontoId: row.kontoId });
  if (!adresse?.email || !adresse.emailBestaetigtAm) return false;
  try {
    await post(
      zahlungFehlgeschlagenMail(adresse.email, adresse.sprache, {
        aktenzeichen: row.aktenzeichen,
        antragId: row.id,
        grund: grund ?? null,
        mitKonto: true,
      }),
    );
    return true;
  } catch (fehler) {
    console.error("antraege: failed-payment mail failed", {
      aktenzeichen: row.aktenzeichen,
      fehler,
    });
    return false;
  }
}

export type VerknuepfungsErgebnis =
  | { ok: true; antragId: string }
  | { ok: false; fehler: "nicht-gefunden" | "zahlung-geaendert" };

/**
 * Links a new payment intent to an application in place of its current one (the citizen pays a
 * failed debit by transfer; or the fee after a positive decision): `zahlung_intent_id` and a
 * history entry `zahlung` naming both. With `kontoId`, only the account's own application; with
 * `bisher`, only while the current intent is still that one (a second tab that linked another
 * one meanwhile is refused as `zahlung-geaendert`, so no intent is silently replaced). Linking
 * the intent that is already linked changes nothing (a retry).
 */
export async function verknuepfeZahlung(
  db: Db,
  {
    antragId,
    kontoId,
    intentId,
    bisher,
    status = "processing",
    jetzt = new Date(),
  }: {
    antragId: string;
    kontoId?: string;
    intentId: string;
    bisher?: string | null;
    status?: string;
    jetzt?: Date;
  },
): Promise<VerknuepfungsErgebnis> {
  if (!istUuid(antragId) || (kontoId !== undefined && !istUuid(kontoId)))
    return { ok: false, fehler: "nicht-gefunden" };
  return db.transaction(async (tx): Promise<VerknuepfungsErgebnis> => {
    const row = kontoId
      ? await findAntragVonKonto(tx, { id: antragId, kontoId, sperren: true })
      : await findAntragZumSperren(tx, { id: antragId });
    if (!row) return { ok: false, fehler: "nicht-gefunden" };
    if (row.zahlungIntentId === intentId) return { ok: true, antragId };
    if (bisher !== undefined && row.zahlungIntentId !== bisher)
      return { ok: false, fehler: "zahlung-geaendert" };
    await updateAntrag(tx, {
      id: antragId,
      werte: { zahlungIntentId: intentId, geaendertAm: jetzt },
    });
    await insertEreignis(tx, {
      antragId,
      art: "zahlung",
      vonKontoId: kontoId ?? null,
      zeitpunkt: jetzt,
      data: { intentId, status, ersetzt: row.zahlungIntentId },
    });
    return { ok: true, antragId };
  });
}
