import type { Db } from "@portal/db/client";
import { findProfil, type ProfilRow, upsertProfil } from "../queries/profil.ts";
import type { ProfilEingabe } from "../types.ts";

/** The stored profile of an account, or undefined when it never saved one. */
export function ladeProfil(
  db: Db,
  { kontoId }: { kontoId: string },
): Promise<ProfilRow | undefined> {
  return findProfil(db, { kontoId });
}

/**
 * Saves the profile of the signed-in account (`kontoId` from the session, never from the form).
 * `ags` is the municipality the caller resolved from postal code and place (the catalogue's
 * finder, which @portal/auth does not depend on); null when it was ambiguous or not in Saxony.
 * Fields not given are cleared: the form always sends the whole profile.
 */
export async function speichereProfil(
  db: Db,
  { kontoId, profil, ags }: { kontoId: string; profil: ProfilEingabe; ags: string | null },
): Promise<ProfilRow> {
  const row = await upsertProfil(db, {
    kontoId,
    vorname: profil.vorname ?? null,
    nachname: profil.nachname ?? null,
    strasse: profil.strasse ?? null,
    plz: profil.plz ?? null,
    ort: profil.ort ?? null,
    // A place without a postal code (or none at all) has no municipality.
    ags: profil.plz && profil.ort ? ags : null,
    geburtsdatum: profil.geburtsdatum ?? null,
    telefon: profil.telefon ?? null,
  });
  if (!row) throw new Error("profil not stored");
  return row;
}
