// The signature of a preview link: the CMS (Strapi's Preview handler, config/admin.ts) signs
// `<documentId>.<bis>` with the preview secret, the portal's preview page and the CMS's draft
// route verify it. One implementation for both sides: the CMS bundles this module with the other
// rules (apps/cms/scripts/regeln-buendeln.mjs). Web Crypto (globalThis.crypto.subtle, Node ≥ 20)
// rather than node:crypto, because the bundle is built for a neutral platform; its HMAC verify
// compares in constant time.

/** How long a preview link is valid: long enough to look at a form, short enough not to leak. */
export const VORSCHAU_GUELTIG_SEKUNDEN = 15 * 60;
/** Clocks of CMS and portal may differ by this much. */
const UHR_TOLERANZ_SEKUNDEN = 60;
const MIN_GEHEIMNIS = 16;
/** Strapi's document ids are 24 lower-case alphanumerics; a little room for other shapes. */
const DOKUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SIGNATUR = /^[A-Za-z0-9_-]{43}$/; // 32 bytes, base64url without padding

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binaer = "";
  for (const b of bytes) binaer += String.fromCharCode(b);
  return btoa(binaer).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function ausBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binaer = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binaer, (z) => z.charCodeAt(0));
}

async function schluessel(geheimnis: string): Promise<CryptoKey> {
  if (geheimnis.length < MIN_GEHEIMNIS)
    throw new Error(`the preview secret must be at least ${MIN_GEHEIMNIS} characters long`);
  return globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(geheimnis),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign", "verify"],
  );
}

/** HMAC-SHA256 over `<documentId>.<bis>`, base64url. */
export async function vorschauSignatur(
  documentId: string,
  bis: number,
  geheimnis: string,
): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign(
    "HMAC",
    await schluessel(geheimnis),
    encoder.encode(`${documentId}.${bis}`),
  );
  return base64url(new Uint8Array(mac));
}

/** The query of a preview link for a document, valid until now + 15 minutes. */
export async function signiereVorschau(
  documentId: string,
  geheimnis: string,
  jetzt: number = Date.now(),
): Promise<{ bis: number; sig: string }> {
  const bis = Math.floor(jetzt / 1000) + VORSCHAU_GUELTIG_SEKUNDEN;
  return { bis, sig: await vorschauSignatur(documentId, bis, geheimnis) };
}

export type VorschauPruefung =
  | { ok: true; bis: number }
  | { ok: false; grund: "ungueltig" | "abgelaufen" };

/**
 * Whether a preview link's `bis` and `sig` are genuine for this document and not expired. Takes
 * the raw query values (anything a browser may send); malformed values are "ungueltig". A link
 * that claims to last longer than a signer would issue is "ungueltig" as well.
 */
export async function pruefeVorschau(
  documentId: unknown,
  bis: unknown,
  sig: unknown,
  geheimnis: string,
  jetzt: number = Date.now(),
): Promise<VorschauPruefung> {
  if (typeof documentId !== "string" || !DOKUMENT_ID.test(documentId))
    return { ok: false, grund: "ungueltig" };
  // Canonical digits only: the signed text is exactly what the signer wrote.
  if (typeof bis !== "string" || !/^[1-9]\d{0,11}$/.test(bis))
    return { ok: false, grund: "ungueltig" };
  if (typeof sig !== "string" || !SIGNATUR.test(sig)) return { ok: false, grund: "ungueltig" };
  const bisZahl = Number(bis);
  const echt = await globalThis.crypto.subtle.verify(
    "HMAC",
    await schluessel(geheimnis),
    ausBase64url(sig),
    encoder.encode(`${documentId}.${bisZahl}`),
  );
  if (!echt) return { ok: false, grund: "ungueltig" };
  const sekunden = Math.floor(jetzt / 1000);
  if (bisZahl > sekunden + VORSCHAU_GUELTIG_SEKUNDEN + UHR_TOLERANZ_SEKUNDEN)
    return { ok: false, grund: "ungueltig" };
  if (bisZahl < sekunden) return { ok: false, grund: "abgelaufen" };
  return { ok: true, bis: bisZahl };
}
