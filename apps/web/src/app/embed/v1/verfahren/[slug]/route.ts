import { getDb } from "@portal/db/client";
import { beteiligungWidgetTexte } from "@/i18n/beteiligung-widget";
import { fill } from "@/i18n/format";
import { publicUrl } from "@/lib/env";
import { rahmenSeite, spracheVon, verfahrenMitMandant } from "@/lib/widget";

type Props = { params: Promise<{ slug: string }> };

/** The procedure widget in a frame, for the municipality's domains only (`?sprache=en`). */
export async function GET(request: Request, { params }: Props) {
  const gefunden = await verfahrenMitMandant(getDb(), (await params).slug);
  if (!gefunden) return new Response("Not found", { status: 404 });
  const lang = spracheVon(new URL(request.url).searchParams.get("sprache"));
  const { verfahren } = gefunden;
  return rahmenSeite({
    lang,
    titel: fill(beteiligungWidgetTexte(lang).einbettung.linkVerfahren, { titel: verfahren.titel }),
    link: `${publicUrl()}/${lang}/beteiligung/${verfahren.slug}`,
    daten: { verfahren: verfahren.slug },
    domains: gefunden.domains,
  });
}
