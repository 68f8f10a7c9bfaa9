import type { Db } from "@portal/db/client";
import { ladeBeitrag, speichereBewertung } from "../queries/beitrag.ts";
import {
  type Bewertung,
  bewertungSchema,
  type DarfGrund,
  darf,
  type Identitaet,
  type Meldung,
  type Verfahrensregeln,
} from "../types.ts";

export type BewertungsErgebnis =
  | { ok: true; wert: Bewertung }
  | { ok: false; fehler: "eingabe" | "nicht-gefunden" | DarfGrund; meldung: Meldung };

export const BEWERTUNGS_MELDUNGEN = {
  eingabe: {
    de: "Bitte wählen Sie Zustimmung, neutral oder Ablehnung.",
    en: "Please choose agree, neutral or disagree.",
  },
  "nicht-gefunden": {
    de: "Dieser Beitrag kann nicht bewertet werden.",
    en: "This contribution cannot be rated.",
  },
} as const satisfies Record<string, Meldung>;

/** The identity a person key stands for, when the caller does not say (an eID is also "konto:"). */
const identitaetVon = (person: string): Identitaet =>
  person.startsWith("konto:") ? "konto" : person.startsWith("email:") ? "email" : "anonym";

/**
 * Rates a published, public contribution of the procedure: one rating per person (`person` from
 * `personSchluessel`), a second one replaces the first (an upsert, so that two at once leave one
 * row). Only while a phase allows "bewerten", with the identity the phase asks for.
 *
 * @param identitaet how the person is identified, if stronger than the key tells (an eID).
 */
export async function bewerte(
  db: Db,
  params: {
    regeln: Verfahrensregeln;
    beitragId: string;
    person: string;
    wert: unknown;
    jetzt: Date;
    identitaet?: Identitaet;
  },
): Promise<BewertungsErgebnis> {
  const { regeln, jetzt } = params;
  const wert = bewertungSchema.safeParse(params.wert);
  if (!wert.success) return { ok: false, fehler: "eingabe", meldung: BEWERTUNGS_MELDUNGEN.eingabe };
  const erlaubt = darf(regeln, {
    aktion: "bewerten",
    jetzt,
    identitaet: params.identitaet ?? identitaetVon(params.person),
  });
  if (!erlaubt.ok) return { ok: false, fehler: erlaubt.grund, meldung: erlaubt.meldung };
  if (!params.person) {
    return { ok: false, fehler: "identitaet", meldung: BEWERTUNGS_MELDUNGEN["nicht-gefunden"] };
  }
  return db.transaction(async (tx): Promise<BewertungsErgebnis> => {
    const ziel = await ladeBeitrag(tx, { id: params.beitragId });
    if (
      !ziel ||
      ziel.verfahrenId !== regeln.verfahrenId ||
      ziel.status !== "veroeffentlicht" ||
      !ziel.oeffentlich
    ) {
      return {
        ok: false,
        fehler: "nicht-gefunden",
        meldung: BEWERTUNGS_MELDUNGEN["nicht-gefunden"],
      };
    }
    await speichereBewertung(tx, {
      beitragId: ziel.id,
      person: params.person,
      wert: wert.data,
      jetzt,
    });
    return { ok: true, wert: wert.data };
  });
}
