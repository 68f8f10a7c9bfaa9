import { getSession } from "@portal/auth/next";
import { exportiereKonto } from "@portal/auth/server";
import { getDb } from "@portal/db/client";

/**
 * The signed-in citizen's data as JSON, a download (GDPR Art. 20: "in a structured, commonly used
 * and machine-readable format"). Never cached: it is personal data. The Postfach's messages are
 * added here once @portal/postfach offers `exportiereNachrichten`.
 */
export async function GET(): Promise<Response> {
  const angemeldet = await getSession();
  if (!angemeldet)
    return new Response("Unauthorized", { status: 401, headers: kopf("text/plain") });
  const daten = await exportiereKonto(getDb(), { kontoId: angemeldet.konto.id });
  if (!daten) return new Response("Not found", { status: 404, headers: kopf("text/plain") });
  return new Response(JSON.stringify(daten, null, 2), {
    headers: {
      ...kopf("application/json; charset=utf-8"),
      "Content-Disposition": `attachment; filename="servicekonto-${new Date().toISOString().slice(0, 10)}.json"`,
    },
  });
}

const kopf = (typ: string) => ({ "Content-Type": typ, "Cache-Control": "no-store" });
