import { einbettungsskript } from "@/lib/widget";

/**
 * The embed script municipalities put on their pages (`<script src=…/embed/v1.js async>`): a
 * public script for any site (CORS *, CORP cross-origin), cached briefly so that a fix reaches
 * every page soon, revalidated by its ETag. v1 stays compatible; a breaking change is v2.
 */
export async function GET(request: Request) {
  const skript = await einbettungsskript();
  const koepfe = {
    "Content-Type": "text/javascript; charset=utf-8",
    ETag: skript.etag,
    "Cache-Control": "public, max-age=300",
    "Access-Control-Allow-Origin": "*",
    "Cross-Origin-Resource-Policy": "cross-origin",
  };
  const bekannt = (request.headers.get("if-none-match") ?? "").split(",").map((e) => e.trim());
  if (bekannt.includes(skript.etag) || bekannt.includes(`W/${skript.etag}`)) {
    return new Response(null, { status: 304, headers: koepfe });
  }
  return new Response(skript.code, { headers: koepfe });
}
