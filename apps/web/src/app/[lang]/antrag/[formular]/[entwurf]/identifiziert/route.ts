import { identifikationsVerfahren } from "@portal/antraege/server";
import { ladeEinmaligeIdentifikation } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import type { NextRequest } from "next/server";
import { isLang } from "@/i18n/sprache";
import { ladeLauf, speichere } from "@/lib/antrag";

// The eID service's way back for a one-off identification (GET from /konto/eid/rueckkehr with
// `?identifikation=`): the identification is stored with the draft if it was made for it, and
// the citizen is back on the check page. An identification for another draft (or none) changes
// nothing.

const weiter = (ort: string) =>
  new Response(null, { status: 303, headers: { Location: ort, "Cache-Control": "no-store" } });

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ lang: string; formular: string; entwurf: string }> },
): Promise<Response> {
  const p = await params;
  const lang = isLang(p.lang) ? p.lang : "de";
  if (!/^[a-z0-9-]{1,100}$/.test(p.formular)) return weiter(`/${lang}`);
  const db = getDb();
  const lauf = await ladeLauf(db, { schluessel: p.formular, entwurfId: p.entwurf });
  if (!lauf) return weiter(`/${lang}/antrag/${p.formular}?unbekannt=1`);
  const pruefen = `/${lang}/antrag/${p.formular}/${lauf.entwurf.id}/pruefen`;
  const id = request.nextUrl.searchParams.get("identifikation") ?? "";
  const identifikation = await ladeEinmaligeIdentifikation(db, {
    id: id.slice(0, 100),
    verfahren: identifikationsVerfahren(lauf.entwurf.id),
  });
  if (identifikation) {
    await speichere(db, lauf, {
      antworten: lauf.antworten,
      offen: lauf.offen,
      seite: lauf.entwurf.seite,
      einmaligeIdentifikationId: identifikation.id,
    });
  }
  return weiter(pruefen);
}
