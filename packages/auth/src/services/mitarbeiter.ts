import type { Db } from "@portal/db/client";
import { istBehoerdenschluessel } from "@portal/katalog/server";
import { sitzungsEnv } from "../env.ts";
import { findKontoByEmail, insertKonto, updateKonto } from "../queries/konto.ts";
import {
  aktiviereTotp,
  findBestaetigtesBuergerkonto,
  findEreigniszeiten,
  findMitarbeiter,
  findMitarbeiterMitKonto,
  insertMitarbeiter,
  insertMitarbeiterRollen,
  insertZugriff,
  listMitarbeiterRollen,
  type MitarbeiterRow,
  setzeTotpGeheimnis,
  sperreMitarbeiter,
  verbraucheTotpSchritt,
} from "../queries/mitarbeiter.ts";
import { ROLLEN } from "../schema.ts";
import {
  type MitarbeiterInfo,
  type MitarbeiterRolle,
  normalisiereEmail,
  type PasswortFehler,
  type Rolle,
} from "../types.ts";
import {
  braucheNeuenHash,
  DUMMY_HASH,
  hashePasswort,
  pruefeHash,
  pruefePasswort,
} from "./passwort.ts";
import { protokolliere } from "./protokoll.ts";
import { beginneSitzung } from "./sitzung.ts";
import {
  leiteSchluesselAb,
  neuesTotpGeheimnis,
  oeffne,
  pruefeTotpCode,
  totpUri,
  versiegele,
} from "./totp.ts";

// Authority staff: accounts created by an administrator, bound to Organisationseinheiten with
// roles, signing in to /verwaltung with a password and a TOTP code (RFC 6238). Between the two
// factors the browser holds a sealed "Anmeldevorgang" (account and expiry, AES-256-GCM): no
// table, nothing to clean up, and it grants nothing but the chance to enter a code.

/** The password step is good for 5 minutes: enough to open the authenticator app. */
export const ANMELDEVORGANG_GUELTIG_MS = 5 * 60 * 1000;
/**
 * At most 5 wrong codes in 15 minutes per staff member, then wait (NIST SP 800-63B-4 § 3.2.2
 * asks for a limit on failed attempts). With 3 valid codes of a million in the window, 480
 * guesses a day give an attacker who has the password about a 1 in 700 chance a day, and every
 * failure is in the security log.
 */
export const MAX_FEHLVERSUCHE = 5;
export const FEHLVERSUCH_FENSTER_MS = 15 * 60 * 1000;
/** A staff member's name as shown to citizens (Postfach sender) and colleagues. */
export const MAX_MITARBEITERNAME = 200;

let schluessel: { totp: Buffer; vorgang: Buffer; secret: string } | undefined;
/** The keys of this module, derived once per NEXTAUTH_SECRET (HKDF, one `info` per purpose). */
function schluesselFuer(zweck: "totp" | "vorgang"): Buffer {
  const secret = sitzungsEnv().NEXTAUTH_SECRET;
  if (schluessel?.secret !== secret) {
    schluessel = {
      secret,
      totp: leiteSchluesselAb(secret, "totp"),
      vorgang: leiteSchluesselAb(secret, "verwaltung-anmeldevorgang"),
    };
  }
  return schluessel[zweck];
}

const istRolle = (rolle: string): rolle is Rolle => (ROLLEN as readonly string[]).includes(rolle);

// --- Creating staff accounts ---

export type AnlegeFehler = PasswortFehler | "vorhanden" | "oeUngueltig" | "keineRolle" | "name";

/**
 * Creates a staff account: an account with a confirmed address (the administrator vouches for
 * it) and the password, the staff row and its roles, in one transaction. The second factor is
 * set up at the first sign-in. An address that already has an account (a citizen's, too) is
 * refused: a staff account is a separate account, never an upgraded citizen account.
 */
export async function legeMitarbeiterAn(
  db: Db,
  params: {
    email: string;
    name: string;
    passwort: string;
    rollen: readonly { oe: string; rolle: string }[];
    jetzt?: Date;
  },
): Promise<{ ok: true; kontoId: string } | { ok: false; grund: AnlegeFehler }> {
  const jetzt = params.jetzt ?? new Date();
  const email = normalisiereEmail(params.email);
  const name = params.name.trim().normalize("NFC");
  if (name.length === 0 || [...name].length > MAX_MITARBEITERNAME || /\p{Cc}/u.test(name)) {
    return { ok: false, grund: "name" };
  }
  if (params.rollen.length === 0) return { ok: false, grund: "keineRolle" };
  if (params.rollen.some((r) => !istBehoerdenschluessel(r.oe) || !istRolle(r.rolle))) {
    return { ok: false, grund: "oeUngueltig" };
  }
  const grund = pruefePasswort(params.passwort, { email });
  if (grund) return { ok: false, grund };
  const passwortHash = await hashePasswort(params.passwort);

  const kontoId = await db.transaction(async (tx) => {
    const neu = await insertKonto(tx, {
      email,
      passwortHash,
      emailBestaetigtAm: jetzt,
      erstelltAm: jetzt,
      passwortGeaendertAm: jetzt,
    });
    if (!neu) return null;
    await insertMitarbeiter(tx, { kontoId: neu.id, name });
    await insertMitarbeiterRollen(
      tx,
      params.rollen.map((r) => ({
        kontoId: neu.id,
        oeSchluessel: r.oe,
        rolle: r.rolle as Rolle,
        seit: jetzt,
      })),
    );
    await protokolliere(tx, {
      kontoId: neu.id,
      art: "mitarbeiter-angelegt",
      details: { rollen: params.rollen.map((r) => `${r.oe}:${r.rolle}`) },
      jetzt,
    });
    return neu.id;
  });
  return kontoId ? { ok: true, kontoId } : { ok: false, grund: "vorhanden" };
}

// --- Sign-in: first factor ---

/** Seals the state between the two factors for the browser (see ANMELDEVORGANG_GUELTIG_MS). */
function versiegeleVorgang(kontoId: string, jetzt: Date) {
  const laeuftAbAm = new Date(jetzt.getTime() + ANMELDEVORGANG_GUELTIG_MS);
  const wert = versiegele(
    schluesselFuer("vorgang"),
    JSON.stringify({ k: kontoId, e: laeuftAbAm.getTime() }),
  );
  return { vorgang: wert, laeuftAbAm };
}

/**
 * The account of a sealed Anmeldevorgang that has not expired, or null (changed, expired,
 * sealed under another secret).
 */
export function oeffneAnmeldevorgang(
  vorgang: string | undefined | null,
  { jetzt = new Date() }: { jetzt?: Date } = {},
): { kontoId: string } | null {
  if (!vorgang || vorgang.length > 500) return null;
  const klar = oeffne(schluesselFuer("vorgang"), vorgang);
  if (!klar) return null;
  try {
    const { k, e } = JSON.parse(klar) as { k?: unknown; e?: unknown };
    if (typeof k !== "string" || typeof e !== "number" || e <= jetzt.getTime()) return null;
    return { kontoId: k };
  } catch {
    return null;
  }
}

/**
 * The first factor of the staff sign-in: address and password. An unknown address, a wrong
 * password, a citizen account and a deactivated staff member all answer 'falsch' after one
 * argon2 check, like the citizen sign-in (services/konto.ts meldeAn), so the answer tells
 * nothing about which addresses are staff. On success: a sealed Anmeldevorgang for the code
 * step, and whether the second factor must first be set up. No session yet.
 */
export async function meldeMitarbeiterAn(
  db: Db,
  params: { email: string; passwort: string; jetzt?: Date },
): Promise<
  | { ok: true; kontoId: string; vorgang: string; laeuftAbAm: Date; einrichten: boolean }
  | { ok: false; grund: "falsch" }
> {
  const jetzt = params.jetzt ?? new Date();
  const email = normalisiereEmail(params.email);
  const konto = await findKontoByEmail(db, { email });
  const richtig = await pruefeHash(konto?.passwortHash ?? DUMMY_HASH, params.passwort);
  const m = konto && richtig ? await findMitarbeiter(db, { kontoId: konto.id }) : undefined;
  if (!konto?.passwortHash || !richtig || !m || m.deaktiviertAm) {
    await protokolliere(db, {
      kontoId: konto?.id ?? null,
      art: "anmeldung-fehlgeschlagen",
      details: {
        bereich: "verwaltung",
        grund:
          !richtig || !konto?.passwortHash ? "falsch" : !m ? "kein-mitarbeiter" : "deaktiviert",
      },
      jetzt,
    });
    return { ok: false, grund: "falsch" };
  }
  if (braucheNeuenHash(konto.passwortHash)) {
    await updateKonto(db, { id: konto.id, passwortHash: await hashePasswort(params.passwort) });
  }
  await protokolliere(db, { kontoId: konto.id, art: "verwaltung-erster-faktor", jetzt });
  return {
    ok: true,
    kontoId: konto.id,
    ...versiegeleVorgang(konto.id, jetzt),
    einrichten: m.totpAktiviertAm === null,
  };
}

// --- Second factor ---

export type ZweiterFaktorErgebnis =
  | { ok: true; sitzung: { token: string; laeuftAbAm: Date } }
  | { ok: false; grund: "falsch" }
  | { ok: false; grund: "gesperrt"; bisAm: Date }
  /** The second factor is not set up (yet): set it up first. */
  | { ok: false; grund: "nichtEingerichtet" }
  /** It is set up already: sign in with a code instead. */
  | { ok: false; grund: "schonEingerichtet" };

const geheimnisVon = (m: MitarbeiterRow) =>
  m.totpGeheimnis ? oeffne(schluesselFuer("totp"), m.totpGeheimnis, m.kontoId) : null;

/**
 * When the staff member may try a code again, or null when they may now. Failures count in a
 * sliding window of FEHLVERSUCH_FENSTER_MS, and only those after the last successful code.
 */
async function gesperrtBis(db: Db, { kontoId, jetzt }: { kontoId: string; jetzt: Date }) {
  const fensterBeginn = new Date(jetzt.getTime() - FEHLVERSUCH_FENSTER_MS);
  const [erfolg] = await findEreigniszeiten(db, {
    kontoId,
    arten: ["verwaltung-angemeldet", "totp-aktiviert"],
    seit: fensterBeginn,
    limit: 1,
  });
  const fehler = await findEreigniszeiten(db, {
    kontoId,
    arten: ["zweiter-faktor-fehlgeschlagen"],
    seit: erfolg && erfolg > fensterBeginn ? erfolg : fensterBeginn,
    limit: MAX_FEHLVERSUCHE,
  });
  const aeltester = fehler[MAX_FEHLVERSUCHE - 1];
  return aeltester ? new Date(aeltester.getTime() + FEHLVERSUCH_FENSTER_MS) : null;
}

/**
 * Checks a code under the row lock and the failure limit, and on success starts a staff
 * session ("verwaltung", assurance "substanziell": two factors, eIDAS Art. 8). `annehmen`
 * records the accepted step (the replay guard) or activates the factor; false means the
 * step was taken by a concurrent request with the same code.
 */
async function mitCode(
  db: Db,
  params: { kontoId: string; code: string; geraet?: string | null; jetzt: Date },
  art: "anmelden" | "einrichten",
): Promise<ZweiterFaktorErgebnis> {
  const { kontoId, code, jetzt } = params;
  return db.transaction(async (tx) => {
    const m = await sperreMitarbeiter(tx, { kontoId });
    if (!m || m.deaktiviertAm) {
      await protokolliere(tx, {
        kontoId,
        art: "zweiter-faktor-fehlgeschlagen",
        details: { grund: m ? "deaktiviert" : "kein-mitarbeiter" },
        jetzt,
      });
      return { ok: false, grund: "falsch" } as const;
    }
    if (art === "anmelden" && !m.totpAktiviertAm) {
      return { ok: false, grund: "nichtEingerichtet" } as const;
    }
    if (art === "einrichten" && m.totpAktiviertAm) {
      return { ok: false, grund: "schonEingerichtet" } as const;
    }
    const bisAm = await gesperrtBis(tx, { kontoId, jetzt });
    if (bisAm) return { ok: false, grund: "gesperrt", bisAm } as const;

    const geheimnis = geheimnisVon(m);
    if (!geheimnis) {
      // Nothing to check against (not set up, or sealed under another NEXTAUTH_SECRET).
      return { ok: false, grund: "nichtEingerichtet" } as const;
    }
    const nachSchritt = art === "anmelden" ? m.totpLetzterSchritt : null;
    const schritt = pruefeTotpCode(geheimnis, code, { jetzt, nachSchritt });
    const angenommen =
      schritt !== null &&
      (art === "anmelden"
        ? await verbraucheTotpSchritt(tx, { kontoId, schritt })
        : await aktiviereTotp(tx, { kontoId, schritt, jetzt }));
    if (!angenommen) {
      const wiederholt = schritt !== null || pruefeTotpCode(geheimnis, code, { jetzt }) !== null;
      await protokolliere(tx, {
        kontoId,
        art: "zweiter-faktor-fehlgeschlagen",
        details: { grund: wiederholt ? "wiederholt" : "falsch", schritt: art },
        jetzt,
      });
      return { ok: false, grund: "falsch" } as const;
    }
    await updateKonto(tx, { id: kontoId, zuletztAngemeldetAm: jetzt });
    if (art === "einrichten") await protokolliere(tx, { kontoId, art: "totp-aktiviert", jetzt });
    await protokolliere(tx, { kontoId, art: "verwaltung-angemeldet", jetzt });
    const sitzung = await beginneSitzung(tx, {
      kontoId,
      geraet: params.geraet,
      bereich: "verwaltung",
      vertrauensniveau: "substanziell",
      jetzt,
    });
    return { ok: true, sitzung } as const;
  });
}

/**
 * The second factor of the staff sign-in: a TOTP code of the next step after the last one
 * accepted (a code works once), within one step of clock drift. Success starts a session of
 * the staff area. Wrong and replayed codes count towards MAX_FEHLVERSUCHE; every one is logged.
 */
export function pruefeZweitenFaktor(
  db: Db,
  params: { kontoId: string; code: string; geraet?: string | null; jetzt?: Date },
): Promise<ZweiterFaktorErgebnis> {
  return mitCode(db, { ...params, jetzt: params.jetzt ?? new Date() }, "anmelden");
}

/**
 * Begins setting up the second factor: a new secret, stored sealed (bound to the account), not
 * active until `schliesseTotpEinrichtungAb` gets a valid code from it. A secret begun earlier
 * and not yet confirmed is shown again rather than replaced, so reloading the page does not
 * invalidate what the app just scanned. Refused once the factor is active: a new secret then
 * needs an administrator (who resets it).
 */
export async function beginneTotpEinrichtung(
  db: Db,
  { kontoId, jetzt = new Date() }: { kontoId: string; jetzt?: Date },
): Promise<
  | { ok: true; geheimnis: string; uri: string }
  | { ok: false; grund: "schonEingerichtet" | "unbekannt" }
> {
  const row = await findMitarbeiterMitKonto(db, { kontoId });
  if (!row || row.mitarbeiter.deaktiviertAm) return { ok: false, grund: "unbekannt" };
  if (row.mitarbeiter.totpAktiviertAm) return { ok: false, grund: "schonEingerichtet" };
  let geheimnis = geheimnisVon(row.mitarbeiter);
  if (!geheimnis) {
    geheimnis = neuesTotpGeheimnis();
    const gesetzt = await setzeTotpGeheimnis(db, {
      kontoId,
      totpGeheimnis: versiegele(schluesselFuer("totp"), geheimnis, kontoId),
    });
    if (!gesetzt) return { ok: false, grund: "schonEingerichtet" };
    await protokolliere(db, { kontoId, art: "totp-einrichtung-begonnen", jetzt });
  }
  return {
    ok: true,
    geheimnis,
    uri: totpUri({ geheimnis, konto: row.email ?? row.mitarbeiter.name }),
  };
}

/**
 * Completes the set-up: the first valid code of the new secret activates it (its step is the
 * first one used) and starts a staff session, as a sign-in with a code would. Wrong codes count
 * towards the same limit as at sign-in.
 */
export function schliesseTotpEinrichtungAb(
  db: Db,
  params: { kontoId: string; code: string; geraet?: string | null; jetzt?: Date },
): Promise<ZweiterFaktorErgebnis> {
  return mitCode(db, { ...params, jetzt: params.jetzt ?? new Date() }, "einrichten");
}

// --- Roles ---

/**
 * A staff member with their roles, or null for an account that is not a staff account. A
 * deactivated staff member is returned with `deaktiviert` (the guards refuse them).
 */
export async function ladeMitarbeiter(
  db: Db,
  { kontoId }: { kontoId: string },
): Promise<MitarbeiterInfo | null> {
  const [row, rollen] = await Promise.all([
    findMitarbeiterMitKonto(db, { kontoId }),
    listMitarbeiterRollen(db, { kontoId }),
  ]);
  if (!row) return null;
  return {
    kontoId,
    email: row.email,
    name: row.mitarbeiter.name,
    totpAktiv: row.mitarbeiter.totpAktiviertAm !== null,
    deaktiviert: row.mitarbeiter.deaktiviertAm !== null,
    rollen,
  };
}

/**
 * Whether a staff member may act with `rolle` for `oe`. `admin` of an Organisationseinheit holds
 * every role of it (and only of it). Without `oe`: in any Organisationseinheit; without `rolle`:
 * any role. A deactivated staff member has no role.
 */
export function hatRolle(
  mitarbeiter: Pick<MitarbeiterInfo, "rollen" | "deaktiviert">,
  { oe, rolle }: { oe?: string; rolle?: Rolle } = {},
): boolean {
  if (mitarbeiter.deaktiviert) return false;
  return mitarbeiter.rollen.some(
    (r) =>
      (oe === undefined || r.oe === oe) &&
      (rolle === undefined || r.rolle === rolle || r.rolle === "admin"),
  );
}

/** The Organisationseinheiten in which a staff member holds `rolle` (or admin), sorted. */
export function oesMitRolle(
  mitarbeiter: Pick<MitarbeiterInfo, "rollen" | "deaktiviert">,
  rolle: Rolle,
): string[] {
  const oes = new Set(
    mitarbeiter.rollen.filter((r) => hatRolle(mitarbeiter, { oe: r.oe, rolle })).map((r) => r.oe),
  );
  return [...oes].sort();
}

/** The roles grouped by Organisationseinheit, for the overview page. */
export function rollenNachOe(rollen: readonly MitarbeiterRolle[]): Map<string, Rolle[]> {
  const nachOe = new Map<string, Rolle[]>();
  for (const r of rollen) nachOe.set(r.oe, [...(nachOe.get(r.oe) ?? []), r.rolle]);
  return nachOe;
}

// --- Audit trail ---

/**
 * Records a staff action in the append-only audit log (DSGVO Art. 5(2): accountability for
 * access to personal data). Call it in the same transaction as the action where there is one,
 * so that nothing happens unlogged. `gegenstand` names what was accessed as "art:id"
 * ("nachricht:…"); `aktion` is a verb in the log's vocabulary ("nachricht-gesendet").
 */
export async function protokolliereZugriff(
  db: Db,
  eintrag: {
    mitarbeiterKontoId: string;
    oeSchluessel: string;
    aktion: string;
    gegenstand: string;
    betroffenesKontoId?: string | null;
    jetzt?: Date;
  },
): Promise<void> {
  await insertZugriff(db, {
    mitarbeiterKontoId: eintrag.mitarbeiterKontoId,
    oeSchluessel: eintrag.oeSchluessel,
    aktion: eintrag.aktion,
    gegenstand: eintrag.gegenstand,
    betroffenesKontoId: eintrag.betroffenesKontoId ?? null,
    zeitpunkt: eintrag.jetzt,
  });
}

/**
 * The citizen account of an address, for staff who write to a citizen: only a confirmed
 * address of an account that is not a staff account, else null.
 */
export async function findeBuergerkonto(
  db: Db,
  { email }: { email: string },
): Promise<{ kontoId: string } | null> {
  const row = await findBestaetigtesBuergerkonto(db, { email: normalisiereEmail(email) });
  return row ? { kontoId: row.id } : null;
}
