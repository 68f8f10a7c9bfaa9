import { istBeteiligungsModell, meldeBeteiligungsEreignis } from "@portal/beteiligung/server";
import { webhookEventSchema } from "@portal/cms-client/schemas";
import { istFormularModell, meldeFormularEreignis } from "@portal/forms/server";
import { istGespiegeltesModell, meldeCmsEreignis } from "@portal/katalog/server";
import { hasCmsSecret, unauthorized } from "@/lib/cms-auth";
import { getJobs } from "@/lib/jobs";

const MAX_BODY = 1_000_000;

/**
 * Strapi's webhook (entry.publish / unpublish / update / delete). The event is only recorded in
 * the job queue (202): the catalogue's for the models it mirrors, the forms' for a Formular, the
 * Beteiligungsportal's for a Mandant or Beteiligungsverfahren. The
 * worker re-reads the document from the CMS, updates the read model (or stores the form's next
 * version) and expires the cached pages, with retries. So a publish is not lost when the portal restarts or
 * the database has a hiccup while it is being applied.
 */
export async function POST(request: Request) {
  if (!hasCmsSecret(request)) return unauthorized();
  const raw = await request.text();
  if (raw.length > MAX_BODY) return Response.json({ error: "Payload too large" }, { status: 413 });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return Response.json({ error: "Invalid JSON" }, { status: 400 });
  }
  const event = webhookEventSchema.safeParse(json);
  if (!event.success) return Response.json({ error: "Invalid webhook payload" }, { status: 400 });
  const documentId = event.data.entry?.documentId;
  const { model } = event.data;
  const melde = istFormularModell(model)
    ? meldeFormularEreignis
    : istBeteiligungsModell(model)
      ? meldeBeteiligungsEreignis
      : istGespiegeltesModell(model)
        ? meldeCmsEreignis
        : null;
  if (!documentId || !melde) return Response.json({ ok: true, ignored: true });
  try {
    const job = await melde(await getJobs(), { model, documentId });
    return Response.json({ ok: true, job }, { status: 202 });
  } catch (error) {
    console.error("[webhook] could not record the CMS event", error);
    return Response.json({ error: "CMS event could not be recorded" }, { status: 503 });
  }
}
