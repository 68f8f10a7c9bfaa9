import type { LoescheDatei } from "../ports.ts";
import { istUuid } from "../types.ts";

// A draft's uploads are stored beside it (@portal/dateien, in the clear like the draft) and
// referenced from its answers by id. A stored file belongs to the draft only as long as an
// answer names it: once the citizen replaces or removes it, the draft is deleted, expires or
// goes with the account, the file goes too (GDPR Art. 5 (1) c and e: nothing kept that is no
// longer needed). These are the rules; the storage comes in as a port.

/** Where a draft's upload is stored: under the draft, by the upload's id (never its name). */
export const entwurfsdatei = (entwurfId: string, uploadId: string) =>
  `entwurf/${entwurfId}/${uploadId}`;

/**
 * Whether a stored answer is an upload's reference, as @portal/forms writes it
 * (`{ id, dateiname, medientyp, groesse }`). Repeated here rather than imported: this domain
 * reads only the id, and only an id that is a UUID, so a key is always one the app generated
 * under this draft's folder, whatever else an answer holds.
 */
function uploadId(wert: unknown): string | null {
  if (!wert || typeof wert !== "object" || Array.isArray(wert)) return null;
  const w = wert as Record<string, unknown>;
  return typeof w.dateiname === "string" &&
    typeof w.medientyp === "string" &&
    typeof w.groesse === "number" &&
    istUuid(w.id)
    ? w.id
    : null;
}

function sammle(wert: unknown, ids: Set<string>, tiefe: number): void {
  // Answers are a few levels deep (group → row → field); a deeper structure is not ours.
  if (tiefe > 32) return;
  const id = uploadId(wert);
  if (id) {
    ids.add(id);
    return;
  }
  if (Array.isArray(wert)) for (const w of wert) sammle(w, ids, tiefe + 1);
  else if (wert && typeof wert === "object")
    for (const w of Object.values(wert)) sammle(w, ids, tiefe + 1);
}

/**
 * The storage keys of every upload a draft's stored content names: answers at any depth
 * (groups, rows), and a page's input kept with the draft that did not pass its checks yet.
 */
export function entwurfsdateienIn(entwurfId: string, antworten: unknown): string[] {
  if (!istUuid(entwurfId)) return [];
  const ids = new Set<string>();
  sammle(antworten, ids, 0);
  return [...ids].map((id) => entwurfsdatei(entwurfId, id));
}

/** The keys named by `vorher` and no longer by `nachher`: files replaced or removed. */
export function nichtMehrBenutzt(entwurfId: string, vorher: unknown, nachher: unknown): string[] {
  const bleiben = new Set(entwurfsdateienIn(entwurfId, nachher));
  return entwurfsdateienIn(entwurfId, vorher).filter((s) => !bleiben.has(s));
}

/**
 * Removes stored files after the database change that released them has committed (a file is
 * never deleted for a change that was rolled back). A failing removal is logged with the key
 * only (ids, no personal data) and does not undo the change: the citizen's action succeeded.
 */
export async function loescheDateien(
  loescheDatei: LoescheDatei,
  schluessel: readonly string[],
): Promise<number> {
  let geloescht = 0;
  for (const s of schluessel) {
    try {
      await loescheDatei(s);
      geloescht++;
    } catch (fehler) {
      console.error("[antraege] a draft's file could not be deleted", { schluessel: s, fehler });
    }
  }
  return geloescht;
}
