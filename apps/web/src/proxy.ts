import { type NextRequest, NextResponse } from "next/server";

/** Search queries up to this length are served from the cache (one cached page per query). */
const CACHED_QUERY = 100;

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
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
  // Every page lives under a language prefix (/de, /en). Bare paths go to German.
  const url = request.nextUrl.clone();
  url.pathname = `/de${pathname === "/" ? "" : pathname}`;
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: [
    "/(de|en)/suche",
    "/((?!de(?:/|$)|en(?:/|$)|api/|_next/|karte/|favicon\\.ico|sitemap\\.xml|robots\\.txt).*)",
  ],
};
