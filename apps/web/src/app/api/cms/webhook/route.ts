import { createCmsClient } from "@portal/cms-client/client";
import { webhookEventSchema } from "@portal/cms-client/schemas";
import { applyCmsEvent } from "@portal/cms-client/sync";
import { getDb } from "@portal/db/client";
import { revalidateTag } from "next/cache";
import { hasCmsSecret, unauthorized } from "@/lib/cms-auth";
import { webEnv } from "@/lib/env";

const MAX_BODY = 1_000_000;

/**
 * Strapi's webhook (entry.publish / unpublish / update / delete): re-reads the document from the CMS,
 * updates the read model and expires the cached pages that show it.
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
  try {
    const cms = createCmsClient({ baseUrl: webEnv().CMS_URL, token: webEnv().CMS_READ_TOKEN });
    const tags = await applyCmsEvent(getDb(), cms, event.data);
    // Expire at once (not stale-while-revalidate): the next visitor sees the published change.
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return Response.json({ ok: true, revalidated: tags });
  } catch (error) {
    console.error("[webhook] failed to apply CMS event", error);
    return Response.json({ error: "CMS event could not be applied" }, { status: 502 });
  }
}
