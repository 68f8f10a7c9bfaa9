import {
  getSession,
  leseEidTransaktion,
  loescheEidTransaktion,
  setzeSitzungscookie,
  sichererRuecksprung,
} from "@portal/auth/next";
import { beendeSitzung, schliesseEidAb } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import type { NextRequest } from "next/server";

// The redirect URI registered at the eID service: `${PUBLIC_URL}/de/konto/eid/rueckkehr` for both
// languages (the language travels in the transaction). Completes the request, sets the session
// cookie, and sends the browser on: to `zurueck`, for an identification with `?identifikation=`,
// on failure to the explanation page.

const weiter = (ort: string) =>
  new Response(null, { status: 303, headers: { Location: ort, "Cache-Control": "no-store" } });

export async function GET(request: NextRequest): Promise<Response> {
  const transaktion = await leseEidTransaktion();
  // A transaction is used once, whatever happens next (a reload cannot replay it).
  await loescheEidTransaktion();
  const angemeldet = await getSession();
  const db = getDb();
  const ergebnis = await schliesseEidAb(db, {
    callbackParams: request.nextUrl.searchParams,
    transaktion,
    geraet: request.headers.get("user-agent"),
    angemeldet: angemeldet ? { kontoId: angemeldet.konto.id, token: angemeldet.token } : null,
  });
  const { lang } = ergebnis;
  if (!ergebnis.ok) return weiter(`/${lang}/konto/eid/fehler?grund=${ergebnis.fehler}`);

  const ziel = sichererRuecksprung(ergebnis.zurueck, lang);
  if (ergebnis.zweck === "identifikation") {
    const trenner = ziel.includes("?") ? "&" : "?";
    return weiter(
      `${ziel}${trenner}identifikation=${encodeURIComponent(ergebnis.identifikationId)}`,
    );
  }
  // Signing in as someone (else) ends the session this browser had: one account per browser.
  if (ergebnis.zweck === "anmeldung" && angemeldet) {
    await beendeSitzung(db, { token: angemeldet.token });
  }
  await setzeSitzungscookie({
    kontoId: ergebnis.kontoId,
    token: ergebnis.sitzung.token,
    laeuftAbAm: ergebnis.sitzung.laeuftAbAm,
  });
  return weiter(ziel);
}
