import { regelnVon, reicheBeitragEin } from "@portal/beteiligung/server";
import { darf } from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { clientAddress, clientKey } from "@portal/ratelimit/server";
import { pruefeWidgetToken } from "@portal/widgets/server";
import type { WidgetEingang } from "@portal/widgets/types";
import { apiMeldung } from "@/i18n/beteiligung-widget";
import { beitragsBestaetigungsMail, postBeteiligung, pruefeAnzeige } from "@/lib/beteiligung-post";
import {
  fehlerAntwort,
  identitaetVon,
  leseJson,
  pruefeZugang,
  spracheVon,
  verfahrenMitMandant,
  vorabAntwort,
  widgetSchluessel,
} from "@/lib/widget";

type Props = { params: Promise<{ slug: string }> };

/** HTTP status per refusal of the domain (every refusal a 4xx with `{ fehler, meldung }`). */
const STATUS: Record<string, number> = {
  eingabe: 422,
  spam: 422,
  "zu-schnell": 422,
  identitaet: 401,
  "keine-offene-phase": 403,
  "nicht-erlaubt": 403,
  "nur-institutionen": 403,
  "zu-viele": 429,
};

const text = (wert: unknown) => (typeof wert === "string" ? wert : undefined);

/**
 * A comment from the widget, through the domain's `reicheBeitragEin` (its rules, honeypot,
 * minimum fill time, rate limits). Without a token the participant is anonymous, with an e-mail
 * address to confirm where one is given (the mail goes out here); with the popup's token
 * (`Authorization: Bearer …`, for this procedure and this page's origin) the account.
 */
export async function POST(request: Request, { params }: Props) {
  const db = getDb();
  const { slug } = await params;
  const gefunden = await verfahrenMitMandant(db, slug);
  if (!gefunden) return fehlerAntwort(404, "unbekannt", apiMeldung("unbekannt"));
  const zugang = pruefeZugang(request, gefunden.domains, { mitOrigin: true });
  if (!zugang.ok) return zugang.antwort;
  const koepfe = zugang.koepfe;

  const json = await leseJson(request);
  if (!json.ok) {
    const meldung = apiMeldung(json.fehler === "zu-gross" ? "zuGross" : json.fehler);
    return fehlerAntwort(json.status, json.fehler, meldung, koepfe);
  }
  const body = json.wert;
  const lang = spracheVon(body.sprache);

  let konto: { kontoId: string; art: "konto" | "eid" } | null = null;
  const autorisierung = request.headers.get("authorization");
  if (autorisierung !== null) {
    const token = /^Bearer (\S+)$/.exec(autorisierung)?.[1];
    const geprueft = pruefeWidgetToken(widgetSchluessel(), token, {
      verfahren: slug,
      origin: zugang.origin,
    });
    if (!geprueft.ok) {
      return fehlerAntwort(401, "token", apiMeldung("token"), {
        ...koepfe,
        "WWW-Authenticate": `Bearer error="invalid_token"`,
      });
    }
    konto = { kontoId: geprueft.token.kontoId, art: identitaetVon(geprueft.token.niveau) };
  }
  const email = text(body.email)?.trim();
  const identitaet = konto
    ? { art: konto.art, kontoId: konto.kontoId }
    : email
      ? { art: "email" as const, email }
      : { art: "anonym" as const };

  const regeln = regelnVon(gefunden.verfahren);
  const ergebnis = await reicheBeitragEin(db, {
    regeln,
    eingabe: {
      art: "kommentar",
      text: text(body.text) ?? "",
      name: text(body.name),
      webseite: text(body.webseite),
      // Only a time this portal signed counts; anything else is "zu-schnell".
      angezeigtUm: pruefeAnzeige(body.angezeigtUm),
    },
    identitaet,
    client: await clientKey(db, clientAddress(request.headers.get("x-forwarded-for"))),
    jetzt: new Date(),
  });

  if (!ergebnis.ok) {
    const status = STATUS[ergebnis.fehler] ?? 400;
    // Anonymous where the phase asks for an e-mail address: that field is what is missing.
    const emailFehlt =
      ergebnis.fehler === "identitaet" &&
      identitaet.art === "anonym" &&
      darf(regeln, { aktion: "kommentieren", jetzt: new Date(), identitaet: "email" }).ok;
    if (emailFehlt) {
      return fehlerAntwort(422, "eingabe", apiMeldung("eingabe"), koepfe, {
        felder: { email: apiMeldung("emailFehlt") },
      });
    }
    if (ergebnis.fehler === "eingabe") {
      return fehlerAntwort(status, "eingabe", apiMeldung("eingabe"), koepfe, {
        felder: ergebnis.felder,
      });
    }
    const extra: Record<string, string> =
      ergebnis.fehler === "zu-viele"
        ? {
            "Retry-After": String(
              Math.max(1, Math.ceil((ergebnis.retryAt.getTime() - Date.now()) / 1000)),
            ),
          }
        : {};
    return fehlerAntwort(status, ergebnis.fehler, ergebnis.meldung, { ...koepfe, ...extra });
  }

  if (ergebnis.bestaetigungsToken && identitaet.art === "email") {
    await postBeteiligung(
      beitragsBestaetigungsMail(identitaet.email, lang, {
        token: ergebnis.bestaetigungsToken,
        verfahrenTitel: gefunden.verfahren.titel,
      }),
    );
  }
  const status = ergebnis.beitrag.status as WidgetEingang["status"];
  const antwort: WidgetEingang = { ok: true, status, meldung: apiMeldung(status) };
  return Response.json(antwort, {
    status: 201,
    headers: { ...koepfe, "Cache-Control": "no-store" },
  });
}

export async function OPTIONS(request: Request, { params }: Props) {
  const gefunden = await verfahrenMitMandant(getDb(), (await params).slug);
  if (!gefunden) return fehlerAntwort(404, "unbekannt", apiMeldung("unbekannt"));
  return vorabAntwort(pruefeZugang(request, gefunden.domains), "POST, OPTIONS");
}
