import { type NextRequest, NextResponse } from "next/server";
import { cspMitFrameAncestors } from "@/lib/proxy/csp";
import { cmsAdminOrigins } from "@/lib/proxy/env";
import { pruefeVorschauLink, vorschauDokument } from "@/lib/vorschau-link";

const VORSCHAU_ABGELEHNT = {
  ungueltig: {
    de: [
      "Dieser Vorschau-Link ist nicht gültig",
      "Der Link wurde verändert oder gehört zu einem anderen Formular. Öffnen Sie die Vorschau erneut aus dem CMS.",
    ],
    en: [
      "This preview link is not valid",
      "The link was changed or belongs to another form. Open the preview again from the CMS.",
    ],
  },
  abgelaufen: {
    de: [
      "Dieser Vorschau-Link ist abgelaufen",
      "Vorschau-Links gelten 15 Minuten. Öffnen Sie die Vorschau erneut aus dem CMS.",
    ],
    en: [
      "This preview link has expired",
      "Preview links are valid for 15 minutes. Open the preview again from the CMS.",
    ],
  },
} as const;

/**
 * The CMS editor's preview page: a link that is not genuine or has expired is answered here with
 * 403, before the page renders or anything is fetched (a page cannot choose its status); the page
 * checks again. Either answer may be framed by the CMS admin's origin, and only by it (its CSP is
 * set here, at run time, since next.config.ts's headers are fixed when the app is built).
 */
async function vorschau(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, searchParams } = request.nextUrl;
  const documentId = vorschauDokument(pathname);
  if (documentId === null) return null;
  const csp = cspMitFrameAncestors(cmsAdminOrigins());
  const pruefung = await pruefeVorschauLink(
    documentId,
    searchParams.get("bis") ?? undefined,
    searchParams.get("sig") ?? undefined,
  );
  if (pruefung.ok) {
    const weiter = NextResponse.next();
    weiter.headers.set("Content-Security-Policy", csp);
    return weiter;
  }
  const lang = pathname.startsWith("/en/") ? "en" : "de";
  const andere = lang === "de" ? "en" : "de";
  const [titel, text] = VORSCHAU_ABGELEHNT[pruefung.grund][lang];
  const [titelB, textB] = VORSCHAU_ABGELEHNT[pruefung.grund][andere];
  return new NextResponse(
    `<!doctype html><html lang=${lang}><meta charset=utf-8><meta name=viewport content="width=device-width, initial-scale=1"><meta name=robots content=noindex><title>${titel}</title><main><h1>${titel}</h1><p>${text}</p><div lang=${andere}><h2>${titelB}</h2><p>${textB}</p></div></main></html>`,
    {
      status: 403,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "X-Robots-Tag": "noindex",
        "Content-Security-Policy": csp,
      },
    },
  );
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A malformed percent-encoding ("/de/leistungen/%ZZ") would make Next answer 500.
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse(
      "<!doctype html><html lang=de><title>Ungültige Adresse</title><h1>Ungültige Adresse / Invalid address</h1><p>Die Adresse enthält ungültige Zeichen. <a href=/de>Zur Startseite</a></p>",
      { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } },
    );
  }
  const vorschauAntwort = await vorschau(request);
  if (vorschauAntwort) return vorschauAntwort;
  // Paths with a percent sign come here too (the first matcher), also Next's own files (Turbopack's
  // dev chunks are named "[turbopack]_…", "node_modules_@swc_…"), the APIs, the map's files and
  // the embed script: they are no pages and get no language prefix.
  if (/^\/(de|en)(\/|$)|^\/(_next|api|karte|embed)\//.test(pathname)) return NextResponse.next();
  // Every page lives under a language prefix (/de, /en). Bare paths go to German.
  const url = request.nextUrl.clone();
  url.pathname = `/de${pathname === "/" ? "" : pathname}`;
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: [
    // Paths with a percent sign, to catch malformed encodings before they reach the router.
    "/(.*%.*)",
    // The CMS editor's preview links: the signature is checked here (see vorschau()).
    "/(de|en)/antrag/vorschau/:path*",
    "/((?!de(?:/|$)|en(?:/|$)|api/|_next/|karte/|embed/|favicon\\.ico|sitemap\\.xml|robots\\.txt).*)",
  ],
};
