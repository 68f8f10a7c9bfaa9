import { mandantenLogo } from "@portal/beteiligung/server";
import { getDb } from "@portal/db/client";
import { beteiligungsDateiquellen, dateiAntwort } from "@/lib/beteiligung-dateien";

/** The logo of the municipality running a procedure (PNG, JPEG or WebP). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; slug: string }> },
) {
  const { lang, slug } = await params;
  return dateiAntwort(await mandantenLogo(getDb(), beteiligungsDateiquellen(), { slug }), lang);
}
