import { verfahrensDokument } from "@portal/beteiligung/server";
import { getDb } from "@portal/db/client";
import { beteiligungsDateiquellen, dateiAntwort } from "@/lib/beteiligung-dateien";

/** Document `nr` (0-based, as the procedure lists them) of a procedure: a PDF, inline. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; slug: string; nr: string }> },
) {
  const { lang, slug, nr } = await params;
  const nummer = /^\d{1,3}$/.test(nr) ? Number(nr) : -1;
  const r = await verfahrensDokument(getDb(), beteiligungsDateiquellen(), { slug, nr: nummer });
  return dateiAntwort(r, lang);
}
