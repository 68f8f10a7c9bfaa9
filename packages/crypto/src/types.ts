import { z } from "zod";

// Pure: the algorithms, limits and key shapes of @portal/crypto, safe in any bundle.

/**
 * Key management: RSAES-OAEP with SHA-256 (RFC 7518 § 4.3). FIT-Connect encrypts submissions
 * to authorities with exactly this pair (RSA-OAEP-256 + A256GCM, 4096-bit keys), so keys and
 * ciphertexts from here can be handed to a FIT-Connect-style back office unchanged.
 */
export const SCHLUESSEL_ALGORITHMUS = "RSA-OAEP-256" as const;
/** Content encryption: AES-256 in Galois/Counter Mode (authenticated, tamper-evident). */
export const INHALT_ALGORITHMUS = "A256GCM" as const;
/** RSA modulus in bits. FIT-Connect requires 4096; BSI TR-02102-1 asks for at least 3000. */
export const MODULUS_BITS = 4096;
/**
 * The largest plaintext that is encrypted in one piece: an upload (20 MB, see
 * @portal/dateien) with room to spare. A compact JWE holds the whole file in memory.
 */
export const MAX_KLARTEXT_BYTES = 25 * 1024 * 1024;
/** The longest compact JWE accepted for decryption: base64url of the maximum plus headers. */
export const MAX_JWE_ZEICHEN = Math.ceil((MAX_KLARTEXT_BYTES * 4) / 3) + 4096;

/**
 * The key of an Organisationseinheit as used in the portal (`oe:stadt-leipzig`,
 * `gv-14612000`): letters, digits and `:._-`, no path separators, not `.`/`..`.
 */
export const oeSchluesselSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$/, "Ungültiger Schlüssel einer Organisationseinheit.");

/** An RSA public key as a JWK (RFC 7517), for encryption only. */
export const oeffentlicherJwkSchema = z.object({
  kty: z.literal("RSA"),
  n: z.string().min(1),
  e: z.string().min(1),
  kid: z.string().min(1),
  alg: z.literal(SCHLUESSEL_ALGORITHMUS).optional(),
  use: z.literal("enc").optional(),
});
export type OeffentlicherSchluessel = z.infer<typeof oeffentlicherJwkSchema>;

/** An RSA private key as a JWK; the back office's secret. */
export const privaterJwkSchema = oeffentlicherJwkSchema.extend({
  d: z.string().min(1),
  p: z.string().min(1),
  q: z.string().min(1),
  dp: z.string().min(1),
  dq: z.string().min(1),
  qi: z.string().min(1),
});
export type PrivaterSchluessel = z.infer<typeof privaterJwkSchema>;

export type Schluesselpaar = {
  oeffentlich: OeffentlicherSchluessel;
  privat: PrivaterSchluessel;
  /** RFC 7638 thumbprint (SHA-256) of the public key; in every JWE's header. */
  kid: string;
};

/** Why a decryption failed, for logs and the back office (never shown to citizens). */
export type EntschluesselungsGrund =
  /** The JWE names another key (`kid`) than the one given: wrong authority or a rotated key. */
  | "falscher-schluessel"
  /** The ciphertext, tag, IV, header or encrypted key was changed (or the key does not fit). */
  | "manipuliert"
  /** Not a compact JWE, or too large. */
  | "format"
  /** Another algorithm than RSA-OAEP-256 + A256GCM (refused, never tried). */
  | "algorithmus";
