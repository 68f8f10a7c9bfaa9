import type { Db } from "@portal/db/client";
import {
  fuegeMeldungEin,
  ladeBeitrag,
  letzteFreigabe,
  schreibeModeration,
  setzeBeitragsstatus,
  zaehleMeldungen,
} from "../queries/beitrag.ts";
import { type Meldung, meldegrundSchema, STANDARD_MELDESCHWELLE } from "../types.ts";

export type MeldeErgebnis =
  | {
      ok: true;
      /** False when this person had reported the contribution before (counted once). */
      gezaehlt: boolean;
      /** Whether this report took the contribution down. */
      verborgen: boolean;
    }
  | { ok: false; fehler: "eingabe" | "nicht-gefunden"; meldung: Meldung };

export const MELDE_MELDUNGEN = {
  "nicht-gefunden": {
    de: "Dieser Beitrag kann nicht gemeldet werden.",
    en: "This contribution cannot be reported.",
  },
} as const satisfies Record<string, Meldung>;

/** The note of the audit entry when the reports take a contribution down. */
export const NOTIZ_MELDESCHWELLE = "Meldeschwelle erreicht";

/**
 * Reports a published contribution: once per person (`personSchluessel`). When the reports reach
 * `meldeschwelle` (the procedure's `regeln.meldeschwelle`, 3 unless it says otherwise), the
 * contribution is hidden ("verborgen") until staff review it, and the moderation trail records
 * that with no staff account and the note "Meldeschwelle erreicht". The contribution's row is
 * locked first, so that simultaneous reports count one after another and hide it once.
 * Reports of a contribution already hidden are still recorded (for the review).
 */
export async function melde(
  db: Db,
  params: {
    beitragId: string;
    person: string;
    grund?: string;
    meldeschwelle?: number;
    /** The procedure the report is made in: a contribution of another one is not found. */
    verfahrenId?: string;
    jetzt?: Date;
  },
): Promise<MeldeErgebnis> {
  const grund = meldegrundSchema.safeParse(params.grund);
  if (!grund.success) {
    const de = grund.error.issues[0]?.message ?? "Bitte prüfen Sie den Grund.";
    return {
      ok: false,
      fehler: "eingabe",
      meldung: { de, en: "Please check the reason (at most 1000 characters)." },
    };
  }
  const schwelle = params.meldeschwelle ?? STANDARD_MELDESCHWELLE;
  const jetzt = params.jetzt ?? new Date();
  return db.transaction(async (tx): Promise<MeldeErgebnis> => {
    const ziel = await ladeBeitrag(tx, { id: params.beitragId, sperren: true });
    if (
      !ziel?.oeffentlich ||
      !["veroeffentlicht", "verborgen"].includes(ziel.status) ||
      (params.verfahrenId !== undefined && ziel.verfahrenId !== params.verfahrenId)
    ) {
      return { ok: false, fehler: "nicht-gefunden", meldung: MELDE_MELDUNGEN["nicht-gefunden"] };
    }
    const gezaehlt = await fuegeMeldungEin(tx, {
      beitragId: ziel.id,
      person: params.person,
      grund: grund.data,
      erstellt: jetzt,
    });
    if (!gezaehlt || ziel.status !== "veroeffentlicht") {
      return { ok: true, gezaehlt, verborgen: false };
    }
    // Reports staff have already looked at (by releasing the contribution again) count no more.
    const seit = await letzteFreigabe(tx, { beitragId: ziel.id });
    const anzahl = await zaehleMeldungen(tx, { beitragId: ziel.id, seit });
    if (anzahl < schwelle) return { ok: true, gezaehlt, verborgen: false };
    await setzeBeitragsstatus(tx, { id: ziel.id, status: "verborgen", jetzt });
    await schreibeModeration(tx, {
      beitragId: ziel.id,
      vonKontoId: null,
      von: "veroeffentlicht",
      nach: "verborgen",
      notiz: NOTIZ_MELDESCHWELLE,
      zeitpunkt: jetzt,
    });
    return { ok: true, gezaehlt, verborgen: true };
  });
}
