// Which pages may use the widgets: the portal itself and the host names the municipality lists
// in the CMS (Mandant.einbettungsDomains). The server decides, on every request of the widget
// API; the answer sets CORS (`Access-Control-Allow-Origin`) only for an allowed origin.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** A host name as the lists keep it: lower case, without a trailing dot. */
export const normalisiereDomain = (domain: string) =>
  domain.trim().toLowerCase().replace(/\.$/, "");

const istLoopback = (host: string) => LOOPBACK.has(host) || host.endsWith(".localhost");

/**
 * Whether a page of `origin` (the request's `Origin` header) may embed a procedure of a
 * municipality that allows `einbettungsDomains`. The portal's own origin is always allowed.
 * Otherwise the host name (not the port) must be on the list exactly, no subdomains, and the
 * page must be served over https: a page over plain http could be changed on its way, so only
 * loopback hosts (development, tests) may use http. "null" (sandboxed frames, files) and anything
 * that is not a bare origin are refused.
 */
export function istErlaubterUrsprung(
  origin: string | null | undefined,
  erlaubt: { einbettungsDomains: readonly string[]; portalOrigin: string },
): boolean {
  if (!origin || origin === "null" || origin.length > 300) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin.toLowerCase()) return false;
  if (url.origin === new URL(erlaubt.portalOrigin).origin) return true;
  const host = url.hostname;
  const sicher = url.protocol === "https:" || (url.protocol === "http:" && istLoopback(host));
  if (!sicher) return false;
  return erlaubt.einbettungsDomains.some((d) => normalisiereDomain(d) === host);
}

/**
 * The `frame-ancestors` sources of the frame variant (/embed/v1/verfahren/<slug>) for a
 * municipality: its host names over https, loopback hosts over http too (any port), the portal
 * itself. The same hosts as `istErlaubterUrsprung` allows; anything that is not a plain host
 * name is left out rather than put into a CSP.
 */
export function rahmenQuellen(einbettungsDomains: readonly string[]): string[] {
  const hosts = [...new Set(einbettungsDomains.map(normalisiereDomain))].filter((d) =>
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(d),
  );
  return [
    "'self'",
    ...hosts.flatMap((d) =>
      istLoopback(d) ? [`http://${d}:*`, `https://${d}:*`] : [`https://${d}`],
    ),
  ];
}
