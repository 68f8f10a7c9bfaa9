import type { Db } from "@portal/db/client";
import { findKontoByEmail, findKontoById, updateKonto } from "../queries/konto.ts";
import { verbraucheKontoToken, verbraucheOffeneKontoTokens } from "../queries/konto-token.ts";
import { widerrufeSitzungen } from "../queries/sitzung.ts";
import { normalisiereEmail, type PasswortFehler, type Post, type Sprache } from "../types.ts";
import { erneuereToken, findeGueltigenToken, type TokenFehler } from "./konto.ts";
import { zuruecksetzenMail } from "./mails.ts";
import { hashePasswort, pruefeHash, pruefePasswort } from "./passwort.ts";
import { protokolliere } from "./protokoll.ts";
import { tokenId } from "./token.ts";

/**
 * A reset link is valid for one hour (OWASP Forgot Password Cheat Sheet: short-lived, single
 * use): whoever asked for it is at their mailbox now.
 */
export const ZURUECKSETZEN_GUELTIG_MS = 60 * 60 * 1000;

/**
 * Mails a link to set a new password, if the address has an account; the answer is the same
 * either way. Earlier reset links of the account stop working.
 */
export async function fordereZuruecksetzenAn(
  db: Db,
  params: { email: string; sprache: Sprache; jetzt?: Date },
  { post }: { post: Post },
): Promise<{ ok: true }> {
  const jetzt = params.jetzt ?? new Date();
  const email = normalisiereEmail(params.email);
  const konto = await findKontoByEmail(db, { email });
  if (konto) {
    const token = await erneuereToken(db, {
      kontoId: konto.id,
      zweck: "passwort-zuruecksetzen",
      gueltigMs: ZURUECKSETZEN_GUELTIG_MS,
      jetzt,
    });
    await post(zuruecksetzenMail(email, params.sprache, token));
  }
  return { ok: true };
}

/**
 * Sets a new password with the token of a reset link. A password that breaks the rules is
 * refused without using the token (the user tries another). On success the token is used, every
 * session of the account is ended (whoever knew the old password is out), and the address counts
 * as confirmed: the link reached its mailbox. The user signs in afresh with the new password.
 */
export async function setzePasswortZurueck(
  db: Db,
  { token, passwort, jetzt = new Date() }: { token: string; passwort: string; jetzt?: Date },
): Promise<{ ok: true; kontoId: string } | { ok: false; grund: TokenFehler | PasswortFehler }> {
  const gefunden = await findeGueltigenToken(db, { token, zweck: "passwort-zuruecksetzen", jetzt });
  if (!gefunden.ok) return gefunden;
  const konto = await findKontoById(db, { id: gefunden.row.kontoId });
  if (!konto) return { ok: false, grund: "ungueltig" };
  const grund = pruefePasswort(passwort, { email: konto.email });
  if (grund) return { ok: false, grund };
  const passwortHash = await hashePasswort(passwort);

  return db.transaction(async (tx) => {
    if (!(await verbraucheKontoToken(tx, { id: tokenId(token), jetzt }))) {
      return { ok: false, grund: "verbraucht" } as const;
    }
    await updateKonto(tx, {
      id: konto.id,
      passwortHash,
      passwortGeaendertAm: jetzt,
      emailBestaetigtAm: konto.emailBestaetigtAm ?? jetzt,
    });
    await verbraucheOffeneKontoTokens(tx, {
      kontoId: konto.id,
      zweck: "passwort-zuruecksetzen",
      jetzt,
    });
    const beendet = await widerrufeSitzungen(tx, { kontoId: konto.id, jetzt });
    await protokolliere(tx, {
      kontoId: konto.id,
      art: "passwort-zurueckgesetzt",
      details: { sitzungenBeendet: beendet },
      jetzt,
    });
    return { ok: true, kontoId: konto.id } as const;
  });
}

/**
 * Changes the password of a signed-in account, given the current one. Every other session is
 * ended; the one of `ausserToken` (the request's own) stays.
 */
export async function aenderePasswort(
  db: Db,
  params: {
    kontoId: string;
    altesPasswort: string;
    neuesPasswort: string;
    ausserToken: string;
    jetzt?: Date;
  },
): Promise<{ ok: true } | { ok: false; grund: "falsch" | PasswortFehler }> {
  const jetzt = params.jetzt ?? new Date();
  const konto = await findKontoById(db, { id: params.kontoId });
  if (!konto?.passwortHash || !(await pruefeHash(konto.passwortHash, params.altesPasswort))) {
    return { ok: false, grund: "falsch" };
  }
  const grund = pruefePasswort(params.neuesPasswort, { email: konto.email });
  if (grund) return { ok: false, grund };
  const passwortHash = await hashePasswort(params.neuesPasswort);
  await db.transaction(async (tx) => {
    await updateKonto(tx, { id: konto.id, passwortHash, passwortGeaendertAm: jetzt });
    const beendet = await widerrufeSitzungen(tx, {
      kontoId: konto.id,
      ausserId: tokenId(params.ausserToken),
      jetzt,
    });
    await protokolliere(tx, {
      kontoId: konto.id,
      art: "passwort-geaendert",
      details: { sitzungenBeendet: beendet },
      jetzt,
    });
  });
  return { ok: true };
}
