import { getSession, setzeEidTransaktion, sichererRuecksprung } from "@portal/auth/next";
import { beginneEid, type EidZweck } from "@portal/auth/server";
import type { NextRequest } from "next/server";
import { isLang, type Lang } from "@/i18n/sprache";
import { vonDieserSeite } from "@/lib/herkunft";

// POST from the "Sign in with the online ID" button (a plain form, no JavaScript): begins the
// OpenID Connect request, keeps its secrets in the transaction cookie and sends the browser to
// the eID service. Fields: `zweck` ("anmeldung", "verknuepfen" for a signed-in account, or
// "identifikation" with `verfahren`), `zurueck` (a path of this site).

const VERFAHREN = /^[a-z][a-z0-9-]{0,30}:[A-Za-z0-9_-]{1,100}$/u;

const weiter = (ort: string) =>
  new Response(null, { status: 303, headers: { Location: ort, "Cache-Control": "no-store" } });

const fehler = (lang: Lang, grund: string) => weiter(`/${lang}/konto/eid/fehler?grund=${grund}`);

export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ lang: string }> },
): Promise<Response> {
  const roh = (await params).lang;
  const lang: Lang = isLang(roh) ? roh : "de";
  if (!vonDieserSeite(request.headers)) return fehler(lang, "ungueltig");

  const form = await request.formData().catch(() => null);
  const feld = (name: string) => {
    const wert = form?.get(name);
    return typeof wert === "string" ? wert : "";
  };
  const zurueckRoh = feld("zurueck");
  const zurueck = zurueckRoh ? sichererRuecksprung(zurueckRoh, lang) : null;

  let zweck: EidZweck;
  switch (feld("zweck")) {
    case "verknuepfen": {
      // The account to link comes from the session, never from the form.
      const angemeldet = await getSession();
      if (!angemeldet) {
        return weiter(
          `/${lang}/konto/anmelden?zurueck=${encodeURIComponent(zurueck ?? `/${lang}/konto`)}`,
        );
      }
      zweck = { zweck: "verknuepfen", kontoId: angemeldet.konto.id };
      break;
    }
    case "identifikation": {
      const verfahren = feld("verfahren");
      if (!VERFAHREN.test(verfahren)) return fehler(lang, "ungueltig");
      zweck = { zweck: "identifikation", verfahren };
      break;
    }
    default:
      zweck = { zweck: "anmeldung" };
  }

  const begonnen = await beginneEid(zweck, { lang, zurueck });
  if (!begonnen) return fehler(lang, "nicht-verfuegbar");
  await setzeEidTransaktion(begonnen.transaktion);
  return weiter(begonnen.url);
}
