import { ladeMandant, listeVerfahren } from "@portal/beteiligung/server";
import { getDb } from "@portal/db/client";
import type { WidgetVerfahrensliste } from "@portal/widgets/types";
import { apiMeldung } from "@/i18n/beteiligung-widget";
import { fehlerAntwort, listeneintrag, pruefeZugang, spracheVon, vorabAntwort } from "@/lib/widget";

type Props = { params: Promise<{ ags: string }> };

async function mandantVon(ags: string) {
  // AGS: 8 digits (DOMAIN.md); anything else cannot be a municipality.
  return /^\d{8}$/.test(ags) ? ladeMandant(getDb(), { gemeindeAgs: ags }) : null;
}

/** The list widget: the municipality's procedures that are announced, open or closed (not archived). */
export async function GET(request: Request, { params }: Props) {
  const { ags } = await params;
  const mandant = await mandantVon(ags);
  if (!mandant) return fehlerAntwort(404, "unbekannt", apiMeldung("mandantUnbekannt"));
  const zugang = pruefeZugang(request, mandant.einbettungsDomains);
  if (!zugang.ok) return zugang.antwort;
  const lang = spracheVon(new URL(request.url).searchParams.get("sprache"));
  const jetzt = new Date();
  const verfahren = await listeVerfahren(getDb(), {
    gemeindeAgs: ags,
    status: ["aktiv", "ankuendigung", "beendet"],
    jetzt,
  });
  const antwort: WidgetVerfahrensliste = {
    mandant: mandant.name,
    verfahren: verfahren.map((v) => listeneintrag(v, lang, jetzt)),
  };
  return Response.json(antwort, {
    headers: { ...zugang.koepfe, "Cache-Control": "no-store" },
  });
}

export async function OPTIONS(request: Request, { params }: Props) {
  const mandant = await mandantVon((await params).ags);
  if (!mandant) return fehlerAntwort(404, "unbekannt", apiMeldung("mandantUnbekannt"));
  return vorabAntwort(pruefeZugang(request, mandant.einbettungsDomains), "GET, OPTIONS");
}
