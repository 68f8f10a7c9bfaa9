import { getDb } from "@portal/db/client";
import { apiMeldung } from "@/i18n/beteiligung-widget";
import {
  fehlerAntwort,
  pruefeZugang,
  spracheVon,
  verfahrenMitMandant,
  vorabAntwort,
  widgetVerfahren,
} from "@/lib/widget";

type Props = { params: Promise<{ slug: string }> };

/**
 * The procedure widget's data (card, latest contributions, form), for pages of the
 * municipality's embedding domains only (CORS per origin; 403 for any other page).
 */
export async function GET(request: Request, { params }: Props) {
  const db = getDb();
  const gefunden = await verfahrenMitMandant(db, (await params).slug);
  if (!gefunden) return fehlerAntwort(404, "unbekannt", apiMeldung("unbekannt"));
  const zugang = pruefeZugang(request, gefunden.domains);
  if (!zugang.ok) return zugang.antwort;
  const lang = spracheVon(new URL(request.url).searchParams.get("sprache"));
  return Response.json(await widgetVerfahren(db, gefunden, lang, new Date()), {
    // It carries a freshly signed form time: never served from a cache.
    headers: { ...zugang.koepfe, "Cache-Control": "no-store" },
  });
}

export async function OPTIONS(request: Request, { params }: Props) {
  const gefunden = await verfahrenMitMandant(getDb(), (await params).slug);
  if (!gefunden) return fehlerAntwort(404, "unbekannt", apiMeldung("unbekannt"));
  return vorabAntwort(pruefeZugang(request, gefunden.domains), "GET, OPTIONS");
}
