import "server-only";
import {
  CompactEncrypt,
  calculateJwkThumbprint,
  compactDecrypt,
  decodeProtectedHeader,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
} from "jose";
import {
  type EntschluesselungsGrund,
  INHALT_ALGORITHMUS,
  MAX_JWE_ZEICHEN,
  MAX_KLARTEXT_BYTES,
  MODULUS_BITS,
  type OeffentlicherSchluessel,
  oeffentlicherJwkSchema,
  type PrivaterSchluessel,
  privaterJwkSchema,
  SCHLUESSEL_ALGORITHMUS,
  type Schluesselpaar,
} from "../types.ts";

/** A decryption that failed; `grund` says why (the message is for logs, in English). */
export class EntschluesselungsFehler extends Error {
  override readonly name = "EntschluesselungsFehler";
  constructor(
    readonly grund: EntschluesselungsGrund,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A new key pair for one Organisationseinheit: RSA 4096, RSA-OAEP-256. The `kid` is the key's
 * RFC 7638 thumbprint, so it names the key itself and a rotated key gets a new one.
 * Takes about a second (4096-bit prime search); call it when provisioning, not per request.
 */
export async function erzeugeSchluesselpaar(
  optionen: { modulusBits?: number } = {},
): Promise<Schluesselpaar> {
  const { publicKey, privateKey } = await generateKeyPair(SCHLUESSEL_ALGORITHMUS, {
    modulusLength: optionen.modulusBits ?? MODULUS_BITS,
    extractable: true,
  });
  const pub = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(pub, "sha256");
  const meta = { kid, alg: SCHLUESSEL_ALGORITHMUS, use: "enc" as const };
  return {
    oeffentlich: oeffentlicherJwkSchema.parse({ ...pub, ...meta }),
    privat: privaterJwkSchema.parse({ ...(await exportJWK(privateKey)), ...meta }),
    kid,
  };
}

/**
 * Encrypts `daten` for the holder of `oeffentlich`: a compact JWE (RFC 7516) with
 * `alg: RSA-OAEP-256`, `enc: A256GCM` and the key's `kid` in the protected header. A string is
 * encrypted as its UTF-8 bytes. Whole-buffer, not streamed: bounded by MAX_KLARTEXT_BYTES
 * (a 20 MB file costs about three copies of itself in memory while it runs).
 */
export async function verschluessele(
  daten: Uint8Array | string,
  oeffentlich: OeffentlicherSchluessel,
): Promise<string> {
  const bytes = typeof daten === "string" ? new TextEncoder().encode(daten) : daten;
  if (bytes.byteLength > MAX_KLARTEXT_BYTES) {
    throw new RangeError(`plaintext larger than ${MAX_KLARTEXT_BYTES} bytes`);
  }
  const jwk = oeffentlicherJwkSchema.parse(oeffentlich);
  const schluessel = await importJWK({ kty: jwk.kty, n: jwk.n, e: jwk.e }, SCHLUESSEL_ALGORITHMUS);
  return new CompactEncrypt(bytes)
    .setProtectedHeader({ alg: SCHLUESSEL_ALGORITHMUS, enc: INHALT_ALGORITHMUS, kid: jwk.kid })
    .encrypt(schluessel);
}

/**
 * Decrypts a compact JWE made by `verschluessele` with the Organisationseinheit's private key.
 * Only RSA-OAEP-256 + A256GCM is accepted: jose is told so, so a forged header cannot switch
 * to PBES2 (CVE-2022-36083, unbounded p2c), `dir` or RSA1_5, and a `zip` header is refused
 * (CVE-2024-28176, decompression bomb; jose 6.2 would inflate up to 250 kB by default). Throws EntschluesselungsFehler: "falscher-schluessel" when the header's
 * kid is another key's, "manipuliert" when authentication fails, "format" / "algorithmus".
 */
export async function entschluessele(jwe: string, privat: PrivaterSchluessel): Promise<Uint8Array> {
  if (typeof jwe !== "string" || jwe.length > MAX_JWE_ZEICHEN || jwe.split(".").length !== 5) {
    throw new EntschluesselungsFehler("format", "not a compact JWE or too large");
  }
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwe);
  } catch (cause) {
    throw new EntschluesselungsFehler("format", "unreadable protected header", { cause });
  }
  if (
    header.alg !== SCHLUESSEL_ALGORITHMUS ||
    header.enc !== INHALT_ALGORITHMUS ||
    header.zip !== undefined
  ) {
    throw new EntschluesselungsFehler(
      "algorithmus",
      `refused alg ${String(header.alg)} / enc ${String(header.enc)} / zip ${String(header.zip)}`,
    );
  }
  const jwk = privaterJwkSchema.parse(privat);
  // The kid is not authenticated on its own, but the header is the AAD of A256GCM: a changed
  // kid fails the tag check. Comparing first gives the clear "wrong key" message.
  if (header.kid !== undefined && header.kid !== jwk.kid) {
    throw new EntschluesselungsFehler(
      "falscher-schluessel",
      `JWE is for key ${String(header.kid)}, not ${jwk.kid}`,
    );
  }
  const { kid: _kid, alg: _alg, use: _use, ...material } = jwk;
  const schluessel = await importJWK(material, SCHLUESSEL_ALGORITHMUS);
  try {
    const { plaintext } = await compactDecrypt(jwe, schluessel, {
      keyManagementAlgorithms: [SCHLUESSEL_ALGORITHMUS],
      contentEncryptionAlgorithms: [INHALT_ALGORITHMUS],
      // Anyone holding the public key can encrypt: a compressed plaintext would be a
      // decompression bomb aimed at the back office (CVE-2024-28176). We never compress.
      maxDecompressedLength: 0,
    });
    return plaintext;
  } catch (cause) {
    // RFC 7516 § 11.5: a failed key unwrap is not told apart from a failed tag (jose goes on with
    // a random CEK); both are "manipuliert" here.
    if (cause instanceof errors.JWEDecryptionFailed) {
      throw new EntschluesselungsFehler(
        "manipuliert",
        "decryption failed (tampered or wrong key)",
        {
          cause,
        },
      );
    }
    if (cause instanceof errors.JOSEAlgNotAllowed || cause instanceof errors.JOSENotSupported) {
      throw new EntschluesselungsFehler("algorithmus", "algorithm refused", { cause });
    }
    throw new EntschluesselungsFehler("format", "malformed JWE", { cause });
  }
}
