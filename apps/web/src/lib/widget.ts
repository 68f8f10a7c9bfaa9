import "server-only";
import { createHmac } from "node:crypto";
import {
  ladeMandant,
  ladeVerfahren,
  oeffentlicheBeitraege,
  regelnVon,
} from "@portal/beteiligung/server";
import { darf, type Identitaet, type Phase, status } from "@portal/beteiligung/types";
import type { Db } from "@portal/db/client";
import {
  baueEinbettungsskript,
  type Einbettungsskript,
  istErlaubterUrsprung,
  rahmenQuellen,
  type TokenNiveau,
} from "@portal/widgets/server";
import {
  MAX_EINGABE_BYTES,
  type Meldung,
  type WidgetListeneintrag,
  type WidgetPhase,
  type WidgetVerfahren,
} from "@portal/widgets/types";
import { apiMeldung } from "@/i18n/beteiligung-widget";
import type { Lang } from "@/i18n/sprache";
import { signiereAnzeige } from "@/lib/beteiligung-post";
import { publicUrl, sitzungsSchluessel } from "@/lib/env";
import { cspMitFrameAncestors } from "@/lib/proxy/csp";

// The widgets' side of the web app (issue 11 item 6): the embed script, the checks of the widget
// API (/api/beteiligung/v1/…: who may ask, what a body may be) and what it answers. The API reads
// no cookie: the widget sends none (credentials omitted), a signed-in participant's identity
// comes only as the popup's token in `Authorization: Bearer …`.

type Verfahren = NonNullable<Awaited<ReturnType<typeof ladeVerfahren>>>;

let skript: Promise<Einbettungsskript> | undefined;

/** /embed/v1.js, bundled once per process (a failed build is tried again on the next request). */
export function einbettungsskript(): Promise<Einbettungsskript> {
  skript ??= baueEinbettungsskript().catch((fehler: unknown) => {
    skript = undefined;
    throw fehler;
  });
  return skript;
}

/** The key of the popup's tokens, derived from the session key (never the session key itself). */
export const widgetSchluessel = () =>
  createHmac("sha256", sitzungsSchluessel()).update("beteiligung-widget-token").digest();

export const portalOrigin = () => new URL(publicUrl()).origin;

/** The identity a token's sign-in gives: a password is an account, the online ID an eID. */
export const identitaetVon = (niveau: TokenNiveau): Extract<Identitaet, "konto" | "eid"> =>
  niveau === "niedrig" ? "konto" : "eid";

/** Whether a page of `origin` may embed procedures of a municipality with these domains. */
export const darfEinbetten = (origin: string | null, einbettungsDomains: readonly string[]) =>
  istErlaubterUrsprung(origin, { einbettungsDomains, portalOrigin: portalOrigin() });

/** A refusal: `{ fehler, meldung: { de, en } }` (and more), never cached. */
export function fehlerAntwort(
  status: number,
  fehler: string,
  meldung: Meldung,
  koepfe: Record<string, string> = {},
  mehr: Record<string, unknown> = {},
): Response {
  return Response.json(
    { fehler, meldung, ...mehr },
    { status, headers: { "Cache-Control": "no-store", ...koepfe } },
  );
}

export type Zugang =
  | { ok: true; origin: string | null; koepfe: Record<string, string> }
  | { ok: false; antwort: Response };

/**
 * Whether the request comes from a page that may embed the municipality's procedures: its
 * `Origin` on the list (or the portal itself) → CORS for that origin. A request without
 * `Origin` is a same-origin read or not from a browser page at all; a browser marks a
 * cross-site one (Sec-Fetch-Site), and that is refused. `mitOrigin`: writes need an `Origin`
 * (browsers always send one with a POST).
 */
export function pruefeZugang(
  request: Request,
  einbettungsDomains: readonly string[],
  { mitOrigin = false } = {},
): Zugang {
  const origin = request.headers.get("origin");
  const vary = { Vary: "Origin" };
  if (origin === null) {
    const site = request.headers.get("sec-fetch-site");
    if (!mitOrigin && (site === null || site === "same-origin" || site === "none")) {
      return { ok: true, origin: null, koepfe: vary };
    }
  } else if (darfEinbetten(origin, einbettungsDomains)) {
    return { ok: true, origin, koepfe: { ...vary, "Access-Control-Allow-Origin": origin } };
  }
  return { ok: false, antwort: fehlerAntwort(403, "ursprung", apiMeldung("ursprung"), vary) };
}

/** The answer to a CORS preflight of an allowed page. */
export function vorabAntwort(zugang: Zugang, methoden: string): Response {
  if (!zugang.ok) return zugang.antwort;
  return new Response(null, {
    status: 204,
    headers: {
      ...zugang.koepfe,
      "Access-Control-Allow-Methods": methoden,
      "Access-Control-Allow-Headers": "Content-Type, Authorization",
      "Access-Control-Max-Age": "600",
    },
  });
}

/** A procedure with the embedding domains and the name of its municipality, or null. */
export async function verfahrenMitMandant(
  db: Db,
  slug: string,
): Promise<{ verfahren: Verfahren; mandant: string; domains: string[] } | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const verfahren = await ladeVerfahren(db, { slug });
  if (!verfahren) return null;
  const mandant = await ladeMandant(db, { gemeindeAgs: verfahren.gemeindeAgs });
  return {
    verfahren,
    mandant: mandant?.name ?? verfahren.gemeindeAgs,
    domains: mandant?.einbettungsDomains ?? [],
  };
}

export type JsonErgebnis =
  | { ok: true; wert: Record<string, unknown> }
  | { ok: false; status: 400 | 413 | 415; fehler: "json" | "zu-gross" | "typ" };

/**
 * The request's body as a JSON object, read up to MAX_EINGABE_BYTES (16 KB): a larger body is
 * 413 before it is read to the end, anything but a JSON object 400, another content type 415.
 */
export async function leseJson(request: Request): Promise<JsonErgebnis> {
  const typ = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(typ)) return { ok: false, status: 415, fehler: "typ" };
  if (Number(request.headers.get("content-length") ?? 0) > MAX_EINGABE_BYTES) {
    return { ok: false, status: 413, fehler: "zu-gross" };
  }
  const teile: Uint8Array[] = [];
  let laenge = 0;
  const leser = request.body?.getReader();
  while (leser) {
    const { done, value } = await leser.read();
    if (done) break;
    laenge += value.byteLength;
    if (laenge > MAX_EINGABE_BYTES) {
      await leser.cancel();
      return { ok: false, status: 413, fehler: "zu-gross" };
    }
    teile.push(value);
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(teile));
    const wert: unknown = JSON.parse(text);
    if (wert && typeof wert === "object" && !Array.isArray(wert)) {
      return { ok: true, wert: wert as Record<string, unknown> };
    }
  } catch {}
  return { ok: false, status: 400, fehler: "json" };
}

const iso = (d: Date) => d.toISOString();

/** The phase a card shows: the first open one, else the next to begin; null after the last. */
function anzuzeigendePhase(phasen: Phase[], jetzt: Date): WidgetPhase | null {
  const t = jetzt.getTime();
  const offen = phasen.find((p) => p.beginn.getTime() <= t && t < p.ende.getTime());
  const naechste = phasen
    .filter((p) => p.beginn.getTime() > t)
    .sort((a, b) => a.beginn.getTime() - b.beginn.getTime())[0];
  const p = offen ?? naechste;
  return p
    ? { titel: p.titel, beginn: iso(p.beginn), ende: iso(p.ende), offen: p === offen }
    : null;
}

const verfahrensUrl = (lang: Lang, slug: string) => `${publicUrl()}/${lang}/beteiligung/${slug}`;

/** A procedure of the municipality's list. */
export function listeneintrag(
  v: Verfahren & { status: WidgetListeneintrag["status"] },
  lang: Lang,
  jetzt: Date,
): WidgetListeneintrag {
  return {
    slug: v.slug,
    titel: v.titel,
    kurzbeschreibung: v.kurzbeschreibung,
    status: v.status,
    url: verfahrensUrl(lang, v.slug),
    phase: anzuzeigendePhase(regelnVon(v).phasen, jetzt),
  };
}

/**
 * What the procedure widget shows: the card, the five latest published contributions, and the
 * comment form with the identity its open phase asks for (or why there is none).
 */
export async function widgetVerfahren(
  db: Db,
  { verfahren: v, mandant }: { verfahren: Verfahren; mandant: string },
  lang: Lang,
  jetzt: Date,
): Promise<WidgetVerfahren> {
  const regeln = regelnVon(v);
  // Asked with the strongest identity: is there a phase open for comments from the public at
  // all, and which identity does it want?
  const kommentar = darf(regeln, { aktion: "kommentieren", jetzt, identitaet: "eid" });
  const { beitraege } = await oeffentlicheBeitraege(db, { verfahrenId: v.documentId, limit: 5 });
  return {
    slug: v.slug,
    titel: v.titel,
    kurzbeschreibung: v.kurzbeschreibung,
    status: status(regeln, jetzt),
    url: verfahrensUrl(lang, v.slug),
    mandant,
    phase: anzuzeigendePhase(regeln.phasen, jetzt),
    formular: kommentar.ok
      ? {
          identitaet: kommentar.phase.identitaet.kommentieren ?? "anonym",
          angezeigtUm: signiereAnzeige(jetzt),
        }
      : null,
    hinweis: kommentar.ok ? null : kommentar.meldung,
    beitraege: beitraege.map((b) => ({
      id: b.id,
      name: b.name,
      text: b.text,
      erstellt: iso(b.erstellt),
    })),
  };
}

/** The page language a widget asked for (`?sprache=`), German by default. */
export const spracheVon = (wert: unknown): Lang => (wert === "en" ? "en" : "de");

const html = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The frame variant (/embed/v1/…): a page of the portal with the fallback link and the embed
 * script, for sites whose CMS takes an iframe but no script. Only the municipality's domains may
 * frame it (`frame-ancestors` from its list, set here at run time since the list lives in the
 * CMS; the static CSP of next.config.ts leaves these paths out); in the frame the widget talks to
 * the API as the portal's own page.
 */
export function rahmenSeite(p: {
  lang: Lang;
  titel: string;
  link: string;
  daten: Record<string, string>;
  domains: readonly string[];
}): Response {
  const attribute = Object.entries(p.daten)
    .map(([k, v]) => ` data-${k}="${html(v)}"`)
    .join("");
  const seite = `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${html(p.titel)}</title><style>body{margin:0;font:16px/1.5 system-ui,sans-serif}a{color:#0b4ea2}</style></head><body><main><a href="${html(p.link)}" target="_top">${html(p.titel)}</a><script src="/embed/v1.js"${attribute} data-sprache="${p.lang}" async></script></main></body></html>`;
  return new Response(seite, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": cspMitFrameAncestors(rahmenQuellen(p.domains)),
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
