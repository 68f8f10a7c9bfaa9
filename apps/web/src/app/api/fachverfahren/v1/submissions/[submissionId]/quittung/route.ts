import { quittiere } from "@portal/antraege/server";
import { getDb } from "@portal/db/client";
import { protokolliere } from "@/lib/antraege";
import { anmelden, json, problem } from "@/lib/fachverfahren";

type Kontext = { params: Promise<{ submissionId: string }> };

/**
 * Acknowledges a submission (FIT-Connect's "accept"): it is no longer listed as new. Idempotent:
 * every repetition answers 200 with the first acknowledgement's time and `neu: false`. No body.
 */
export async function POST(request: Request, { params }: Kontext) {
  const anmeldung = await anmelden(request);
  if (!anmeldung.ok) return anmeldung.antwort;
  const { submissionId } = await params;
  const q = await quittiere(getDb(), {
    id: submissionId,
    fachverfahren: anmeldung.fachverfahren,
    protokolliere,
  });
  if (!q.ok) return problem("nicht-gefunden");
  return json({ submissionId: q.id, quittiertAm: q.quittiertAm.toISOString(), neu: q.neu });
}
