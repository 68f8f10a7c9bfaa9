import { type NextRequest, NextResponse } from "next/server";

export function proxy(request: NextRequest) {
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
  if (/^\/(de|en)(\/|$)/.test(pathname)) return NextResponse.next();
  // Every page lives under a language prefix (/de, /en). Bare paths go to German.
  const url = request.nextUrl.clone();
  url.pathname = `/de${pathname === "/" ? "" : pathname}`;
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: [
    // Paths with a percent sign, to catch malformed encodings before they reach the router.
    "/(.*%.*)",
    "/((?!de(?:/|$)|en(?:/|$)|api/|_next/|karte/|favicon\\.ico|sitemap\\.xml|robots\\.txt).*)",
  ],
};
