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
 * The origin of the CMS admin that editors' browsers open (CMS_ADMIN_URL, else CMS_URL, as the
 * stack sets it): the only origin that may frame the preview page. Undefined if not a URL.
 */
export function cmsAdminOrigin(): string | undefined {
  const url = process.env.CMS_ADMIN_URL || process.env.CMS_URL || "http://127.0.0.1:1337";
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
