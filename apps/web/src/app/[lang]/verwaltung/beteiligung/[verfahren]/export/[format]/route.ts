import { getStaffSession, sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import {
  abwaegungstabelle,
  exportiereBeitraege,
  exportiereUmfrage,
  verwaltetesVerfahren,
} from "@portal/beteiligung/server";
import { getDb } from "@portal/db/client";
import { gemeindenVon, protokolliereBeteiligung } from "@/lib/beteiligung-verwaltung";
import { contentDisposition } from "@/lib/download";
import { sichererDateiname } from "@/lib/kasse";

// The downloads of a procedure for its municipality's staff: all contributions as CSV or XLSX,
// the statements' Abwägungstabelle as PDF, the survey's answers as CSV ("umfrage"). The session and the role are checked here (a route
// is not below the pages' checks), another tenant's procedure is a 404 like an unknown one, and
// every download is in the audit trail. Per request, never cached.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ lang: string; verfahren: string; format: string }> };

const keinCache = { "Cache-Control": "no-store" };
const ARTEN = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  umfrage: "text/csv; charset=utf-8",
} as const;

const nichtGefunden = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", ...keinCache },
  });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lang, verfahren: slug, format } = await params;
  if ((lang !== "de" && lang !== "en") || !/^[a-z0-9-]{1,120}$/u.test(slug)) return nichtGefunden();
  if (format !== "csv" && format !== "xlsx" && format !== "pdf" && format !== "umfrage") {
    return nichtGefunden();
  }
  const angemeldet = await getStaffSession();
  if (!angemeldet) {
    const ziel = sichererVerwaltungsRuecksprung(`/${lang}/verwaltung/beteiligung/${slug}`, lang);
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
  const ergebnis =
    format === "pdf"
      ? await abwaegungstabelle(db, { verfahrenId: v.documentId, gemeinden, lang })
      : format === "umfrage"
        ? await exportiereUmfrage(db, { verfahrenId: v.documentId, gemeinden, lang })
        : await exportiereBeitraege(db, { verfahrenId: v.documentId, gemeinden, format, lang });
  if (!ergebnis) return nichtGefunden();
  await protokolliereBeteiligung(db, {
    kontoId: angemeldet.mitarbeiter.kontoId,
    gemeindeAgs: v.gemeindeAgs,
    aktion: "beteiligung-export-heruntergeladen",
    gegenstand: `verfahren:${v.documentId}:${format}:${ergebnis.zeilen}`,
  });
  const tag = new Date().toISOString().slice(0, 10);
  const stamm =
    format === "pdf" ? "abwaegungstabelle" : format === "umfrage" ? "umfrage" : "beitraege";
  const endung = format === "umfrage" ? "csv" : format;
  const name = sichererDateiname(`${stamm}-${slug}-${tag}.${endung}`, `${stamm}.${endung}`);
  return new Response(ergebnis.inhalt as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "Content-Type": ARTEN[format],
      "Content-Length": String(ergebnis.inhalt.byteLength),
      "Content-Disposition": contentDisposition(name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      ...keinCache,
    },
  });
}
