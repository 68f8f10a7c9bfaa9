import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { webEnv } from "./env";

/**
 * Whether a request carries the CMS's bearer secret. Constant-time: both sides are hashed first so
 * that neither the content nor the length of the secret leaks through timing.
 */
export function hasCmsSecret(request: Request): boolean {
  const auth = request.headers.get("authorization") ?? "";
  const token = auth.startsWith("Bearer ") ? auth.slice(7) : "";
  if (!token) return false;
  const a = createHash("sha256").update(token).digest();
  const b = createHash("sha256").update(webEnv().CMS_WEBHOOK_SECRET).digest();
  return timingSafeEqual(a, b);
}

export const unauthorized = () =>
  Response.json({ error: "Nicht berechtigt / Unauthorized" }, { status: 401 });
