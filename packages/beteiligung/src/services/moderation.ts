import type { Db } from "@portal/db/client";
import { ladeBeitrag, schreibeModeration, setzeBeitragsstatus } from "../queries/beitrag.ts";
import { merkeAntwortVor } from "../queries/benachrichtigung.ts";
import {
  BEITRAGSSTATUS,
  type Beitragsstatus,
  darfModeriertWerden,
  type Meldung,
  notizSchema,
} from "../types.ts";

export type ModerationsErgebnis =
  | { ok: true; von: Beitragsstatus; nach: Beitragsstatus }
  | { ok: false; fehler: "eingabe" | "nicht-gefunden" | "uebergang"; meldung: Meldung };

const STATUS_TEXT: Record<Beitragsstatus, Meldung> = {
  unbestaetigt: { de: "unbestätigt", en: "unconfirmed" },
  ausstehend: { de: "wartet auf Freigabe", en: "awaiting approval" },
  veroeffentlicht: { de: "veröffentlicht", en: "published" },
  verborgen: { de: "verborgen", en: "hidden" },
  abgelehnt: { de: "abgelehnt", en: "rejected" },
};

/**
 * A staff decision on a contribution: release or reject what waits (ausstehend → veroeffentlicht
 * | abgelehnt), take down what is public (veroeffentlicht → verborgen), decide on what is hidden
 * (verborgen → veroeffentlicht | abgelehnt). Anything else is refused with a message. The change
 * and its audit entry are written in one transaction, on the locked row, so that two moderators
 * deciding at once do not both pass the check.
 *
 * @param verfahrenIds the procedures the staff member moderates: a contribution of another one
 *   is "nicht-gefunden" (the app passes them from the staff member's roles).
 */
export async function moderiere(
  db: Db,
  params: {
    beitragId: string;
    nach: Beitragsstatus;
    vonKontoId: string;
    notiz?: string;
    verfahrenIds?: string[];
    jetzt?: Date;
  },
): Promise<ModerationsErgebnis> {
  const notiz = notizSchema.safeParse(params.notiz);
  if (!notiz.success || !BEITRAGSSTATUS.includes(params.nach)) {
    return {
      ok: false,
      fehler: "eingabe",
      meldung: {
        de: notiz.error?.issues[0]?.message ?? "Bitte wählen Sie eine Entscheidung.",
        en: notiz.success ? "Please choose a decision." : "The note is too long.",
      },
    };
  }
  const jetzt = params.jetzt ?? new Date();
  return db.transaction(async (tx): Promise<ModerationsErgebnis> => {
    const ziel = await ladeBeitrag(tx, { id: params.beitragId, sperren: true });
    if (!ziel || (params.verfahrenIds && !params.verfahrenIds.includes(ziel.verfahrenId))) {
      return {
        ok: false,
        fehler: "nicht-gefunden",
        meldung: { de: "Diesen Beitrag gibt es nicht.", en: "This contribution does not exist." },
      };
    }
    if (!darfModeriertWerden(ziel.status, params.nach)) {
      const von = STATUS_TEXT[ziel.status];
      const nach = STATUS_TEXT[params.nach];
      return {
        ok: false,
        fehler: "uebergang",
        meldung: {
          de: `Ein Beitrag, der ${von.de} ist, kann nicht auf „${nach.de}“ gesetzt werden.`,
          en: `A contribution that is ${von.en} cannot be set to “${nach.en}”.`,
        },
      };
    }
    await setzeBeitragsstatus(tx, { id: ziel.id, status: params.nach, jetzt });
    await merkeAntwortVor(tx, { ...ziel, status: params.nach }, jetzt);
    await schreibeModeration(tx, {
      beitragId: ziel.id,
      vonKontoId: params.vonKontoId,
      von: ziel.status,
      nach: params.nach,
      notiz: notiz.data,
      zeitpunkt: jetzt,
    });
    return { ok: true, von: ziel.status, nach: params.nach };
  });
}
