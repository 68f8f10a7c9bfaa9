import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@portal/db/client";
import { consume } from "@portal/ratelimit/server";
import { z } from "zod";
import {
  fuegeBeitragEin,
  ladeBeitrag,
  ladeBestaetigung,
  legeBestaetigungAn,
  loescheAbgelaufeneUnbestaetigte,
  loeseBestaetigungEin,
  setzeBeitragsstatus,
} from "../queries/beitrag.ts";
import { merkeAntwortVor } from "../queries/benachrichtigung.ts";
import {
  AKTION_DER_ART,
  BESTAETIGUNG_STUNDEN,
  type Beitragsart,
  type Beitragsstatus,
  beitragEingabeSchema,
  type DarfGrund,
  darf,
  feldfehler,
  type Identitaet,
  type Meldung,
  MINDESTAUSFUELLZEIT_MS,
  type Moderationsart,
  type Verfahrensregeln,
} from "../types.ts";
import { beitragProAdresse, beitragProKonto } from "./grenzen.ts";

/** Who submits: anonymous, anonymous with an e-mail address to confirm, an account, an eID. */
export type Einreicher = { art: Identitaet; kontoId?: string; email?: string };

export type EinreichFehler =
  | { ok: false; fehler: "eingabe"; felder: Record<string, Meldung> }
  | { ok: false; fehler: DarfGrund; meldung: Meldung }
  | { ok: false; fehler: "spam" | "zu-schnell"; meldung: Meldung }
  | { ok: false; fehler: "zu-viele"; retryAt: Date; meldung: Meldung };

export type EinreichErgebnis =
  | {
      ok: true;
      beitrag: { id: string; art: Beitragsart; status: Beitragsstatus; oeffentlich: boolean };
      /**
       * Only for a contribution with an e-mail address to confirm: the one-time token of the
       * confirmation link. The domain returns it rather than sending the mail itself; the app
       * mails it (the token is stored only as its SHA-256 and cannot be looked up again).
       */
      bestaetigungsToken?: string;
    }
  | EinreichFehler;

export const EINREICH_MELDUNGEN = {
  spam: {
    de: "Ihr Beitrag konnte nicht angenommen werden. Bitte lassen Sie das Feld „Webseite“ leer.",
    en: "Your contribution could not be accepted. Please leave the “Website” field empty.",
  },
  "zu-schnell": {
    de: "Das ging sehr schnell. Bitte prüfen Sie Ihren Beitrag und senden Sie ihn noch einmal ab.",
    en: "That was very fast. Please check your contribution and send it again.",
  },
  "zu-viele": {
    de: "Von Ihrem Anschluss kamen in kurzer Zeit sehr viele Beiträge zu diesem Verfahren. Bitte versuchen Sie es später noch einmal.",
    en: "Very many contributions to this procedure came from your connection in a short time. Please try again later.",
  },
  eltern: {
    de: "Der Kommentar, auf den Sie antworten, ist nicht mehr sichtbar.",
    en: "The comment you are replying to is no longer visible.",
  },
  email: {
    de: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
    en: "Please enter a valid e-mail address.",
  },
  konto: {
    de: "Bitte melden Sie sich an.",
    en: "Please sign in.",
  },
} as const satisfies Record<string, Meldung>;

const emailSchema = z.email().max(254);

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

const statusNachModeration = (moderation: Moderationsart): Beitragsstatus =>
  moderation === "vorab" ? "ausstehend" : "veroeffentlicht";

/**
 * The bot checks of a form sent without an account (contributions, survey answers): the honeypot
 * `webseite` filled in → `spam`; sent less than MINDESTAUSFUELLZEIT_MS after it was shown, or
 * without (or with a future) `angezeigtUm` → `zu-schnell`. Null when both pass.
 */
export function pruefeFormularOhneKonto(
  eingabe: { webseite?: unknown; angezeigtUm?: unknown },
  jetzt: Date,
): { ok: false; fehler: "spam" | "zu-schnell"; meldung: Meldung } | null {
  if (typeof eingabe.webseite === "string" && eingabe.webseite.trim()) {
    return { ok: false, fehler: "spam", meldung: EINREICH_MELDUNGEN.spam };
  }
  const angezeigt = eingabe.angezeigtUm instanceof Date ? eingabe.angezeigtUm : null;
  const dauer = angezeigt ? jetzt.getTime() - angezeigt.getTime() : -1;
  if (!(dauer >= MINDESTAUSFUELLZEIT_MS)) {
    return { ok: false, fehler: "zu-schnell", meldung: EINREICH_MELDUNGEN["zu-schnell"] };
  }
  return null;
}

/**
 * Counts one contribution (or answer set) against the procedure's limit, in the transaction of
 * its insert: per account (`beitragProKonto`) when there is one, else per client address
 * (`beitragProAdresse`). Null while under the limit.
 */
export async function zaehleBeitrag(
  tx: Db,
  p: { verfahrenId: string; kontoId?: string; client: string; jetzt: Date },
): Promise<{ ok: false; fehler: "zu-viele"; retryAt: Date; meldung: Meldung } | null> {
  const grenze = p.kontoId
    ? await consume(tx, beitragProKonto, `${p.verfahrenId}:${p.kontoId}`, { now: p.jetzt })
    : await consume(tx, beitragProAdresse, `${p.verfahrenId}:${p.client}`, { now: p.jetzt });
  if (grenze.ok) return null;
  return {
    ok: false,
    fehler: "zu-viele",
    retryAt: grenze.retryAt,
    meldung: EINREICH_MELDUNGEN["zu-viele"],
  };
}

/**
 * Takes a contribution to a procedure. In this order: the input (field errors, the typed text
 * stays with the page), the procedure's rules (`darf`), for forms without an account the bot
 * checks (the hidden `webseite` field filled in → "spam"; sent less than 3 s after the form was
 * shown → "zu-schnell"), then the rate limit (per client address and procedure without an
 * account, per account and procedure with one), all in one transaction with the insert.
 *
 * The state it gets: with an e-mail address to confirm "unbestaetigt" (and the token comes back
 * for the app to mail); otherwise "ausstehend" under pre-moderation, "veroeffentlicht" under
 * post-moderation. In a phase for institutions it is stored non-public (`oeffentlich: false`).
 *
 * @param client the client's rate-limit key (`clientKey(db, clientAddress(…))` from
 *   @portal/ratelimit/server), never a raw address.
 * @param institution whether the participant acts for a consulted institution (the app decides,
 *   e.g. from the staff role of the account).
 */
export async function reicheBeitragEin(
  db: Db,
  params: {
    regeln: Verfahrensregeln;
    eingabe: unknown;
    identitaet: Einreicher;
    client: string;
    jetzt: Date;
    institution?: boolean;
  },
): Promise<EinreichErgebnis> {
  const { regeln, identitaet, jetzt } = params;
  const geprueft = beitragEingabeSchema.safeParse(params.eingabe);
  if (!geprueft.success) {
    return { ok: false, fehler: "eingabe", felder: feldfehler(geprueft.error) };
  }
  const eingabe = geprueft.data;

  let email: string | null = null;
  if (identitaet.art === "email") {
    const adresse = emailSchema.safeParse(identitaet.email?.trim());
    if (!adresse.success) {
      return { ok: false, fehler: "eingabe", felder: { email: EINREICH_MELDUNGEN.email } };
    }
    email = adresse.data;
  }
  const mitKonto = identitaet.art === "konto" || identitaet.art === "eid";
  if (mitKonto && !z.uuid().safeParse(identitaet.kontoId).success) {
    return { ok: false, fehler: "eingabe", felder: { konto: EINREICH_MELDUNGEN.konto } };
  }

  const erlaubt = darf(regeln, {
    aktion: AKTION_DER_ART[eingabe.art],
    jetzt,
    identitaet: identitaet.art,
    institution: params.institution,
  });
  if (!erlaubt.ok) return { ok: false, fehler: erlaubt.grund, meldung: erlaubt.meldung };

  if (!mitKonto) {
    const bot = pruefeFormularOhneKonto(eingabe, jetzt);
    if (bot) return bot;
  }

  return db.transaction(async (tx): Promise<EinreichErgebnis> => {
    const grenze = await zaehleBeitrag(tx, {
      verfahrenId: regeln.verfahrenId,
      kontoId: mitKonto ? identitaet.kontoId : undefined,
      client: params.client,
      jetzt,
    });
    if (grenze) return grenze;

    const elternId = eingabe.art === "kommentar" ? (eingabe.elternId ?? null) : null;
    if (elternId) {
      const eltern = await ladeBeitrag(tx, { id: elternId });
      if (
        !eltern ||
        eltern.verfahrenId !== regeln.verfahrenId ||
        eltern.art !== "kommentar" ||
        eltern.status !== "veroeffentlicht" ||
        !eltern.oeffentlich
      ) {
        return { ok: false, fehler: "eingabe", felder: { elternId: EINREICH_MELDUNGEN.eltern } };
      }
    }

    const status: Beitragsstatus = email ? "unbestaetigt" : statusNachModeration(regeln.moderation);
    const neu = await fuegeBeitragEin(tx, {
      verfahrenId: regeln.verfahrenId,
      mandantId: regeln.mandantId,
      phaseId: erlaubt.phase.id,
      art: eingabe.art,
      elternId,
      text: eingabe.text,
      name: eingabe.name ?? null,
      lat: eingabe.art === "kartenpunkt" ? eingabe.lat : null,
      lon: eingabe.art === "kartenpunkt" ? eingabe.lon : null,
      kontoId: mitKonto ? (identitaet.kontoId ?? null) : null,
      email,
      status,
      oeffentlich: erlaubt.phase.publikum === "oeffentlich",
      erstellt: jetzt,
      geaendert: jetzt,
    });
    await merkeAntwortVor(tx, neu, jetzt);
    const ergebnis = {
      id: neu.id,
      art: neu.art,
      status: neu.status,
      oeffentlich: neu.oeffentlich,
    };
    if (!email) return { ok: true, beitrag: ergebnis };

    const token = randomBytes(32).toString("base64url");
    await legeBestaetigungAn(tx, {
      tokenHash: tokenHash(token),
      beitragId: neu.id,
      moderation: regeln.moderation,
      gueltigBis: new Date(jetzt.getTime() + BESTAETIGUNG_STUNDEN * 60 * 60 * 1000),
    });
    return { ok: true, beitrag: ergebnis, bestaetigungsToken: token };
  });
}

export type BestaetigungsErgebnis =
  | { ok: true; beitragId: string; status: Beitragsstatus }
  | { ok: false; fehler: "unbekannt" | "verbraucht" | "abgelaufen"; meldung: Meldung };

export const BESTAETIGUNGS_MELDUNGEN = {
  unbekannt: {
    de: "Dieser Bestätigungslink ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben.",
    en: "This confirmation link is not valid. Please check that you copied it completely from the e-mail.",
  },
  verbraucht: {
    de: "Dieser Beitrag wurde bereits bestätigt. Der Link gilt nur einmal.",
    en: "This contribution has already been confirmed. The link works only once.",
  },
  abgelaufen: {
    de: `Dieser Bestätigungslink ist abgelaufen: Er gilt ${BESTAETIGUNG_STUNDEN} Stunden. Bitte reichen Sie Ihren Beitrag noch einmal ein.`,
    en: `This confirmation link has expired: it is valid for ${BESTAETIGUNG_STUNDEN} hours. Please submit your contribution again.`,
  },
} as const satisfies Record<string, Meldung>;

/**
 * Confirms the e-mail address of an anonymous contribution with the token from its mail: once,
 * within 48 hours. The contribution then goes to the moderation queue ("ausstehend") or is
 * published, by the procedure's moderation mode when it was submitted.
 */
export async function bestaetigeBeitrag(
  db: Db,
  params: { token: string; jetzt: Date },
): Promise<BestaetigungsErgebnis> {
  const { jetzt } = params;
  if (typeof params.token !== "string" || params.token.length === 0 || params.token.length > 200) {
    return { ok: false, fehler: "unbekannt", meldung: BESTAETIGUNGS_MELDUNGEN.unbekannt };
  }
  const hash = tokenHash(params.token);
  return db.transaction(async (tx): Promise<BestaetigungsErgebnis> => {
    const eingeloest = await loeseBestaetigungEin(tx, { tokenHash: hash, jetzt });
    if (!eingeloest) {
      const vorhanden = await ladeBestaetigung(tx, { tokenHash: hash });
      const fehler = !vorhanden
        ? "unbekannt"
        : vorhanden.bestaetigtAm
          ? "verbraucht"
          : "abgelaufen";
      return { ok: false, fehler, meldung: BESTAETIGUNGS_MELDUNGEN[fehler] };
    }
    const zeile = await ladeBeitrag(tx, { id: eingeloest.beitragId, sperren: true });
    if (!zeile) {
      return { ok: false, fehler: "unbekannt", meldung: BESTAETIGUNGS_MELDUNGEN.unbekannt };
    }
    if (zeile.status !== "unbestaetigt") {
      return { ok: true, beitragId: zeile.id, status: zeile.status };
    }
    const status = statusNachModeration(eingeloest.moderation);
    await setzeBeitragsstatus(tx, { id: zeile.id, status, jetzt });
    await merkeAntwortVor(tx, { ...zeile, status }, jetzt);
    return { ok: true, beitragId: zeile.id, status };
  });
}

/**
 * Deletes contributions whose confirmation expired unused (with their e-mail address and
 * attachments' rows): nobody stood by them, and the address must not be kept for nothing. For
 * a daily job; returns how many, and the Dateiablage keys of their attachments, which the
 * caller removes after this has committed (a file is never removed for a deletion rolled back).
 */
export async function loescheUnbestaetigteBeitraege(
  db: Db,
  params: { jetzt: Date },
): Promise<{ geloescht: number; ablageSchluessel: string[] }> {
  const { ids, ablageSchluessel } = await loescheAbgelaufeneUnbestaetigte(db, params);
  return { geloescht: ids.length, ablageSchluessel };
}
