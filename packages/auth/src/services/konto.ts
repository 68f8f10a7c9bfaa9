import type { Db } from "@portal/db/client";
import { findKontoByEmail, insertKonto, updateKonto } from "../queries/konto.ts";
import {
  findKontoToken,
  insertKontoToken,
  verbraucheKontoToken,
  verbraucheOffeneKontoTokens,
  type Zweck,
} from "../queries/konto-token.ts";
import { findMitarbeiter } from "../queries/mitarbeiter.ts";
import {
  type KontoInfo,
  normalisiereEmail,
  type PasswortFehler,
  type Post,
  type Sprache,
} from "../types.ts";
import { bestaetigungsMail, schonRegistriertMail } from "./mails.ts";
import {
  braucheNeuenHash,
  DUMMY_HASH,
  hashePasswort,
  pruefeHash,
  pruefePasswort,
} from "./passwort.ts";
import { protokolliere } from "./protokoll.ts";
import { beginneSitzung } from "./sitzung.ts";
import { neuerToken, tokenId } from "./token.ts";

/** A confirmation link is valid for a day: long enough to find the mail the next morning. */
export const BESTAETIGUNG_GUELTIG_MS = 24 * 60 * 60 * 1000;

/** What a mailed link's token can be, when it is not usable. */
export type TokenFehler = "ungueltig" | "abgelaufen" | "verbraucht";

/** Issues a one-time token for an account; returns the raw token for the mail. */
export async function stelleTokenAus(
  db: Db,
  {
    kontoId,
    zweck,
    gueltigMs,
    jetzt,
  }: { kontoId: string; zweck: Zweck; gueltigMs: number; jetzt: Date },
): Promise<string> {
  const { token, id } = neuerToken();
  await insertKontoToken(db, {
    id,
    kontoId,
    zweck,
    erstelltAm: jetzt,
    laeuftAbAm: new Date(jetzt.getTime() + gueltigMs),
  });
  return token;
}

/**
 * Issues a new token of a purpose for an account and makes its earlier ones of that purpose
 * unusable (only the newest mailed link works), in one transaction.
 */
export function erneuereToken(
  db: Db,
  params: { kontoId: string; zweck: Zweck; gueltigMs: number; jetzt: Date },
): Promise<string> {
  return db.transaction(async (tx) => {
    await verbraucheOffeneKontoTokens(tx, params);
    return stelleTokenAus(tx, params);
  });
}

/** The usable token row of a raw token for a purpose, or why it is not usable. */
export async function findeGueltigenToken(
  db: Db,
  { token, zweck, jetzt }: { token: string; zweck: Zweck; jetzt: Date },
) {
  const row = await findKontoToken(db, { id: tokenId(token), zweck });
  if (!row) return { ok: false as const, grund: "ungueltig" as const };
  if (row.verbrauchtAm) return { ok: false as const, grund: "verbraucht" as const };
  if (row.laeuftAbAm.getTime() <= jetzt.getTime())
    return { ok: false as const, grund: "abgelaufen" as const };
  return { ok: true as const, row };
}

/**
 * Registers an account with an address and a password. The answer never tells whether the
 * address was free (that would let anyone test addresses for accounts): for a new address it
 * creates an unconfirmed account and mails a confirmation link; for a taken one it mails the
 * owner that someone tried, and how to sign in or reset the password. The password is hashed in
 * both cases, so that the answer takes the same time. Only a password that breaks the rules is
 * refused — that says nothing about the address.
 */
export async function registriere(
  db: Db,
  params: { email: string; passwort: string; sprache: Sprache; jetzt?: Date },
  { post }: { post: Post },
): Promise<{ ok: true } | { ok: false; grund: PasswortFehler }> {
  const jetzt = params.jetzt ?? new Date();
  const email = normalisiereEmail(params.email);
  const grund = pruefePasswort(params.passwort, { email });
  if (grund) return { ok: false, grund };
  const passwortHash = await hashePasswort(params.passwort);

  const neu = await db.transaction(async (tx) => {
    const konto = await insertKonto(tx, {
      email,
      passwortHash,
      sprache: params.sprache,
      erstelltAm: jetzt,
      passwortGeaendertAm: jetzt,
    });
    if (!konto) return null;
    const token = await stelleTokenAus(tx, {
      kontoId: konto.id,
      zweck: "email-bestaetigung",
      gueltigMs: BESTAETIGUNG_GUELTIG_MS,
      jetzt,
    });
    await protokolliere(tx, { kontoId: konto.id, art: "registriert", jetzt });
    return { token };
  });

  if (neu) {
    await post(bestaetigungsMail(email, params.sprache, neu.token));
  } else {
    const vorhanden = await findKontoByEmail(db, { email });
    await protokolliere(db, {
      kontoId: vorhanden?.id ?? null,
      art: "registrierung-vorhandene-adresse",
      jetzt,
    });
    await post(schonRegistriertMail(email, params.sprache));
  }
  return { ok: true };
}

/** Confirms an address with the token of its mailed link (once). */
export async function bestaetigeEmail(
  db: Db,
  { token, jetzt = new Date() }: { token: string; jetzt?: Date },
): Promise<{ ok: true; kontoId: string } | { ok: false; grund: TokenFehler }> {
  return db.transaction(async (tx) => {
    const gefunden = await findeGueltigenToken(tx, { token, zweck: "email-bestaetigung", jetzt });
    if (!gefunden.ok) return gefunden;
    const { kontoId, id } = gefunden.row;
    // Two requests with the same link: only one uses it.
    if (!(await verbraucheKontoToken(tx, { id, jetzt }))) {
      return { ok: false, grund: "verbraucht" } as const;
    }
    await updateKonto(tx, { id: kontoId, emailBestaetigtAm: jetzt });
    await verbraucheOffeneKontoTokens(tx, { kontoId, zweck: "email-bestaetigung", jetzt });
    await protokolliere(tx, { kontoId, art: "email-bestaetigt", jetzt });
    return { ok: true, kontoId } as const;
  });
}

/**
 * Sends a new confirmation link to an unconfirmed account (earlier links stop working). The
 * answer is the same for an unknown, an unconfirmed and a confirmed address.
 */
export async function sendeBestaetigungErneut(
  db: Db,
  params: { email: string; sprache: Sprache; jetzt?: Date },
  { post }: { post: Post },
): Promise<{ ok: true }> {
  const jetzt = params.jetzt ?? new Date();
  const email = normalisiereEmail(params.email);
  const konto = await findKontoByEmail(db, { email });
  if (konto && !konto.emailBestaetigtAm) {
    const token = await erneuereToken(db, {
      kontoId: konto.id,
      zweck: "email-bestaetigung",
      gueltigMs: BESTAETIGUNG_GUELTIG_MS,
      jetzt,
    });
    await post(bestaetigungsMail(email, params.sprache, token));
  }
  return { ok: true };
}

/**
 * Signs in with address and password and starts a new session. An unknown address, an account
 * without a password and a wrong password all answer 'falsch', and all cost one argon2 check
 * (against DUMMY_HASH when there is no hash), so neither the answer nor its time tells whether
 * an address is registered. 'unbestaetigt' comes only after the right password. Every success
 * starts a new session with a new token (no token from before the sign-in survives into it:
 * session fixation). A hash made with older parameters is replaced on the way. A staff account
 * is refused like a wrong password (it signs in at /verwaltung, with a second factor).
 */
export async function meldeAn(
  db: Db,
  params: { email: string; passwort: string; geraet?: string | null; jetzt?: Date },
): Promise<
  | { ok: true; konto: KontoInfo; sitzung: { token: string; laeuftAbAm: Date } }
  | { ok: false; grund: "falsch" | "unbestaetigt" }
> {
  const jetzt = params.jetzt ?? new Date();
  const email = normalisiereEmail(params.email);
  const konto = await findKontoByEmail(db, { email });
  const richtig = await pruefeHash(konto?.passwortHash ?? DUMMY_HASH, params.passwort);
  if (!konto?.passwortHash || !richtig) {
    await protokolliere(db, {
      kontoId: konto?.id ?? null,
      art: "anmeldung-fehlgeschlagen",
      details: { grund: "falsch" },
      jetzt,
    });
    return { ok: false, grund: "falsch" };
  }
  // A staff account signs in only to /verwaltung, with its second factor: here its password
  // alone must not open a session. The answer is a wrong password's, so this form does not
  // tell which addresses are staff.
  if (await findMitarbeiter(db, { kontoId: konto.id })) {
    await protokolliere(db, {
      kontoId: konto.id,
      art: "anmeldung-fehlgeschlagen",
      details: { grund: "mitarbeiterkonto" },
      jetzt,
    });
    return { ok: false, grund: "falsch" };
  }
  if (!konto.emailBestaetigtAm) {
    await protokolliere(db, {
      kontoId: konto.id,
      art: "anmeldung-fehlgeschlagen",
      details: { grund: "unbestaetigt" },
      jetzt,
    });
    return { ok: false, grund: "unbestaetigt" };
  }
  const neuerHash = braucheNeuenHash(konto.passwortHash)
    ? await hashePasswort(params.passwort)
    : undefined;
  const sitzung = await db.transaction(async (tx) => {
    await updateKonto(tx, {
      id: konto.id,
      zuletztAngemeldetAm: jetzt,
      // A sign-in keeps the account: a pending inactivity warning no longer holds.
      inaktivGewarntAm: null,
      ...(neuerHash ? { passwortHash: neuerHash } : {}),
    });
    await protokolliere(tx, {
      kontoId: konto.id,
      art: "angemeldet",
      details: neuerHash ? { neuerHash: true } : null,
      jetzt,
    });
    return beginneSitzung(tx, { kontoId: konto.id, geraet: params.geraet, jetzt });
  });
  return {
    ok: true,
    konto: { id: konto.id, email: konto.email, sprache: konto.sprache },
    sitzung,
  };
}
