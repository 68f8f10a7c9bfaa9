import { createHmac, timingSafeEqual } from "node:crypto";

// The token the sign-in popup hands to the widget (postMessage) and the widget sends back as
// `Authorization: Bearer …`: the host page never sees a portal cookie, and the browser sends no
// third-party cookie. HMAC-SHA-256 over the claims, short-lived, bound to one procedure and to
// the origin of the page that asked, so a token copied to another site or procedure is useless.

/** How long a token is good for: 10 minutes, long enough to write a comment. */
export const TOKEN_GUELTIG_MS = 10 * 60 * 1000;

/** The assurance level of the sign-in (as @portal/auth's Vertrauensniveau). */
export type TokenNiveau = "niedrig" | "substanziell" | "hoch";

export type WidgetToken = {
  kontoId: string;
  niveau: TokenNiveau;
  /** The procedure's slug. */
  verfahren: string;
  /** The origin of the host page the popup sent it to. */
  origin: string;
  ablauf: Date;
};

export type TokenPruefung =
  | { ok: true; token: WidgetToken }
  | { ok: false; grund: "ungueltig" | "abgelaufen" | "verfahren" | "ursprung" };

const ZWECK = "beteiligung-widget-token.v1";
const NIVEAUS: readonly string[] = ["niedrig", "substanziell", "hoch"];

const signatur = (schluessel: string | Buffer, nutzlast: string) =>
  createHmac("sha256", schluessel).update(`${ZWECK}.${nutzlast}`).digest("base64url");

/**
 * A token for `kontoId` on procedure `verfahren`, for the page at `origin`, valid `gueltigMs`
 * (at most 10 minutes) from `jetzt`.
 */
export function signiereWidgetToken(
  schluessel: string | Buffer,
  daten: Omit<WidgetToken, "ablauf">,
  jetzt: Date = new Date(),
  gueltigMs: number = TOKEN_GUELTIG_MS,
): string {
  if (!(gueltigMs > 0 && gueltigMs <= TOKEN_GUELTIG_MS)) {
    throw new RangeError("A widget token is valid for at most 10 minutes.");
  }
  const nutzlast = Buffer.from(
    JSON.stringify({
      k: daten.kontoId,
      n: daten.niveau,
      v: daten.verfahren,
      o: daten.origin,
      e: jetzt.getTime() + gueltigMs,
    }),
  ).toString("base64url");
  return `${nutzlast}.${signatur(schluessel, nutzlast)}`;
}

/**
 * The claims of `wert` if it is a genuine token, not expired, for procedure `erwartet.verfahren`
 * and sent from `erwartet.origin`; otherwise why not.
 */
export function pruefeWidgetToken(
  schluessel: string | Buffer,
  wert: unknown,
  erwartet: { verfahren: string; origin: string | null },
  jetzt: Date = new Date(),
): TokenPruefung {
  if (typeof wert !== "string" || wert.length > 2000) return { ok: false, grund: "ungueltig" };
  const [nutzlast, sig, ...rest] = wert.split(".");
  if (!nutzlast || !sig || rest.length > 0) return { ok: false, grund: "ungueltig" };
  const soll = Buffer.from(signatur(schluessel, nutzlast));
  const ist = Buffer.from(sig);
  if (soll.length !== ist.length || !timingSafeEqual(soll, ist)) {
    return { ok: false, grund: "ungueltig" };
  }
  let daten: Record<string, unknown>;
  try {
    daten = JSON.parse(Buffer.from(nutzlast, "base64url").toString("utf8"));
  } catch {
    return { ok: false, grund: "ungueltig" };
  }
  const { k, n, v, o, e } = daten;
  if (
    typeof k !== "string" ||
    typeof n !== "string" ||
    !NIVEAUS.includes(n) ||
    typeof v !== "string" ||
    typeof o !== "string" ||
    typeof e !== "number"
  ) {
    return { ok: false, grund: "ungueltig" };
  }
  if (jetzt.getTime() >= e) return { ok: false, grund: "abgelaufen" };
  if (v !== erwartet.verfahren) return { ok: false, grund: "verfahren" };
  if (o !== erwartet.origin) return { ok: false, grund: "ursprung" };
  return {
    ok: true,
    token: { kontoId: k, niveau: n as TokenNiveau, verfahren: v, origin: o, ablauf: new Date(e) },
  };
}
