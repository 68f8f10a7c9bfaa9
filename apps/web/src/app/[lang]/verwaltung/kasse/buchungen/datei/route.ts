import { getStaffSession, sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { hkrExport } from "@portal/payments/server";
import { contentDisposition } from "@/lib/download";
import { sichererDateiname, tagSchema } from "@/lib/kasse";
import { protokolliereKasse } from "../../_server/zugriff";

// The HKR booking export of one day and Organisationseinheit as a CSV download (the target of
// the GET form on /verwaltung/kasse/buchungen). A day that is no day, an OE the clerk does not
// act for, or a refusal of the service: back to the form with the values as typed and the
// reason as a code (the page words it), so nothing typed is lost and no error text travels in
// the URL. Per request, never cached; every download is in the audit trail.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ lang: string }> };

const keinCache = { "Cache-Control": "no-store" };

function zurueck(lang: string, tag: string, oe: string, fehler: string): Response {
  const q = new URLSearchParams({ tag: tag.slice(0, 40), oe: oe.slice(0, 120), fehler });
  return new Response(null, {
    status: 303,
    headers: { Location: `/${lang}/verwaltung/kasse/buchungen?${q.toString()}`, ...keinCache },
  });
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { lang } = await params;
  if (lang !== "de" && lang !== "en") {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...keinCache },
    });
  }
  const url = new URL(request.url);
  const tag = (url.searchParams.get("tag") ?? "").trim();
  const oe = (url.searchParams.get("oe") ?? "").trim();
  const angemeldet = await getStaffSession();
  if (!angemeldet) {
    const ziel = sichererVerwaltungsRuecksprung(`/${lang}/verwaltung/kasse/buchungen`, lang);
    return new Response(null, {
      status: 303,
      headers: {
        Location: `/${lang}/verwaltung/anmelden?zurueck=${encodeURIComponent(ziel)}`,
        ...keinCache,
      },
    });
  }
  const oes = oesMitRolle(angemeldet.mitarbeiter, "kasse");
  if (oes.length === 0) {
    return new Response(null, {
      status: 303,
      headers: { Location: `/${lang}/verwaltung/kein-zugriff`, ...keinCache },
    });
  }
  if (!tagSchema.safeParse(tag).success) return zurueck(lang, tag, oe, "tag");
  if (!oes.includes(oe)) return zurueck(lang, tag, oe, "oe");
  const db = getDb();
  const ergebnis = await hkrExport(db, { oes, oeSchluessel: oe, tag });
  if (!ergebnis.ok) {
    const code =
      ergebnis.fehler === "eingabe-ungueltig"
        ? "tag"
        : (ergebnis.fehler as string) === "keine-kassendaten"
          ? "keine-kassendaten"
          : "allgemein";
    return zurueck(lang, tag, oe, code);
  }
  await protokolliereKasse(db, {
    kontoId: angemeldet.mitarbeiter.kontoId,
    oes: [oe],
    aktion: "hkr-export-heruntergeladen",
    gegenstand: `hkr:${oe}:${tag}:${ergebnis.zeilen}`,
  });
  const inhalt = new TextEncoder().encode(ergebnis.csv);
  const name = sichererDateiname(ergebnis.dateiname, `hkr-${oe}-${tag}.csv`);
  return new Response(inhalt, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Length": String(inhalt.byteLength),
      "Content-Disposition": contentDisposition(name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      ...keinCache,
    },
  });
}
