import { getDb } from "@portal/db/client";
import { ablage } from "@/lib/antraege";
import { contentDisposition } from "@/lib/download";
import { ladeEingang } from "@/lib/eingang";

// The receipt of an application (a tagged PDF with every answer): per request, never cached,
// for the applicant's account or the browser that submitted it; a plain 404 for anyone else.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ lang: string; antrag: string }> };

const nichtGefunden = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { lang, antrag } = await params;
  if (lang !== "de" && lang !== "en") return nichtGefunden();
  const eingang = await ladeEingang(getDb(), antrag);
  if (!eingang) return nichtGefunden();
  const pdf = await ablage().lade(eingang.beleg);
  if (!pdf) return nichtGefunden();
  const name = `${lang === "de" ? "Eingangsbestaetigung" : "Confirmation-of-receipt"}-${eingang.aktenzeichen}.pdf`;
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": contentDisposition(name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
