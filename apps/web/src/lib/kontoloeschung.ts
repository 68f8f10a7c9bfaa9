import "server-only";
import { entwurfsdateienVonKonto, listeMeineAntraege } from "@portal/antraege/server";
import type { Database } from "@portal/db/client";
import { loescheDatei } from "@/lib/antraege";
import { belegPfad } from "@/lib/antrag";

// Deleting an account (GDPR Art. 17) deletes its rows by the foreign keys' cascades in
// @portal/auth, which knows nothing of files. What the account has in the file store goes here:
// the uploads of its drafts (the drafts themselves go by the cascade) and the receipts kept for
// its applications (in the clear, with every answer, reachable only by the account; the
// applications stay with the authority, encrypted, without the account). Collected before the
// deletion, while the rows still say which files are the account's, removed after it.

/** The storage keys of the account's files: its drafts' uploads and its applications' receipts. */
export async function dateienDesKontos(
  db: Database,
  { kontoId }: { kontoId: string },
): Promise<string[]> {
  const [entwuerfe, antraege] = await Promise.all([
    entwurfsdateienVonKonto(db, { kontoId }),
    listeMeineAntraege(db, { kontoId }),
  ]);
  return [...entwuerfe, ...antraege.map((a) => belegPfad(a.id))];
}

/**
 * Removes the files once the account is gone. A failure is logged (keys are ids, no personal
 * data) and does not turn the deletion into an error: the account is deleted either way.
 */
export async function loescheDateienDesKontos(schluessel: readonly string[]): Promise<void> {
  for (const s of schluessel) {
    try {
      await loescheDatei(s);
    } catch (fehler) {
      console.error("[konto] a file of a deleted account could not be removed", {
        schluessel: s,
        fehler,
      });
    }
  }
}
