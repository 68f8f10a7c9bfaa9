import { z } from "zod";

// The environment the proxy (src/proxy.ts) reads. Apart from ../env.ts on purpose: that module is
// `server-only`, and `server-only` imports in the proxy's bundle have broken builds
// (vercel/next.js#75904); nothing here is a secret to a client bundle, since no client imports it.

/**
 * The secret that verifies the CMS editor's preview links (PREVIEW_SECRET, from the stack; the
 * CMS signs with the same value); undefined without one (then every preview link is refused).
 */
export function vorschauGeheimnis(): string | undefined {
  return z.string().min(16).optional().safeParse(process.env.PREVIEW_SECRET).data;
}

/**
 * The origins of the CMS admin that editors' browsers open: CMS_ADMIN_URL (the address the stack
 * prints, e.g. http://localhost:1337; several separated by spaces) and CMS_URL (the address the
 * portal itself uses). The only origins that may frame the preview page; an invalid URL is left out.
 */
export function cmsAdminOrigins(): string[] {
  const urls = [
    ...(process.env.CMS_ADMIN_URL ?? "").split(/\s+/),
    process.env.CMS_URL || "http://127.0.0.1:1337",
  ];
  const origins = new Set<string>();
  for (const url of urls) {
    if (!url) continue;
    try {
      origins.add(new URL(url).origin);
    } catch {
      // not a URL: no framing by it
    }
  }
  return [...origins];
}
