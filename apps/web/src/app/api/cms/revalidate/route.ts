import { GEBIET_TAG, katalogTags } from "@portal/katalog/server";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { hasCmsSecret, unauthorized } from "@/lib/cms-auth";

const tags = z.object({
  tags: z
    .array(z.enum([...Object.values(katalogTags), GEBIET_TAG]))
    .min(1)
    .max(20),
});

/**
 * Expires cached pages by tag: called by the worker once it has applied a CMS event to the read
 * model (the cache lives in the web process). Internal: the CMS secret as bearer.
 */
export async function POST(request: Request) {
  if (!hasCmsSecret(request)) return unauthorized();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "Invalid JSON" }, { status: 400 });
  }
  const parsed = tags.safeParse(body);
  if (!parsed.success) return Response.json({ error: "Unknown tags" }, { status: 400 });
  // Expire at once (not stale-while-revalidate): the next visitor sees the published change.
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ ok: true, revalidated: parsed.data.tags });
}
