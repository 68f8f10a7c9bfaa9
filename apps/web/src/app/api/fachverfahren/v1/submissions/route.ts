import { listeNeueAntraege, MAX_LIMIT, STANDARD_LIMIT } from "@portal/antraege/server";
import { getDb } from "@portal/db/client";
import { z } from "zod";
import { anmelden, einreichungPfad, json, problem } from "@/lib/fachverfahren";

const abfrageSchema = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(STANDARD_LIMIT),
});

/**
 * The new (not yet acknowledged) submissions of the key's Organisationseinheit, oldest first
 * (FIT-Connect `GET /submissions?destinationId=`; the destination is the key's authority).
 */
export async function GET(request: Request) {
  const anmeldung = await anmelden(request);
  if (!anmeldung.ok) return anmeldung.antwort;
  const params = new URL(request.url).searchParams;
  const abfrage = abfrageSchema.safeParse({
    since: params.get("since") ?? undefined,
    offset: params.get("offset") ?? undefined,
    limit: params.get("limit") ?? undefined,
  });
  if (!abfrage.success) {
    const feld = abfrage.error.issues[0]?.path[0];
    return problem("ungueltige-anfrage", {
      detail:
        feld === "since"
          ? "„since“ muss ein Zeitpunkt nach ISO 8601 mit Zeitzone sein, z. B. 2026-03-01T00:00:00Z."
          : feld === "limit"
            ? `„limit“ muss eine ganze Zahl von 1 bis ${MAX_LIMIT} sein.`
            : "„offset“ muss eine ganze Zahl ab 0 sein.",
    });
  }
  // FIT-Connect's clients name the destination; ours is the key's authority. Another one is
  // not found for this key, like any other authority's data.
  const ziel = params.get("destinationId");
  if (ziel !== null && ziel !== anmeldung.fachverfahren.oeSchluessel)
    return problem("nicht-gefunden");
  const { since, offset, limit } = abfrage.data;
  const seite = await listeNeueAntraege(getDb(), {
    fachverfahren: anmeldung.fachverfahren,
    ...(since ? { seit: new Date(since) } : {}),
    offset,
    limit,
  });
  return json({
    count: seite.antraege.length,
    offset: seite.offset,
    totalCount: seite.gesamt,
    submissions: seite.antraege.map((a) => ({
      submissionId: a.id,
      destinationId: a.oeSchluessel,
      aktenzeichen: a.aktenzeichen,
      leistung: a.leistung,
      formular: a.formular,
      version: a.version,
      eingegangenAm: a.eingegangenAm.toISOString(),
      href: einreichungPfad(a.id),
    })),
  });
}
