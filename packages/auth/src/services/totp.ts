import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";

// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) for the staff area's second
// factor, with node:crypto only. The parameters are the ones every authenticator app defaults
// to (and many support nothing else): HMAC-SHA1, 6 digits, 30-second steps.

/** RFC 6238 § 4: the time step X, in seconds. */
export const TOTP_SCHRITT_SEKUNDEN = 30;
/** RFC 4226 § 5.3: the number of digits of a code. */
export const TOTP_STELLEN = 6;
/**
 * RFC 6238 § 5.2 recommends accepting at most one step of clock drift (and transmission delay)
 * either side: a code is valid for about 90 seconds, a guess hits 3 of a million codes.
 */
export const TOTP_FENSTER = 1;
/** RFC 4226 § 4 R6 asks for at least 128 bits of shared secret and recommends 160. */
const GEHEIMNIS_BYTES = 20;
/** The name authenticator apps show above the code. */
export const TOTP_AUSSTELLER = "Sachsen Portal Verwaltung";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 § 6 base32, without padding (as otpauth:// URIs carry it). */
export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let wert = 0;
  let text = "";
  for (const byte of bytes) {
    wert = (wert << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += BASE32[(wert >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += BASE32[(wert << (5 - bits)) & 31];
  return text;
}

/**
 * Reads RFC 4648 base32 as people copy it: case, spaces, hyphens and padding do not matter.
 * Throws on any other character.
 */
export function base32Bytes(text: string): Buffer {
  const rein = text.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let wert = 0;
  const bytes: number[] = [];
  for (const zeichen of rein) {
    const index = BASE32.indexOf(zeichen);
    if (index < 0) throw new Error("not base32");
    wert = ((wert << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((wert >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** A new shared secret: 20 random bytes (160 bits, RFC 4226 § 4), base32. */
export function neuesTotpGeheimnis(): string {
  return base32(randomBytes(GEHEIMNIS_BYTES));
}

/** The time step of an instant (RFC 6238 § 4.2: T = floor((now − T0) / X), T0 = 0). */
export const zeitschritt = (jetzt: Date) =>
  Math.floor(jetzt.getTime() / 1000 / TOTP_SCHRITT_SEKUNDEN);

/**
 * HOTP (RFC 4226 § 5.3) of a counter: HMAC over the 8-byte big-endian counter, dynamic
 * truncation, the last `stellen` decimal digits. `algorithmus` is there for the RFC 6238
 * test vectors; the portal uses SHA-1.
 */
export function hotp(
  geheimnis: Uint8Array,
  zaehler: number,
  { stellen = TOTP_STELLEN, algorithmus = "sha1" }: { stellen?: number; algorithmus?: string } = {},
): string {
  const nachricht = Buffer.alloc(8);
  nachricht.writeBigUInt64BE(BigInt(zaehler));
  const mac = createHmac(algorithmus, geheimnis).update(nachricht).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binaer = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binaer % 10 ** stellen).padStart(stellen, "0");
}

/** The TOTP code of a base32 secret at an instant. */
export const totpCode = (geheimnis: string, jetzt: Date) =>
  hotp(base32Bytes(geheimnis), zeitschritt(jetzt));

/**
 * The time step whose code `code` is, within TOTP_FENSTER steps of `jetzt`, or null. Steps at or
 * before `nachSchritt` (the last accepted one) are not considered: RFC 6238 § 5.2 says a code
 * must not be accepted twice, so a code seen over someone's shoulder is worthless once used.
 * Codes are compared in constant time.
 */
export function pruefeTotpCode(
  geheimnis: string,
  code: string,
  { jetzt = new Date(), nachSchritt = null }: { jetzt?: Date; nachSchritt?: number | null } = {},
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const schluessel = base32Bytes(geheimnis);
  const jetztSchritt = zeitschritt(jetzt);
  const eingabe = Buffer.from(code);
  let treffer: number | null = null;
  // Every step of the window is computed, whether or not an earlier one matched: the time taken
  // does not tell which step (or whether any) matched.
  for (
    let schritt = jetztSchritt - TOTP_FENSTER;
    schritt <= jetztSchritt + TOTP_FENSTER;
    schritt++
  ) {
    const gleich = timingSafeEqual(Buffer.from(hotp(schluessel, schritt)), eingabe);
    if (gleich && (nachSchritt === null || schritt > nachSchritt)) treffer ??= schritt;
  }
  return treffer;
}

/**
 * The `otpauth://` URI authenticator apps import (Google Authenticator's "Key Uri Format", the
 * de facto standard): label "issuer:account", the secret, and the parameters spelled out.
 */
export function totpUri({ geheimnis, konto }: { geheimnis: string; konto: string }): string {
  const label = `${encodeURIComponent(TOTP_AUSSTELLER)}:${encodeURIComponent(konto)}`;
  const query = new URLSearchParams({
    secret: geheimnis,
    issuer: TOTP_AUSSTELLER,
    algorithm: "SHA1",
    digits: String(TOTP_STELLEN),
    period: String(TOTP_SCHRITT_SEKUNDEN),
  });
  // URLSearchParams writes spaces as "+", which some apps show literally; %20 works everywhere.
  return `otpauth://totp/${label}?${query.toString().replaceAll("+", "%20")}`;
}

/** A secret grouped in fours for typing it into an app by hand ("ABCD EFGH …"). */
export const gruppiert = (geheimnis: string) => geheimnis.replace(/(.{4})(?=.)/g, "$1 ");

// --- Encryption at rest ---

/**
 * A 256-bit key for one purpose, derived from the portal's secret with HKDF-SHA-256 (RFC 5869):
 * each purpose (`info`) gets its own key, so a value sealed for one use cannot be opened as
 * another, and the secret itself is never used as a key.
 */
export function leiteSchluesselAb(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "portal", info, 32));
}

/**
 * Seals a text with AES-256-GCM: a random 96-bit nonce (NIST SP 800-38D § 8.2.2), the text,
 * and the tag, as "v1.<nonce>.<tag>.<ciphertext>" in base64url. `bindung` is authenticated
 * but not stored (e.g. the account id): a sealed value copied to another row will not open.
 */
export function versiegele(schluessel: Buffer, klartext: string, bindung = ""): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", schluessel, nonce);
  cipher.setAAD(Buffer.from(bindung));
  const daten = Buffer.concat([cipher.update(klartext, "utf8"), cipher.final()]);
  return ["v1", nonce, cipher.getAuthTag(), daten]
    .map((teil) => (typeof teil === "string" ? teil : teil.toString("base64url")))
    .join(".");
}

/** Opens what `versiegele` sealed with the same key and binding, or null (changed, other key). */
export function oeffne(schluessel: Buffer, versiegelt: string, bindung = ""): string | null {
  const [version, nonce, tag, daten, ...rest] = versiegelt.split(".");
  if (version !== "v1" || !nonce || !tag || daten === undefined || rest.length > 0) return null;
  try {
    // A fixed tag length: GCM would otherwise accept a truncated tag, which is easier to forge.
    const decipher = createDecipheriv("aes-256-gcm", schluessel, Buffer.from(nonce, "base64url"), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(bindung));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(daten, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}
