import type { Db } from "@portal/db/client";
import { findAnlagen, findAntraegeVonKonto, findEreignisse } from "../queries/antrag.ts";
import { findAlleEntwuerfeVonKonto } from "../queries/entwurf.ts";
import { istUuid } from "../types.ts";
import { verlaufFuerAntragsteller } from "./bearbeitung.ts";

/**
 * What this domain holds about an account, for the citizen's copy of their data (Art. 15 (3)
 * and Art. 20 GDPR; the app adds it to @portal/auth's export):
 *
 * - `entwuerfe`: the drafts, expired ones too until the daily job deletes them, with their
 *   answers as stored (in the clear: they are the citizen's own input, kept for them). Uploads
 *   appear as the answers name them (name, type, size); their content is not in the export.
 *   The resume token's hash is left out (a secret, and an account's draft has none).
 * - `antraege`: the submitted applications with what the portal keeps in the clear (reference
 *   number, service, authority, status, dates, the attachments' names, the history the
 *   applicant may follow). The answers and attachments themselves are encrypted for the
 *   responsible authority, which alone can read them: the portal cannot decrypt them and does
 *   not pretend to; `antwortenVerschluesselt` says so, and the authority answers for them
 *   (Art. 15 towards the controller of the procedure). The receipt (PDF) holds the answers as
 *   submitted.
 */
export async function exportiereAntraege(db: Db, { kontoId }: { kontoId: string }) {
  if (!istUuid(kontoId)) return { entwuerfe: [], antraege: [] };
  const entwuerfe = await findAlleEntwuerfeVonKonto(db, { kontoId });
  const antraege = [];
  for (const a of await findAntraegeVonKonto(db, { kontoId })) {
    const [anlagen, ereignisse] = await Promise.all([
      findAnlagen(db, { antragId: a.id }),
      findEreignisse(db, { antragId: a.id, ohneAnsichten: true }),
    ]);
    antraege.push({
      id: a.id,
      aktenzeichen: a.aktenzeichen,
      leistung: a.leistung,
      formular: a.formular,
      version: a.version,
      oeSchluessel: a.oeSchluessel,
      status: a.status,
      vertrauensniveau: a.vertrauensniveau,
      eingegangenAm: a.eingegangenAm,
      geaendertAm: a.geaendertAm,
      antwortenVerschluesselt: true as const,
      anlagen: anlagen.map((x) => ({
        dateiname: x.dateiname,
        medientyp: x.medientyp,
        groesse: x.groesse,
      })),
      verlauf: verlaufFuerAntragsteller(ereignisse),
    });
  }
  return { entwuerfe, antraege };
}

export type Antragsexport = Awaited<ReturnType<typeof exportiereAntraege>>;
