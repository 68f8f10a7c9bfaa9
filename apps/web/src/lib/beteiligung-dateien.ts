import "server-only";
import type { DateiErgebnis, Dateiquellen } from "@portal/beteiligung/server";
import { ladeMedium } from "@portal/cms-client/client";
import { dateiablage } from "@portal/dateien/server";
import { contentDisposition } from "@/lib/download";
import { webEnv } from "@/lib/env";

// The procedures' documents and the municipalities' logos, served by the portal from its own
// copies (@portal/beteiligung services/dokumente.ts): the CMS is not on the citizens' network.

export function beteiligungsDateiquellen(): Dateiquellen {
  return {
    ablage: dateiablage(),
    quelle: (pfad, maxBytes) => ladeMedium({ baseUrl: webEnv().CMS_URL }, pfad, maxBytes),
  };
}

/** The portal's address of document `nr` of a procedure (what the pages link to). */
export const dokumentPfad = (lang: string, slug: string, nr: number) =>
  `/${lang}/beteiligung/${encodeURIComponent(slug)}/dokumente/${nr}`;

/** The portal's address of the logo of the municipality running a procedure. */
export const logoPfad = (lang: string, slug: string) =>
  `/${lang}/beteiligung/${encodeURIComponent(slug)}/logo`;

const MELDUNG = {
  unbekannt: [
    404,
    "Dieses Dokument gibt es nicht (mehr).",
    "This document does not exist (any more).",
  ],
  ungueltig: [404, "Dieses Dokument ist nicht verfügbar.", "This document is not available."],
  "nicht-erreichbar": [
    503,
    "Das Dokument kann gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.",
    "The document cannot be loaded at the moment. Please try again later.",
  ],
} as const;

/**
 * The answer to a file request: the file inline (a PDF opens in the browser's viewer) with its
 * name, a redirect for an object-store URL, or a short page in both languages.
 */
export function dateiAntwort(r: DateiErgebnis, lang: string): Response {
  if (r.ok && "weiter" in r) return Response.redirect(r.weiter, 302);
  if (r.ok) {
    return new Response(Buffer.from(r.datei.bytes), {
      headers: {
        "Content-Type": r.datei.mime,
        "Content-Length": String(r.datei.bytes.byteLength),
        "Content-Disposition": contentDisposition(r.datei.name).replace(/^attachment/, "inline"),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "public, max-age=3600",
      },
    });
  }
  const [status, de, en] = MELDUNG[r.fehler];
  const [text, anders, andereSprache] = lang === "en" ? [en, de, "de"] : [de, en, "en"];
  return new Response(
    `<!doctype html><html lang="${lang === "en" ? "en" : "de"}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text}</title><main><h1>${text}</h1><p lang="${andereSprache}">${anders}</p></main></html>`,
    {
      status,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        ...(status === 503 ? { "Retry-After": "60" } : {}),
      },
    },
  );
}
