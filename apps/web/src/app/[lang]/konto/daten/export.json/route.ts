import { getSession } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { ladeKontoexport } from "@/lib/datenexport";

/**
 * The signed-in citizen's data as JSON, a download (GDPR Art. 20: "in a structured, commonly used
 * and machine-readable format"), with the Postfach's messages. Never cached: it is personal data.
 */
export async function GET(): Promise<Response> {
  const angemeldet = await getSession();
  if (!angemeldet)
    return new Response("Unauthorized", { status: 401, headers: kopf("text/plain") });
  const daten = await ladeKontoexport(getDb(), { kontoId: angemeldet.konto.id });
  if (!daten) return new Response("Not found", { status: 404, headers: kopf("text/plain") });
  return new Response(JSON.stringify(daten, null, 2), {
    headers: {
      ...kopf("application/json; charset=utf-8"),
      "Content-Disposition": `attachment; filename="servicekonto-${daten.erstelltAm.slice(0, 10)}.json"`,
    },
  });
}

const kopf = (typ: string) => ({ "Content-Type": typ, "Cache-Control": "no-store" });
