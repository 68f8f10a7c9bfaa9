import { ladeZustellung } from "@portal/antraege/server";
import { getDb } from "@portal/db/client";
import { protokolliere } from "@/lib/antraege";
import { anmelden, einreichungPfad, json, problem } from "@/lib/fachverfahren";

type Kontext = { params: Promise<{ submissionId: string }> };

/**
 * One submission of the key's Organisationseinheit: its metadata and the envelope exactly as
 * stored (`encryptedData`, a compact JWE for the authority's key; FIT-Connect
 * `GET /submissions/{submissionId}`). Another authority's, an unknown or a malformed id: 404,
 * the same answer for all three.
 */
export async function GET(request: Request, { params }: Kontext) {
  const anmeldung = await anmelden(request);
  if (!anmeldung.ok) return anmeldung.antwort;
  const { submissionId } = await params;
  const z = await ladeZustellung(getDb(), {
    id: submissionId,
    fachverfahren: anmeldung.fachverfahren,
    protokolliere,
  });
  if (!z) return problem("nicht-gefunden");
  return json({
    submissionId: z.id,
    destinationId: z.oeSchluessel,
    aktenzeichen: z.aktenzeichen,
    leistung: z.leistung,
    formular: z.formular,
    version: z.version,
    vertrauensniveau: z.vertrauensniveau,
    status: z.status,
    eingegangenAm: z.eingegangenAm.toISOString(),
    quittiertAm: z.quittiertAm?.toISOString() ?? null,
    encryptedData: z.umschlag,
    attachments: z.anlagen.map((a) => ({
      attachmentId: a.id,
      dateiname: a.dateiname,
      medientyp: a.medientyp,
      groesse: a.groesse,
      href: `${einreichungPfad(z.id)}/attachments/${a.id}`,
    })),
  });
}
