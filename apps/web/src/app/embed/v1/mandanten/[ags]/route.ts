import { ladeMandant } from "@portal/beteiligung/server";
import { getDb } from "@portal/db/client";
import { beteiligungWidgetTexte } from "@/i18n/beteiligung-widget";
import { fill } from "@/i18n/format";
import { publicUrl } from "@/lib/env";
import { rahmenSeite, spracheVon } from "@/lib/widget";

type Props = { params: Promise<{ ags: string }> };

/** The list widget of a municipality in a frame, for its domains only (`?sprache=en`). */
export async function GET(request: Request, { params }: Props) {
  const { ags } = await params;
  const mandant = /^\d{8}$/.test(ags) ? await ladeMandant(getDb(), { gemeindeAgs: ags }) : null;
  if (!mandant) return new Response("Not found", { status: 404 });
  const lang = spracheVon(new URL(request.url).searchParams.get("sprache"));
  return rahmenSeite({
    lang,
    titel: fill(beteiligungWidgetTexte(lang).einbettung.linkListe, { mandant: mandant.name }),
    link: `${publicUrl()}/${lang}/beteiligung`,
    daten: { mandant: ags },
    domains: mandant.einbettungsDomains,
  });
}
