import { ladeEntwurf } from "@portal/antraege/server";
import { getDb } from "@portal/db/client";
import type { NextRequest } from "next/server";
import { isLang } from "@/i18n/sprache";
import { setzeEntwurfCookie } from "@/lib/antrag";

// The mailed resume link (`/antrag/fortsetzen?token=…`): the token goes into this browser's
// cookie for the draft and the citizen continues where they left off, on any device. Opening
// the link changes nothing else, so a mail scanner that follows it does no harm; a signed-in
// citizen takes the draft into the account with the next page they save. An invalid or
// expired token leads to the explanation.

const weiter = (ort: string) =>
  new Response(null, {
    status: 303,
    headers: { Location: ort, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ lang: string }> },
): Promise<Response> {
  const roh = (await params).lang;
  const lang = isLang(roh) ? roh : "de";
  const token = (request.nextUrl.searchParams.get("token") ?? "").slice(0, 100);
  const entwurf = token ? await ladeEntwurf(getDb(), { zugang: { token } }) : null;
  if (!entwurf) return weiter(`/${lang}/antrag/fortsetzen/ungueltig`);
  await setzeEntwurfCookie(entwurf.id, token, entwurf.fortsetzungBisAm);
  return weiter(`/${lang}/antrag/${entwurf.formular}/${entwurf.id}/${entwurf.seite ?? "pruefen"}`);
}
