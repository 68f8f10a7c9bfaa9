import { spiegleDateien, synchronisiereBeteiligung } from "@portal/beteiligung/server";
import { createCmsClient } from "@portal/cms-client/client";
import { getDb } from "@portal/db/client";
import { resyncFormulare } from "@portal/forms/server";
import { resyncKatalog } from "@portal/katalog/server";
import { revalidateTag } from "next/cache";
import { beteiligungsDateiquellen } from "@/lib/beteiligung-dateien";
import { hasCmsSecret, unauthorized } from "@/lib/cms-auth";
import { webEnv } from "@/lib/env";

/**
 * Full resync from the CMS (at start and `npm run catalogue:resync`): the catalogue's read model in
 * one transaction, then every cached page and query expires, reference data included (it is
 * re-seeded at start); then the forms (published Formulare become versions, the others are
 * withdrawn), in a transaction of their own; then the procedures of the Beteiligungsportal
 * (Mandanten, Beteiligungsverfahren), in a third. On failure the failed part has not changed, and
 * the answer says so.
 */
export async function POST(request: Request) {
  if (!hasCmsSecret(request)) return unauthorized();
  const cms = createCmsClient({ baseUrl: webEnv().CMS_URL, token: webEnv().CMS_READ_TOKEN });
  let counts: Record<string, number>;
  try {
    const katalog = await resyncKatalog(getDb(), cms);
    for (const tag of katalog.tags) revalidateTag(tag, { expire: 0 });
    counts = katalog.counts;
  } catch (error) {
    console.error("[resync] failed", error);
    return Response.json({ error: "Resync failed; the read model is unchanged" }, { status: 502 });
  }
  try {
    const formulare = await resyncFormulare(getDb(), cms);
    counts = { ...counts, ...formulare.counts };
  } catch (error) {
    console.error("[resync] forms failed", error);
    return Response.json(
      { error: "Resync of the forms failed; the catalogue was resynced, the forms are unchanged" },
      { status: 502 },
    );
  }
  try {
    const beteiligung = await synchronisiereBeteiligung(getDb(), cms);
    // The procedures' files, copied so that the portal serves them without the CMS; best
    // effort (a file not copied now is copied when first asked for).
    const dateien = await spiegleDateien(getDb(), beteiligungsDateiquellen()).catch(
      (error: unknown) => {
        console.warn("[resync] participation files not copied", error);
        return null;
      },
    );
    return Response.json({
      ok: true,
      counts: { ...counts, ...beteiligung.counts, dateien: dateien?.kopiert ?? 0 },
    });
  } catch (error) {
    console.error("[resync] participation procedures failed", error);
    return Response.json(
      {
        error:
          "Resync of the participation procedures failed; the catalogue and the forms were resynced, the procedures are unchanged",
      },
      { status: 502 },
    );
  }
}
