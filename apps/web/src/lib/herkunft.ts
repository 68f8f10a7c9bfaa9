import "server-only";

/**
 * Whether a POST comes from a page of this site, as Next.js checks it for server actions: the
 * `Origin` header's host must be the request's host (`x-forwarded-host` behind the proxy, else
 * `host`). Route handlers do not get that check from Next, so the ones that change state call
 * this. Without `Origin` (very old browsers, some privacy tools) `Sec-Fetch-Site: same-origin`
 * is accepted; with neither the request is refused (CSRF, OWASP cheat sheet "Verifying Origin").
 */
export function vonDieserSeite(headers: Headers): boolean {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  const origin = headers.get("origin");
  if (!origin || origin === "null") return headers.get("sec-fetch-site") === "same-origin";
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
