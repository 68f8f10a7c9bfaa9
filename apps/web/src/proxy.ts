import { type NextRequest, NextResponse } from "next/server";

/** Search queries up to this length are served from the cache (one cached page per query). */
const CACHED_QUERY = 100;

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // A malformed percent-encoding ("/de/leistungen/%ZZ") would make Next answer 500.
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse(
      "<!doctype html><html lang=de><title>Ungültige Adresse</title><h1>Ungültige Adresse / Invalid address</h1><p>Die Adresse enthält ungültige Zeichen. <a href=/de>Zur Startseite</a></p>",
      { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } },
    );
  }
  // /de/suche?q=Pass&seite=2 → the cached route /de/suche/Pass/2 (a rewrite: the URL stays).
  const suche = pathname.match(/^\/(de|en)\/suche\/?$/);
  if (suche) {
    const q = (searchParams.get("q") ?? "").trim();
    const seite = Number.parseInt(searchParams.get("seite") ?? "1", 10);
    if (!q || q.length > CACHED_QUERY || !(seite >= 1 && seite <= 500)) return NextResponse.next();
    const url = request.nextUrl.clone();
    url.pathname = `/${suche[1]}/suche/${encodeURIComponent(q)}/${seite}`;
    url.search = "";
    return NextResponse.rewrite(url);
  }
  if (/^\/(de|en)(\/|$)/.test(pathname)) return NextResponse.next();
  // Every page lives under a language prefix (/de, /en). Bare paths go to German.
  const url = request.nextUrl.clone();
  url.pathname = `/de${pathname === "/" ? "" : pathname}`;
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: [
    "/(de|en)/suche",
    // Paths with a percent sign, to catch malformed encodings before they reach the router.
    "/(.*%.*)",
    "/((?!de(?:/|$)|en(?:/|$)|api/|_next/|karte/|favicon\\.ico|sitemap\\.xml|robots\\.txt).*)",
  ],
};
