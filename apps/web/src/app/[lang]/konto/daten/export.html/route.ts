import { getSession } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { datenschutzTexte } from "@/i18n/datenschutz";
import { isLang } from "@/i18n/sprache";
import { kontoexportHtml, ladeKontoexport } from "@/lib/datenexport";

/**
 * The signed-in citizen's data as a readable, printable HTML page (GDPR Art. 15 (3): a copy "in a
 * commonly used electronic form"), with the Postfach's messages, headings and labels in the page
 * language. Never cached: it is personal data.
 */
export async function GET(_: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang: roh } = await params;
  const lang = isLang(roh) ? roh : "de";
  const angemeldet = await getSession();
  if (!angemeldet)
    return new Response("Unauthorized", { status: 401, headers: kopf("text/plain") });
  const daten = await ladeKontoexport(getDb(), { kontoId: angemeldet.konto.id });
  if (!daten) return new Response("Not found", { status: 404, headers: kopf("text/plain") });
  const html = kontoexportHtml(daten, lang, datenschutzTexte(lang).export);
  return new Response(html, {
    headers: {
      ...kopf("text/html; charset=utf-8"),
      "Content-Disposition": `attachment; filename="servicekonto-${daten.erstelltAm.slice(0, 10)}.html"`,
    },
  });
}

const kopf = (typ: string) => ({ "Content-Type": typ, "Cache-Control": "no-store" });
