import { getSession, setzeEidTransaktion, sichererRuecksprung } from "@portal/auth/next";
import { beginneEid, type EidZweck, eidStartProAdresse } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { clientAddress, clientKey, consume } from "@portal/ratelimit/server";
import type { NextRequest } from "next/server";
import { isLang, type Lang } from "@/i18n/sprache";

// GET from the "Sign in with the online ID" link (no JavaScript needed): begins the OpenID
// Connect request, keeps its secrets in the transaction cookie and sends the browser to the eID
// service. Parameters: `zweck` ("anmeldung", "verknuepfen" for a signed-in account, or
// "identifikation" with `verfahren`), `zurueck` (a path of this site).
//
// A link, not a form: the portal's CSP (`form-action 'self'`) rightly stops a form submission
// that is redirected to another origin, and the eID service's origin is known only at run time.
// Starting by GET is safe: it changes nothing here but a fresh transaction cookie, and nothing
// comes of it unless the citizen identifies at the eID service with their own card; the return
// is bound to this browser's transaction (state, nonce, PKCE). A link to it on another site can
// at most start an eID request the citizen then sees and can cancel.

const VERFAHREN = /^[a-z][a-z0-9-]{0,30}:[A-Za-z0-9_-]{1,100}$/u;

const weiter = (ort: string) =>
  new Response(null, { status: 303, headers: { Location: ort, "Cache-Control": "no-store" } });

const fehler = (lang: Lang, grund: string) => weiter(`/${lang}/konto/eid/fehler?grund=${grund}`);

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ lang: string }> },
): Promise<Response> {
  const roh = (await params).lang;
  const lang: Lang = isLang(roh) ? roh : "de";
  const db = getDb();
  const adresse = clientAddress(request.headers.get("x-forwarded-for"));
  const erlaubt = await consume(db, eidStartProAdresse, await clientKey(db, adresse));
  if (!erlaubt.ok) return fehler(lang, "zu-oft");

  const feld = (name: string) =>
    [...(request.nextUrl.searchParams.get(name) ?? "")].slice(0, 2000).join("");
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
