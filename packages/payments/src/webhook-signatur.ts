import { createHmac, timingSafeEqual } from "node:crypto";

// Pure (node:crypto only): the signature of the portal's payment webhooks, for the portal that
// signs and for a subscriber (e.g. a Fachverfahren) that checks, so both use one definition.
// The scheme is Stripe's, which many developers know and whose libraries can be adapted:
//
//   Portal-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
//
// The timestamp is signed with the body, so an attacker who recorded a delivery can neither
// change the body nor replay it later with a fresh timestamp; the subscriber refuses requests
// outside its tolerance window (5 minutes by default) and de-duplicates by the event id within.

/** The header that carries the signature. */
export const SIGNATUR_HEADER = "Portal-Signature";

/** How old (or how far in the future) a signed request may be, by default: 5 minutes. */
export const STANDARD_TOLERANZ_SEKUNDEN = 300;

/** A webhook event as the portal POSTs it (Stripe's envelope). */
export type WebhookEreignis = {
  /** `evt_<number>`: the same for every delivery attempt of one event; de-duplicate by it. */
  id: string;
  object: "event";
  /** One of the payment event kinds, e.g. `payment_intent.succeeded`. */
  type: string;
  /** When the event happened, in unix seconds. */
  created: number;
  data: { object: Record<string, unknown> };
};

const hmac = (geheimnis: string, zeitpunkt: number, body: string) =>
  createHmac("sha256", geheimnis).update(`${zeitpunkt}.${body}`, "utf8").digest("hex");

const sekunden = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * The `Portal-Signature` header value of `body` (the exact bytes sent, as a string) at
 * `zeitpunkt`: `t=<unix seconds>,v1=<hex>`.
 */
export function signiereWebhook(geheimnis: string, body: string, zeitpunkt: Date): string {
  const t = sekunden(zeitpunkt);
  return `t=${t},v1=${hmac(geheimnis, t, body)}`;
}

export type Pruefergebnis =
  | { ok: true; ereignis: WebhookEreignis }
  | { ok: false; grund: "signatur-fehlt" | "signatur-ungueltig" | "zeit-abgelaufen" | "format" };

/** Constant-time comparison of two hex strings (a length difference is not secret). */
function gleich(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Checks a delivery as a subscriber receives it: `body` is the raw request body (do not parse
 * and re-serialise it first: the signature is over the bytes), `header` the `Portal-Signature`
 * value. Accepts when one of the `v1` values matches (several appear while a secret is rotated;
 * a subscriber holding two secrets calls this once per secret), and the timestamp is within
 * `toleranzSekunden` of `jetzt` (a replayed old request is refused). The comparison takes the
 * same time wherever the strings differ, so response times do not leak the right signature.
 *
 * `grund`: `signatur-fehlt` (no header), `format` (a header without a `t=<seconds>` and a
 * `v1=<64 hex>`, or a correctly signed body that is not an event), `signatur-ungueltig` (no
 * `v1` matches: wrong secret, changed body or changed timestamp), `zeit-abgelaufen` (outside
 * the window).
 */
export function pruefeWebhookSignatur({
  body,
  header,
  geheimnis,
  toleranzSekunden = STANDARD_TOLERANZ_SEKUNDEN,
  jetzt = new Date(),
}: {
  body: string;
  header: string | null | undefined;
  geheimnis: string;
  toleranzSekunden?: number;
  jetzt?: Date;
}): Pruefergebnis {
  if (!header) return { ok: false, grund: "signatur-fehlt" };
  let t: number | undefined;
  const signaturen: string[] = [];
  for (const teil of header.split(",")) {
    const trenner = teil.indexOf("=");
    if (trenner < 0) continue;
    const schluessel = teil.slice(0, trenner).trim();
    const wert = teil.slice(trenner + 1).trim();
    if (schluessel === "t" && /^\d{1,12}$/u.test(wert)) t = Number(wert);
    else if (schluessel === "v1" && /^[0-9a-f]{64}$/u.test(wert)) signaturen.push(wert);
  }
  if (t === undefined || signaturen.length === 0) return { ok: false, grund: "format" };
  const erwartet = hmac(geheimnis, t, body);
  // Compare with every value (no early exit), so the time does not tell which one matched.
  let passt = false;
  for (const s of signaturen) passt = gleich(s, erwartet) || passt;
  if (!passt) return { ok: false, grund: "signatur-ungueltig" };
  // Checked after the signature: an unsigned timestamp tells nothing.
  if (Math.abs(sekunden(jetzt) - t) > toleranzSekunden)
    return { ok: false, grund: "zeit-abgelaufen" };
  let ereignis: unknown;
  try {
    ereignis = JSON.parse(body);
  } catch {
    return { ok: false, grund: "format" };
  }
  const e = ereignis as Partial<WebhookEreignis> | null;
  if (
    !e ||
    typeof e !== "object" ||
    typeof e.id !== "string" ||
    e.object !== "event" ||
    typeof e.type !== "string" ||
    typeof e.created !== "number" ||
    typeof e.data?.object !== "object"
  ) {
    return { ok: false, grund: "format" };
  }
  return { ok: true, ereignis: e as WebhookEreignis };
}
