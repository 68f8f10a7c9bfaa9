import { createHmac, randomBytes } from "node:crypto";
import { isIP } from "node:net";
import type { Db } from "@portal/db/client";
import { rateLimitEnv } from "../env.ts";
import { ensureSecret } from "../queries/secret.ts";

/**
 * The client's address as the outermost trusted proxy saw it, from X-Forwarded-For.
 *
 * Which header, and why: in production the web app runs behind a reverse proxy or load balancer
 * (TLS ends there), which appends the address of the peer it accepted the connection from to
 * X-Forwarded-For (nginx `$proxy_add_x_forwarded_for`). Entries further left were written by the
 * client and can be forged, so we count `trustedProxies` entries from the right: with one proxy
 * the last entry. Without a proxy (development, e2e) Next.js itself fills the header with the
 * socket's address when the request has none (`x-forwarded-for ??= socket.remoteAddress`); a
 * client that sends the header there chooses its own key — acceptable only because production
 * always has the proxy. X-Real-IP and Forwarded are not read: our proxies set only this one.
 */
export function clientAddress(
  forwardedFor: string | null | undefined,
  trustedProxies: number = rateLimitEnv().TRUSTED_PROXY_HOPS,
): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - trustedProxies)] ?? null;
}

/** Eight 16-bit groups of an IPv6 address, or null. Accepts "::" and a dotted IPv4 tail. */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split(".").map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const part = (s: string) => (s ? s.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

/**
 * One address per client, as far as an address tells: IPv4 as it is; IPv4-mapped IPv6 as the
 * IPv4 address; other IPv6 cut to its /64 prefix, because one subscriber usually gets a whole
 * /64 and could otherwise take a fresh address for every request. A port, brackets or a zone are
 * dropped. Anything unparseable is kept (still hashed), and a missing address shares one key.
 */
export function normalizeAddress(address: string | null): string {
  if (!address) return "unknown";
  let text = address.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.replace(/:\d+$/, "");
  text = text.replace(/%.*$/, "");
  if (isIP(text) === 4) return text;
  if (isIP(text) === 6) {
    const groups = ipv6Groups(text);
    if (groups) {
      const [a, b, c, d, e, f, g, h] = groups as [number, ...number[]];
      if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff && g !== undefined) {
        return `${g >> 8}.${g & 255}.${(h ?? 0) >> 8}.${(h ?? 0) & 255}`;
      }
      return `${groups
        .slice(0, 4)
        .map((n) => n.toString(16))
        .join(":")}::/64`;
    }
  }
  return `other:${text.slice(0, 100)}`;
}

const secrets = new WeakMap<Db, Promise<string>>();

function hashingSecret(db: Db): Promise<string> {
  const configured = rateLimitEnv().RATE_LIMIT_SECRET;
  if (configured) return Promise.resolve(configured);
  let secret = secrets.get(db);
  if (!secret) {
    secret = ensureSecret(db, randomBytes(32).toString("base64url"));
    // A failed read (database down) is not cached: the next request tries again.
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

/**
 * The rate-limit key of a client address: an HMAC-SHA-256 under a secret, so that the counters
 * hold no address and cannot be turned back into one by hashing all 2³² IPv4 addresses.
 */
export async function clientKey(db: Db, address: string | null): Promise<string> {
  const secret = await hashingSecret(db);
  return createHmac("sha256", secret).update(normalizeAddress(address)).digest("base64url");
}
