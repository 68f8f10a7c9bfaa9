import type { Db } from "@portal/db/client";
import { findAntraegeVonKonto } from "../queries/antrag.ts";
import { istUuid } from "../types.ts";
import { entwurfsdateienVonKonto } from "./entwurf.ts";

// Where an application's receipt is kept, and which stored files are an account's: the receipts
// (in the clear, with every answer) and its drafts' uploads. Deleting the account — by the
// citizen or for inactivity — removes them (GDPR Art. 17); the applications themselves stay with
// the authority, encrypted, without the account.

/**
 * The receipt of an application: under the application for an account, under a token only the
 * submitting browser holds (its cookie) otherwise.
 */
export const belegSchluessel = (antragId: string, token?: string) =>
  token ? `beleg/${antragId}/${token}/pdf` : `beleg/${antragId}/pdf`;

/** What the confirmation page shows a browser without an account, kept beside its receipt. */
export const belegInfoSchluessel = (antragId: string, token: string) =>
  `beleg/${antragId}/${token}/info`;

/** The storage keys of the account's files: its drafts' uploads and its applications' receipts. */
export async function dateienDesKontos(
  db: Db,
  { kontoId }: { kontoId: string },
): Promise<string[]> {
  if (!istUuid(kontoId)) return [];
  const [entwuerfe, antraege] = await Promise.all([
    entwurfsdateienVonKonto(db, { kontoId }),
    findAntraegeVonKonto(db, { kontoId }),
  ]);
  return [...entwuerfe, ...antraege.map((a) => belegSchluessel(a.id))];
}
