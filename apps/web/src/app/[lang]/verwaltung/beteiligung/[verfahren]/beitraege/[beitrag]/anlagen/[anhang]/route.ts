import { getStaffSession, sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import { ladeAnhang, verwaltetesVerfahren } from "@portal/beteiligung/server";
import { dateiablage } from "@portal/dateien/server";
import { getDb } from "@portal/db/client";
import { gemeindenVon, protokolliereBeteiligung } from "@/lib/beteiligung-verwaltung";
import { contentDisposition } from "@/lib/download";

// One attachment of a statement for the staff of the procedure's municipality: the PDF from the
// Dateiablage, as a download (never inline: a PDF viewer in the portal's origin would run what a
// file smuggled past the checks). The session and role are checked here as in the exports; an
// attachment of another statement, procedure or tenant is a 404 like an unknown one, and every
// download is in the staff audit trail. Per request, never cached.
export const dynamic = "force-dynamic";

type Context = {
  params: Promise<{ lang: string; verfahren: string; beitrag: string; anhang: string }>;
};

const keinCache = { "Cache-Control": "no-store" };

const nichtGefunden = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", ...keinCache },
  });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lang, verfahren: slug, beitrag: beitragId, anhang: anhangId } = await params;
  if ((lang !== "de" && lang !== "en") || !/^[a-z0-9-]{1,120}$/u.test(slug)) return nichtGefunden();
  const angemeldet = await getStaffSession();
  if (!angemeldet) {
    const ziel = sichererVerwaltungsRuecksprung(
      `/${lang}/verwaltung/beteiligung/${slug}/beitraege/${encodeURIComponent(beitragId)}`,
      lang,
    );
    return new Response(null, {
      status: 303,
      headers: {
        Location: `/${lang}/verwaltung/anmelden?zurueck=${encodeURIComponent(ziel)}`,
        ...keinCache,
      },
    });
  }
  const gemeinden = gemeindenVon(angemeldet.mitarbeiter);
  if (gemeinden.length === 0) {
    return new Response(null, {
      status: 303,
      headers: { Location: `/${lang}/verwaltung/kein-zugriff`, ...keinCache },
    });
  }
  const db = getDb();
  const v = await verwaltetesVerfahren(db, { slug, gemeinden });
  if (!v) return nichtGefunden();
  const anhang = await ladeAnhang(db, { anhangId, verfahrenIds: [v.documentId] });
  if (!anhang || anhang.beitragId !== beitragId) return nichtGefunden();
  const inhalt = await dateiablage().lade(anhang.ablageSchluessel);
  if (!inhalt) return nichtGefunden();
  await protokolliereBeteiligung(db, {
    kontoId: angemeldet.mitarbeiter.kontoId,
    gemeindeAgs: v.gemeindeAgs,
    aktion: "beteiligung-anlage-heruntergeladen",
    gegenstand: `beitrag:${anhang.beitragId}:anhang:${anhang.id}`,
  });
  // The name was cleaned on upload; contentDisposition encodes it (RFC 6266) with an ASCII fallback.
  const name = anhang.name || "anlage.pdf";
  return new Response(inhalt as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(inhalt.byteLength),
      "Content-Disposition": contentDisposition(name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      ...keinCache,
    },
  });
}
