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
