import { createCmsClient } from "@portal/cms-client/client";
import { getDb } from "@portal/db/client";
import { resyncKatalog } from "@portal/katalog/server";
import { revalidateTag } from "next/cache";
import { hasCmsSecret, unauthorized } from "@/lib/cms-auth";
import { webEnv } from "@/lib/env";

/**
 * Full resync of the read model from the CMS (at start and `npm run catalogue:resync`), in one
 * transaction; then every cached page and query expires, reference data included (it is re-seeded
 * at start). On failure nothing has changed, and the answer says so.
 */
export async function POST(request: Request) {
  if (!hasCmsSecret(request)) return unauthorized();
  try {
    const { counts, tags } = await resyncKatalog(
      getDb(),
      createCmsClient({ baseUrl: webEnv().CMS_URL, token: webEnv().CMS_READ_TOKEN }),
    );
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return Response.json({ ok: true, counts });
  } catch (error) {
    console.error("[resync] failed", error);
    return Response.json({ error: "Resync failed; the read model is unchanged" }, { status: 502 });
  }
}
