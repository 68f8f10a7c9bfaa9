import { createHash, timingSafeEqual } from "node:crypto";
import { createCmsClient } from "@portal/cms-client/client";
import { webhookEventSchema } from "@portal/cms-client/schemas";
import { applyCmsEvent } from "@portal/cms-client/sync";
import { getDb } from "@portal/db/client";
import { revalidateTag } from "next/cache";
import { webEnv } from "@/lib/env";

const MAX_BODY = 1_000_000;

/** Constant-time comparison; hashing first makes the lengths equal so the length leaks nothing. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Strapi's webhook (entry.publish / unpublish / update / delete): re-reads the document from the CMS,
 * updates the read model and expires the cached pages that show it.
 */
export async function POST(request: Request) {
  const env = webEnv();
  const auth = request.headers.get("authorization") ?? "";
  const token = auth.startsWith("Bearer ") ? auth.slice(7) : "";
  if (!token || !sameSecret(token, env.CMS_WEBHOOK_SECRET)) {
    return Response.json({ error: "Nicht berechtigt / Unauthorized" }, { status: 401 });
  }
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
    const tags = await applyCmsEvent(getDb(), createCmsClient({ baseUrl: env.CMS_URL }), event.data);
    // Expire at once (not stale-while-revalidate): the next visitor sees the published change.
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return Response.json({ ok: true, revalidated: tags });
  } catch (error) {
    console.error("[webhook] failed to apply CMS event", error);
    return Response.json({ error: "CMS event could not be applied" }, { status: 502 });
  }
}
