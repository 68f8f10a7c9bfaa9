import { ladeAnlage } from "@portal/antraege/server";
import { getStaffSession, sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { bereinigeDateiname } from "@portal/dateien/types";
import { getDb } from "@portal/db/client";
import { ablage, entschluessele, protokolliere } from "@/lib/antraege";
import { contentDisposition } from "@/lib/download";

// An attachment of an application (submitted with it or sent with an answer to a Rückfrage),
// decrypted for a case worker of the application's Organisationseinheit. Per request, never
// cached, always a download (never rendered in the portal's origin). Signed out: to the staff
// sign-in and back. Anyone else – another authority's staff, an unknown or malformed id, a file
// gone from the store – gets the same plain 404. Every download is in the audit trail.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ lang: string; id: string; anlage: string }> };

/** What a browser may be told a file is: the types uploads are checked for; else bytes. */
const MEDIENTYPEN = new Set(["application/pdf", "image/jpeg", "image/png"]);

const nichtGefunden = () =>
  new Response("Not found", {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lang, id, anlage } = await params;
  if (lang !== "de" && lang !== "en") return nichtGefunden();
  const angemeldet = await getStaffSession();
  if (!angemeldet) {
    const ziel = sichererVerwaltungsRuecksprung(`/${lang}/verwaltung/antraege/${id}`, lang);
    return new Response(null, {
      status: 303,
      headers: {
        Location: `/${lang}/verwaltung/anmelden?zurueck=${encodeURIComponent(ziel)}`,
        "Cache-Control": "private, no-store",
      },
    });
  }
  const datei = await ladeAnlage(getDb(), {
    antragId: id,
    anlageId: anlage,
    bearbeiter: {
      kontoId: angemeldet.mitarbeiter.kontoId,
      oes: oesMitRolle(angemeldet.mitarbeiter, "sachbearbeitung"),
    },
    lade: (schluessel) => ablage().lade(schluessel),
    entschluessele,
    protokolliere,
  });
  if (!datei) return nichtGefunden();
  const medientyp = MEDIENTYPEN.has(datei.medientyp) ? datei.medientyp : "application/octet-stream";
  // The name was cleaned on upload; cleaned again here, since it goes into a header.
  const name = bereinigeDateiname(datei.dateiname) ?? "anlage";
  return new Response(new Uint8Array(datei.inhalt), {
    status: 200,
    headers: {
      "Content-Type": medientyp,
      "Content-Length": String(datei.inhalt.byteLength),
      "Content-Disposition": contentDisposition(name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
