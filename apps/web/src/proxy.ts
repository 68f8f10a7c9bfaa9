import { type NextRequest, NextResponse } from "next/server";

// Every page lives under a language prefix (/de, /en). Bare paths go to German.
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = `/de${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`;
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: ["/((?!de(?:/|$)|en(?:/|$)|api/|_next/|karte/|favicon\\.ico|sitemap\\.xml|robots\\.txt).*)"],
};
