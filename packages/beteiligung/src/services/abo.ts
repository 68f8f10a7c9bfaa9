import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { Sprache } from "@portal/auth/types";
import type { Db } from "@portal/db/client";
import { consume } from "@portal/ratelimit/server";
import { definePolicy } from "@portal/ratelimit/types";
import { z } from "zod";
import {
  ladeAboNachBestaetigung,
  legeAboAn,
  loescheAbo,
  loeseAboBestaetigungEin,
} from "../queries/abo.ts";
import { BESTAETIGUNG_STUNDEN, type Meldung } from "../types.ts";
import { tokenHash } from "./beitrag.ts";
import { geheimnis } from "./person.ts";

// Subscriptions to a procedure's news by e-mail, with double opt-in: `abonniere` stores the
// address unconfirmed and returns the confirmation token for the app to mail (as contributions
// do), `bestaetigeAbo` starts it, `kuendigeAbo` ends it with the token every mail carries.

/**
 * Subscriptions per client address: 10 an hour across procedures. Each one mails an address
 * (the mail itself is also limited per recipient), so this keeps the form from being a way to
 * send mail to strangers.
 */
export const aboProAdresse = definePolicy({
  name: "beteiligung-abo-adresse",
  limit: 10,
  windowSeconds: 60 * 60,
});

export const ABO_MELDUNGEN = {
  email: {
    de: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
    en: "Please enter a valid e-mail address.",
  },
  einwilligung: {
    de: "Bitte willigen Sie ein, dass wir Ihre E-Mail-Adresse für die Benachrichtigungen speichern.",
    en: "Please agree that we store your e-mail address for the notifications.",
  },
  "zu-viele": {
    de: "Von Ihrem Anschluss kamen in kurzer Zeit sehr viele Bestellungen. Bitte versuchen Sie es später noch einmal.",
    en: "Very many subscriptions came from your connection in a short time. Please try again later.",
  },
  unbekannt: {
    de: "Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben.",
    en: "This link is not valid. Please check that you copied it completely from the e-mail.",
  },
  verbraucht: {
    de: "Dieser Bestätigungslink wurde bereits verwendet. Ihr Abonnement ist bestätigt.",
    en: "This confirmation link has already been used. Your subscription is confirmed.",
  },
  abgelaufen: {
    de: `Dieser Bestätigungslink ist abgelaufen: Er gilt ${BESTAETIGUNG_STUNDEN} Stunden. Bitte bestellen Sie die Benachrichtigungen noch einmal.`,
    en: `This confirmation link has expired: it is valid for ${BESTAETIGUNG_STUNDEN} hours. Please subscribe again.`,
  },
  abgemeldet: {
    de: "Dieses Abonnement besteht nicht (mehr). Sie erhalten dazu keine Benachrichtigungen.",
    en: "This subscription does not exist (any more). You will not get notifications for it.",
  },
} as const satisfies Record<string, Meldung>;

const emailSchema = z.email().max(254);

/** The address as stored: trimmed, NFC, lower case (one subscription however it is typed). */
const normalisiere = (email: string) => email.normalize("NFC").trim().toLowerCase();

/**
 * The unsubscribe token of a subscription: derived from its id with the domain's secret, so the
 * worker can put it into every later mail while the table keeps only its hash.
 */
export async function abmeldeToken(db: Db, aboId: string): Promise<string> {
  return createHmac("sha256", await geheimnis(db))
    .update(`beteiligung-abo-abmelden:${aboId}`)
    .digest("base64url");
}

export type AboErgebnis =
  | { ok: true; bestaetigungsToken: string; abmeldeToken: string }
  | { ok: false; fehler: "eingabe"; felder: Record<string, Meldung> }
  | { ok: false; fehler: "zu-viele"; retryAt: Date; meldung: Meldung };

/**
 * Orders a procedure's notifications for an address. The answer is the same whether or not the
 * address has subscribed before (no second subscription, nothing revealed): a new confirmation
 * token for the app to mail, and the subscription's unsubscribe token. A confirmed subscription
 * stays confirmed. Counted per client address (`aboProAdresse`) in the same transaction.
 *
 * @param client the client's rate-limit key (`clientKey(db, clientAddress(…))`).
 */
export async function abonniere(
  db: Db,
  params: {
    verfahrenId: string;
    email: unknown;
    sprache: Sprache;
    client: string;
    jetzt: Date;
    /** The form's consent checkbox; the app passes what was sent. */
    einwilligung?: boolean;
  },
): Promise<AboErgebnis> {
  const adresse = emailSchema.safeParse(
    typeof params.email === "string" ? params.email.trim() : "",
  );
  const felder: Record<string, Meldung> = {};
  if (!adresse.success) felder.email = ABO_MELDUNGEN.email;
  if (params.einwilligung === false) felder.einwilligung = ABO_MELDUNGEN.einwilligung;
  if (!adresse.success || Object.keys(felder).length > 0) {
    return { ok: false, fehler: "eingabe", felder };
  }
  const email = normalisiere(adresse.data);
  const sprache: Sprache = params.sprache === "en" ? "en" : "de";
  return db.transaction(async (tx): Promise<AboErgebnis> => {
    const grenze = await consume(tx, aboProAdresse, params.client, { now: params.jetzt });
    if (!grenze.ok) {
      return {
        ok: false,
        fehler: "zu-viele",
        retryAt: grenze.retryAt,
        meldung: ABO_MELDUNGEN["zu-viele"],
      };
    }
    const bestaetigungsToken = randomBytes(32).toString("base64url");
    const neueId = randomUUID();
    const { id } = await legeAboAn(tx, {
      id: neueId,
      verfahrenId: params.verfahrenId,
      email,
      sprache,
      bestaetigungHash: tokenHash(bestaetigungsToken),
      bestaetigungGueltigBis: new Date(
        params.jetzt.getTime() + BESTAETIGUNG_STUNDEN * 60 * 60 * 1000,
      ),
      abmeldeHash: tokenHash(await abmeldeToken(db, neueId)),
      erstellt: params.jetzt,
    });
    return { ok: true, bestaetigungsToken, abmeldeToken: await abmeldeToken(db, id) };
  });
}

export type AboBestaetigung =
  | { ok: true; verfahrenId: string }
  | { ok: false; fehler: "unbekannt" | "verbraucht" | "abgelaufen"; meldung: Meldung };

const tokenOk = (token: unknown): token is string =>
  typeof token === "string" && token.length > 0 && token.length <= 200;

/** Starts a subscription with the token of its confirmation mail: once, within 48 hours. */
export async function bestaetigeAbo(
  db: Db,
  params: { token: unknown; jetzt: Date },
): Promise<AboBestaetigung> {
  if (!tokenOk(params.token)) {
    return { ok: false, fehler: "unbekannt", meldung: ABO_MELDUNGEN.unbekannt };
  }
  const hash = tokenHash(params.token);
  const zeile = await loeseAboBestaetigungEin(db, { bestaetigungHash: hash, jetzt: params.jetzt });
  if (zeile) return { ok: true, verfahrenId: zeile.verfahrenId };
  const vorhanden = await ladeAboNachBestaetigung(db, { bestaetigungHash: hash });
  const fehler = !vorhanden
    ? "unbekannt"
    : vorhanden.bestaetigungGueltigBis === null
      ? "verbraucht"
      : "abgelaufen";
  return { ok: false, fehler, meldung: ABO_MELDUNGEN[fehler] };
}

export type AboKuendigung =
  | { ok: true; verfahrenId: string }
  | { ok: false; fehler: "unbekannt"; meldung: Meldung };

/** Ends a subscription (its row and address are deleted) with the token of any of its mails. */
export async function kuendigeAbo(db: Db, params: { token: unknown }): Promise<AboKuendigung> {
  if (!tokenOk(params.token)) {
    return { ok: false, fehler: "unbekannt", meldung: ABO_MELDUNGEN.abgemeldet };
  }
  const zeile = await loescheAbo(db, { abmeldeHash: tokenHash(params.token) });
  return zeile
    ? { ok: true, verfahrenId: zeile.verfahrenId }
    : { ok: false, fehler: "unbekannt", meldung: ABO_MELDUNGEN.abgemeldet };
}
