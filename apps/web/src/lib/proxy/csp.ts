// The Content-Security-Policy of the CMS editor's preview page, which the proxy sets at run time
// (src/proxy.ts): the directives of every other page (next.config.ts; src/lib/proxy/csp.test.ts
// keeps the two in step), except that the CMS admin's origin may frame it (Strapi's preview pane).

const DIREKTIVEN = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** The portal's CSP with `frame-ancestors` set to the given origins (or 'none' without any). */
export function cspMitFrameAncestors(origins: readonly string[]): string {
  const quellen = origins.length > 0 ? origins.join(" ") : "'none'";
  return DIREKTIVEN.map((d) =>
    d.startsWith("frame-ancestors ") ? `frame-ancestors ${quellen}` : d,
  ).join("; ");
}
