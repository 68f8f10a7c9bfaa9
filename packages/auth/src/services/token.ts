import { createHash, randomBytes } from "node:crypto";

/**
 * A new secret for a cookie or a mailed link: 32 random bytes (256 bits, far beyond guessing;
 * OWASP Session Management asks for at least 64 bits of entropy), base64url so it fits a URL.
 */
export function neuerToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: tokenId(token) };
}

/**
 * What the database stores of a token: its SHA-256. A fast hash is right here (unlike for
 * passwords): the token has 256 bits of entropy, so there is nothing to guess by brute force.
 */
export const tokenId = (token: string) => createHash("sha256").update(token).digest("base64url");
