import { getSession } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { ladeAnhang } from "@portal/postfach/server";
import { istUuid } from "@portal/postfach/types";
import { contentDisposition } from "@/lib/download";

// A download: per request, never cached, for the signed-in recipient only.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ lang: string; id: string; anhangId: string }> };

/**
 * A plain 404 for everything that is not the reader's attachment: not signed in, another
 * person's, unknown or malformed ids. No redirect to the sign-in page (a download link is not a
 * page to come back to, and a redirect would tell a stranger the attachment exists).
 */
const nichtGefunden = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lang, id, anhangId } = await params;
  if ((lang !== "de" && lang !== "en") || !istUuid(id) || !istUuid(anhangId)) {
    return nichtGefunden();
  }
  const angemeldet = await getSession();
  if (!angemeldet) return nichtGefunden();
  const anhang = await ladeAnhang(getDb(), {
    nachrichtId: id,
    anhangId,
    kontoId: angemeldet.konto.id,
    organisationId: angemeldet.sitzung.organisationId,
  });
  if (!anhang) return nichtGefunden();
  return new Response(new Uint8Array(anhang.inhalt), {
    status: 200,
    headers: {
      // The stored type is one of the allowed MEDIENTYPEN; nosniff keeps browsers to it.
      "Content-Type": anhang.medientyp,
      "Content-Length": String(anhang.inhalt.length),
      "Content-Disposition": contentDisposition(anhang.dateiname),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      // Even if opened inline by some client, the file runs nothing of ours.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
