import { getStaffSession, sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { ladeLastschriftdatei } from "@portal/payments/server";
import { contentDisposition } from "@/lib/download";
import { sichererDateiname } from "@/lib/kasse";
import { protokolliereKasse } from "../../../_server/zugriff";

// One exported pain.008 file, for a clerk of its Organisationseinheit: per request, never
// cached, always a download (never rendered in the portal's origin). Signed out: to the staff
// sign-in and back. Anyone else – another authority's clerk, an unknown or malformed id – gets
// the same plain 404. Every download is in the audit trail (the file holds payers' IBANs).
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ lang: string; id: string }> };

/** File ids are short tokens; anything else cannot exist and is not looked up. */
const DATEI_ID = /^[A-Za-z0-9_-]{1,100}$/u;

const nichtGefunden = () =>
  new Response("Not found", {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lang, id } = await params;
  if (lang !== "de" && lang !== "en") return nichtGefunden();
  const angemeldet = await getStaffSession();
  if (!angemeldet) {
    const ziel = sichererVerwaltungsRuecksprung(`/${lang}/verwaltung/kasse/lastschriften`, lang);
    return new Response(null, {
      status: 303,
      headers: {
        Location: `/${lang}/verwaltung/anmelden?zurueck=${encodeURIComponent(ziel)}`,
        "Cache-Control": "no-store",
      },
    });
  }
  const oes = oesMitRolle(angemeldet.mitarbeiter, "kasse");
  if (oes.length === 0 || !DATEI_ID.test(id)) return nichtGefunden();
  const db = getDb();
  const geladen = await ladeLastschriftdatei(db, { oes, id });
  if (!geladen || !oes.includes(geladen.datei.oeSchluessel)) return nichtGefunden();
  await protokolliereKasse(db, {
    kontoId: angemeldet.mitarbeiter.kontoId,
    oes: [geladen.datei.oeSchluessel],
    aktion: "lastschriftdatei-heruntergeladen",
    gegenstand: `${geladen.datei.id}:${geladen.datei.msgId}`,
  });
  const inhalt = new TextEncoder().encode(geladen.xml);
  const name = sichererDateiname(geladen.datei.dateiname, `pain008-${geladen.datei.id}.xml`);
  return new Response(inhalt, {
    status: 200,
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Length": String(inhalt.byteLength),
      "Content-Disposition": contentDisposition(name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
