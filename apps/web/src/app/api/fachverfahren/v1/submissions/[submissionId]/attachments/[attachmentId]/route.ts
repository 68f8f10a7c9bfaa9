import { ladeZustellungsanlage } from "@portal/antraege/server";
import { getDb } from "@portal/db/client";
import { ablage, protokolliere } from "@/lib/antraege";
import { anmelden, problem } from "@/lib/fachverfahren";

type Kontext = { params: Promise<{ submissionId: string; attachmentId: string }> };

/**
 * An attachment of a submission, as stored: the submission encrypted each file for the
 * responsible authority's key (a compact JWE, `application/jose`, as FIT-Connect serves
 * attachments), so the stored bytes are what the Fachverfahren needs; the portal neither
 * decrypts nor re-encrypts them. The file's name and type are in the submission's metadata.
 */
export async function GET(request: Request, { params }: Kontext) {
  const anmeldung = await anmelden(request);
  if (!anmeldung.ok) return anmeldung.antwort;
  const { submissionId, attachmentId } = await params;
  const anlage = await ladeZustellungsanlage(getDb(), {
    antragId: submissionId,
    anlageId: attachmentId,
    fachverfahren: anmeldung.fachverfahren,
    protokolliere,
  });
  if (!anlage) return problem("nicht-gefunden");
  const bytes = await ablage().lade(anlage.ablageSchluessel);
  if (!bytes) {
    console.error("fachverfahren: attachment missing in storage", { attachmentId });
    return problem("anlage-nicht-lesbar");
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/jose",
      "Content-Disposition": `attachment; filename="${anlage.id}.jwe"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
