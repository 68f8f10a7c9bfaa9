import { createHash } from "node:crypto";
import type { Db } from "@portal/db/client";
import type {
  Entschluessele,
  LadeDatei,
  PostfachNachricht,
  Protokolliere,
  SendeNachricht,
  Verschluessele,
} from "../ports.ts";
import {
  type AntragRow,
  type EreignisRow,
  findAnlage,
  findAnlagen,
  findAntraegeSeite,
  findAntraegeVonKonto,
  findAntragInOes,
  findAntragVonKonto,
  findEreignisse,
  findLeistungenInOes,
  findMitarbeiterNamen,
  findSachbearbeiter,
  inboxBedingung,
  insertEreignis,
  istSachbearbeitung,
  updateAntrag,
  zaehleAntraege,
} from "../queries/antrag.ts";
import {
  type Antragsstatus,
  darfWechseln,
  ERGEBNISSE,
  type Ereignisart,
  type Ergebnis,
  type Filter,
  FREIE_STATUS,
  type FreierStatus,
  istUuid,
  MAX_NOTIZ,
  PRO_SEITE,
} from "../types.ts";

/**
 * A staff member as the staff services see them: the account and the Organisationseinheiten
 * they do case work for (the app computes them with @portal/auth's `oesMitRolle(…,
 * "sachbearbeitung")`). An application of any other authority does not exist for them.
 */
export type Bearbeiter = { kontoId: string; oes: readonly string[] };

/** An authority as the citizen's Postfach shows it as the sender. */
export type Absender = { oeSchluessel: string; name: string };

export type BearbeitungsFehler =
  | "nicht-gefunden"
  | "uebergang-unzulaessig"
  | "kein-sachbearbeiter"
  | "eingabe-ungueltig"
  | "nachricht-fehlgeschlagen";

export type BearbeitungsErgebnis =
  | {
      ok: true;
      status: Antragsstatus;
      /** Whether a message went to the applicant's Postfach (false: no account, send by post). */
      zugestellt?: boolean;
    }
  | { ok: false; fehler: BearbeitungsFehler };

/** Thrown inside a transaction to roll it back with a reason for the caller. */
class Abbruch extends Error {
  constructor(readonly fehler: BearbeitungsFehler) {
    super(fehler);
  }
}

async function mitAbbruch(arbeit: () => Promise<BearbeitungsErgebnis>) {
  try {
    return await arbeit();
  } catch (e) {
    if (e instanceof Abbruch) return { ok: false, fehler: e.fehler } as const;
    throw e;
  }
}

const seiteVon = (seite: number) => (Number.isInteger(seite) && seite >= 1 ? seite : 1);
const groesseVon = (proSeite: number) =>
  Number.isInteger(proSeite) ? Math.min(100, Math.max(1, proSeite)) : PRO_SEITE;

const gegenstand = (id: string) => `antrag:${id}`;

const notizOk = (notiz: string | null | undefined) =>
  notiz == null || [...notiz].length <= MAX_NOTIZ;

/**
 * One page of the inbox of the staff member's authorities, newest first, with the filters
 * (status, service, received from/until, assignee or unassigned). Only metadata: no answer and
 * no applicant is shown in the list, so it is not an access to personal data to be logged.
 */
export async function listeAntraege(
  db: Db,
  {
    oes,
    filter = {},
    seite,
    proSeite = PRO_SEITE,
  }: { oes: readonly string[]; filter?: Filter; seite: number; proSeite?: number },
) {
  const s = seiteVon(seite);
  const n = groesseVon(proSeite);
  if (oes.length === 0) return { antraege: [], gesamt: 0, seite: s, seiten: 0 };
  const f = { ...filter };
  if (f.zugewiesenAn && !istUuid(f.zugewiesenAn)) delete f.zugewiesenAn;
  const wo = inboxBedingung(oes, f);
  const [antraege, gesamt] = await Promise.all([
    findAntraegeSeite(db, { wo, limit: n, offset: (s - 1) * n }),
    zaehleAntraege(db, { wo }),
  ]);
  return { antraege, gesamt, seite: s, seiten: Math.ceil(gesamt / n) };
}

const entschluessleJson = async (
  entschluessele: Entschluessele,
  oe: string,
  jwe: string,
): Promise<Record<string, unknown>> =>
  JSON.parse(new TextDecoder().decode(await entschluessele(oe, jwe))) as Record<string, unknown>;

/** A file the applicant sent with an answer to a Rückfrage, as the detail page lists it. */
export type AnlageVerweis = { id: string; dateiname: string; medientyp: string; groesse: number };

/** A history entry as staff see it; a citizen's answer decrypted, its files listed. */
export type Verlaufseintrag = {
  art: Ereignisart;
  vonKontoId: string | null;
  notiz: string | null;
  zeitpunkt: Date;
  data: Record<string, unknown> | null;
  /** The files of an answer ("antwort"); empty for every other entry. */
  anlagen: AnlageVerweis[];
};

/**
 * The id under which a file of an answer is downloaded. Those files have no row of their own
 * (they are listed inside the answer, encrypted for the authority), so the id is derived from
 * their storage key: a SHA-256 shaped as a UUID (version 8, RFC 9562), stable and not guessable
 * from the application's id.
 */
export function anlageIdVon(ablageSchluessel: string): string {
  const h = createHash("sha256").update(`antwort-anlage:${ablageSchluessel}`).digest("hex");
  const variante = ((Number.parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variante}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type GespeicherteAnlage = {
  dateiname: string;
  medientyp: string;
  groesse: number;
  ablageSchluessel: string;
};

const istGespeicherteAnlage = (a: unknown): a is GespeicherteAnlage =>
  typeof a === "object" &&
  a !== null &&
  typeof (a as GespeicherteAnlage).dateiname === "string" &&
  typeof (a as GespeicherteAnlage).medientyp === "string" &&
  typeof (a as GespeicherteAnlage).groesse === "number" &&
  typeof (a as GespeicherteAnlage).ablageSchluessel === "string";

const anlagenIn = (data: Record<string, unknown> | null): GespeicherteAnlage[] =>
  Array.isArray(data?.anlagen) ? data.anlagen.filter(istGespeicherteAnlage) : [];

/**
 * An application with its decrypted answers, its attachments' references and its history, for
 * a staff member of its authority (null for another authority's, an unknown or a malformed id).
 * Every view is an access to personal data: it is written to the history ("angesehen") and to
 * the audit trail (`protokolliere`, in one transaction) before anything is returned, so nothing
 * is shown unlogged.
 */
export async function ladeAntrag(
  db: Db,
  {
    id,
    bearbeiter,
    entschluessele,
    protokolliere,
    jetzt = new Date(),
  }: {
    id: string;
    bearbeiter: Bearbeiter;
    entschluessele: Entschluessele;
    protokolliere: Protokolliere;
    jetzt?: Date;
  },
) {
  if (!istUuid(id)) return null;
  const row = await findAntragInOes(db, { id, oes: bearbeiter.oes });
  if (!row) return null;
  const [umschlag, anlagen, ereignisse] = await Promise.all([
    entschluessleJson(entschluessele, row.oeSchluessel, row.umschlag),
    findAnlagen(db, { antragId: id }),
    findEreignisse(db, { antragId: id }),
  ]);
  const verlauf = await Promise.all(
    ereignisse.map((e) => verlaufseintrag(e, row.oeSchluessel, entschluessele)),
  );
  const personen = [
    ...new Set(
      [row.zugewiesenAn, ...ereignisse.map((e) => e.vonKontoId)].filter(
        (k): k is string => k !== null,
      ),
    ),
  ];
  const namen = Object.fromEntries(
    (await findMitarbeiterNamen(db, { kontoIds: personen })).map((m) => [m.kontoId, m.name]),
  );
  await db.transaction(async (tx) => {
    await insertEreignis(tx, {
      antragId: id,
      art: "angesehen",
      vonKontoId: bearbeiter.kontoId,
      zeitpunkt: jetzt,
    });
    await protokolliere(tx, {
      mitarbeiterKontoId: bearbeiter.kontoId,
      oeSchluessel: row.oeSchluessel,
      aktion: "antrag-angesehen",
      gegenstand: gegenstand(id),
      betroffenesKontoId: row.kontoId,
      jetzt,
    });
  });
  return {
    id: row.id,
    aktenzeichen: row.aktenzeichen,
    formular: row.formular,
    version: row.version,
    leistung: row.leistung,
    oeSchluessel: row.oeSchluessel,
    kontoId: row.kontoId,
    vertrauensniveau: row.vertrauensniveau,
    status: row.status,
    zugewiesenAn: row.zugewiesenAn,
    eingegangenAm: row.eingegangenAm,
    geaendertAm: row.geaendertAm,
    /** The fee's payment intent (@portal/payments), when the form has a fee. */
    zahlungIntentId: row.zahlungIntentId,
    antworten: (umschlag.antworten ?? {}) as Record<string, unknown>,
    identifikation: (umschlag.identifikation ?? null) as {
      vertrauensniveau: string;
      attribute: Record<string, unknown>;
    } | null,
    anlagen: anlagen.map((a) => ({
      id: a.id,
      dateiname: a.dateiname,
      medientyp: a.medientyp,
      groesse: a.groesse,
    })),
    verlauf,
    /** Staff names by account id, for the assignee and the history (the applicant is not staff). */
    namen: namen as Record<string, string>,
  };
}

async function verlaufseintrag(
  e: EreignisRow,
  oe: string,
  entschluessele: Entschluessele,
): Promise<Verlaufseintrag> {
  let data = e.data ?? null;
  if (data && typeof data.umschlag === "string") {
    const { umschlag, ...rest } = data;
    data = { ...rest, ...(await entschluessleJson(entschluessele, oe, umschlag as string)) };
  }
  const anlagen =
    e.art === "antwort"
      ? anlagenIn(data).map((a) => ({
          id: anlageIdVon(a.ablageSchluessel),
          dateiname: a.dateiname,
          medientyp: a.medientyp,
          groesse: a.groesse,
        }))
      : [];
  return {
    art: e.art,
    vonKontoId: e.vonKontoId,
    notiz: e.notiz,
    zeitpunkt: e.zeitpunkt,
    data,
    anlagen,
  };
}

/** Locks an application of the staff member's authorities, or aborts with "nicht-gefunden". */
async function sperre(tx: Db, id: string, bearbeiter: Bearbeiter): Promise<AntragRow> {
  if (!istUuid(id)) throw new Abbruch("nicht-gefunden");
  const row = await findAntragInOes(tx, { id, oes: bearbeiter.oes, sperren: true });
  if (!row) throw new Abbruch("nicht-gefunden");
  return row;
}

/** Changes the status, with its history entry and audit entry. */
async function wechsle(
  tx: Db,
  row: AntragRow,
  {
    nach,
    art,
    notiz,
    data,
    bearbeiter,
    aktion,
    protokolliere,
    jetzt,
  }: {
    nach: Antragsstatus;
    art: Ereignisart;
    notiz: string | null;
    data?: Record<string, unknown>;
    bearbeiter: Bearbeiter;
    aktion: string;
    protokolliere: Protokolliere;
    jetzt: Date;
  },
) {
  if (!darfWechseln(row.status, nach)) throw new Abbruch("uebergang-unzulaessig");
  await updateAntrag(tx, { id: row.id, werte: { status: nach, geaendertAm: jetzt } });
  await insertEreignis(tx, {
    antragId: row.id,
    art,
    vonKontoId: bearbeiter.kontoId,
    notiz,
    zeitpunkt: jetzt,
    data: { von: row.status, nach, ...data },
  });
  await protokolliere(tx, {
    mitarbeiterKontoId: bearbeiter.kontoId,
    oeSchluessel: row.oeSchluessel,
    aktion,
    gegenstand: gegenstand(row.id),
    betroffenesKontoId: row.kontoId,
    jetzt,
  });
}

/**
 * Assigns an application to a staff member of its authority with the case-work role (or to
 * nobody, `an: null`). Refused for anyone else ("kein-sachbearbeiter").
 */
export async function weiseZu(
  db: Db,
  {
    id,
    bearbeiter,
    an,
    protokolliere,
    jetzt = new Date(),
  }: {
    id: string;
    bearbeiter: Bearbeiter;
    an: string | null;
    protokolliere: Protokolliere;
    jetzt?: Date;
  },
): Promise<BearbeitungsErgebnis> {
  return mitAbbruch(() =>
    db.transaction(async (tx): Promise<BearbeitungsErgebnis> => {
      const row = await sperre(tx, id, bearbeiter);
      if (an !== null) {
        if (!istUuid(an)) throw new Abbruch("kein-sachbearbeiter");
        if (!(await istSachbearbeitung(tx, { kontoId: an, oeSchluessel: row.oeSchluessel })))
          throw new Abbruch("kein-sachbearbeiter");
      }
      await updateAntrag(tx, { id: row.id, werte: { zugewiesenAn: an, geaendertAm: jetzt } });
      await insertEreignis(tx, {
        antragId: row.id,
        art: "zugewiesen",
        vonKontoId: bearbeiter.kontoId,
        zeitpunkt: jetzt,
        data: { von: row.zugewiesenAn, an },
      });
      await protokolliere(tx, {
        mitarbeiterKontoId: bearbeiter.kontoId,
        oeSchluessel: row.oeSchluessel,
        aktion: "antrag-zugewiesen",
        gegenstand: gegenstand(row.id),
        betroffenesKontoId: row.kontoId,
        jetzt,
      });
      return { ok: true, status: row.status };
    }),
  );
}

/**
 * Sets a status that needs no message to the citizen (`in_bearbeitung`, `zurueckgezogen` – e.g.
 * a withdrawal received by letter), with a note, only along the allowed transitions.
 */
export async function setzeStatus(
  db: Db,
  {
    id,
    bearbeiter,
    status,
    notiz = null,
    protokolliere,
    jetzt = new Date(),
  }: {
    id: string;
    bearbeiter: Bearbeiter;
    status: FreierStatus;
    notiz?: string | null;
    protokolliere: Protokolliere;
    jetzt?: Date;
  },
): Promise<BearbeitungsErgebnis> {
  if (!(FREIE_STATUS as readonly string[]).includes(status))
    return { ok: false, fehler: "uebergang-unzulaessig" };
  if (!notizOk(notiz)) return { ok: false, fehler: "eingabe-ungueltig" };
  return mitAbbruch(() =>
    db.transaction(async (tx): Promise<BearbeitungsErgebnis> => {
      const row = await sperre(tx, id, bearbeiter);
      await wechsle(tx, row, {
        nach: status,
        art: "status",
        notiz: notiz?.trim() || null,
        bearbeiter,
        aktion: "antrag-status",
        protokolliere,
        jetzt,
      });
      return { ok: true, status };
    }),
  );
}

/** Sends the message in the transaction; the applicant without an account has no Postfach. */
async function benachrichtige(
  tx: Db,
  row: AntragRow,
  sendeNachricht: SendeNachricht,
  nachricht: Omit<PostfachNachricht, "an" | "verfahren">,
): Promise<string | null> {
  if (!row.kontoId) return null;
  const ergebnis = await sendeNachricht(tx, {
    ...nachricht,
    an: { kontoId: row.kontoId },
    verfahren: row.aktenzeichen,
  });
  if (!ergebnis.ok) throw new Abbruch("nachricht-fehlgeschlagen");
  return ergebnis.id;
}

// The subjects are German: the administrative language is German (§ 23 Abs. 1 VwVfG), and the
// message is the authority's letter; the Postfach shows it as written.
/**
 * A note, question or answer: not blank, not too long, and without what PostgreSQL cannot store
 * in a text column (U+0000) or any text can hold (an unpaired UTF-16 surrogate): refused as bad
 * input rather than failing the transaction.
 */
const textOk = (text: string) =>
  typeof text === "string" &&
  text.trim().length > 0 &&
  [...text].length <= MAX_NOTIZ &&
  !UNSPEICHERBAR.test(text);

const UNSPEICHERBAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
  /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Asks the applicant a question (Rückfrage): status `rueckfrage`, the question in the history
 * and as a message to their Postfach, whose procedure reference is the reference number, all in
 * one transaction. An application without an account has no Postfach: the status and history
 * are recorded, `zugestellt: false` tells staff to send the question another way.
 */
export async function stelleRueckfrage(
  db: Db,
  {
    id,
    bearbeiter,
    absender,
    text,
    sendeNachricht,
    protokolliere,
    jetzt = new Date(),
  }: {
    id: string;
    bearbeiter: Bearbeiter;
    absender: Absender;
    text: string;
    sendeNachricht: SendeNachricht;
    protokolliere: Protokolliere;
    jetzt?: Date;
  },
): Promise<BearbeitungsErgebnis> {
  if (!textOk(text)) return { ok: false, fehler: "eingabe-ungueltig" };
  return mitAbbruch(() =>
    db.transaction(async (tx): Promise<BearbeitungsErgebnis> => {
      const row = await sperre(tx, id, bearbeiter);
      if (!darfWechseln(row.status, "rueckfrage")) throw new Abbruch("uebergang-unzulaessig");
      const nachrichtId = await benachrichtige(tx, row, sendeNachricht, {
        absender,
        betreff: `Rückfrage zu Ihrem Antrag ${row.aktenzeichen}`,
        text,
      });
      await wechsle(tx, row, {
        nach: "rueckfrage",
        art: "rueckfrage",
        notiz: text.trim(),
        data: { nachrichtId },
        bearbeiter,
        aktion: "antrag-rueckfrage",
        protokolliere,
        jetzt,
      });
      return { ok: true, status: "rueckfrage", zugestellt: nachrichtId !== null };
    }),
  );
}

/**
 * Decides an application: status `entschieden`, the decision in the history and as a message
 * (with the Bescheid as an attachment, when given) to the applicant's Postfach, in one
 * transaction. As with a Rückfrage, `zugestellt: false` means: no account, deliver by post.
 */
export async function entscheide(
  db: Db,
  {
    id,
    bearbeiter,
    absender,
    ergebnis,
    text,
    anhaenge,
    sendeNachricht,
    protokolliere,
    jetzt = new Date(),
  }: {
    id: string;
    bearbeiter: Bearbeiter;
    absender: Absender;
    ergebnis: Ergebnis;
    text: string;
    anhaenge?: PostfachNachricht["anhaenge"];
    sendeNachricht: SendeNachricht;
    protokolliere: Protokolliere;
    jetzt?: Date;
  },
): Promise<BearbeitungsErgebnis> {
  if (!textOk(text) || !ERGEBNISSE.includes(ergebnis))
    return { ok: false, fehler: "eingabe-ungueltig" };
  return mitAbbruch(() =>
    db.transaction(async (tx): Promise<BearbeitungsErgebnis> => {
      const row = await sperre(tx, id, bearbeiter);
      if (!darfWechseln(row.status, "entschieden")) throw new Abbruch("uebergang-unzulaessig");
      const nachrichtId = await benachrichtige(tx, row, sendeNachricht, {
        absender,
        betreff: `Entscheidung über Ihren Antrag ${row.aktenzeichen}`,
        text,
        ...(anhaenge ? { anhaenge } : {}),
      });
      await wechsle(tx, row, {
        nach: "entschieden",
        art: "entscheidung",
        notiz: text.trim(),
        data: { ergebnis, nachrichtId },
        bearbeiter,
        aktion: "antrag-entschieden",
        protokolliere,
        jetzt,
      });
      return { ok: true, status: "entschieden", zugestellt: nachrichtId !== null };
    }),
  );
}

/**
 * The applicant answers a Rückfrage (citizen side, own application only: another account's
 * answers "nicht-gefunden"). The answer is encrypted for the authority like the application
 * (`verschluessele`) and stored in the history; the application returns to `in_bearbeitung`.
 * `anlagen` are references to files @portal/dateien stored, as on submission.
 */
export async function beantworteRueckfrage(
  db: Db,
  {
    id,
    kontoId,
    text,
    anlagen = [],
    verschluessele,
    jetzt = new Date(),
  }: {
    id: string;
    kontoId: string;
    text: string;
    anlagen?: { dateiname: string; medientyp: string; groesse: number; ablageSchluessel: string }[];
    verschluessele: Verschluessele;
    jetzt?: Date;
  },
): Promise<BearbeitungsErgebnis> {
  if (!istUuid(id) || !istUuid(kontoId)) return { ok: false, fehler: "nicht-gefunden" };
  if (!textOk(text)) return { ok: false, fehler: "eingabe-ungueltig" };
  return mitAbbruch(() =>
    db.transaction(async (tx): Promise<BearbeitungsErgebnis> => {
      const row = await findAntragVonKonto(tx, { id, kontoId, sperren: true });
      if (!row) throw new Abbruch("nicht-gefunden");
      if (row.status !== "rueckfrage") throw new Abbruch("uebergang-unzulaessig");
      const umschlag = await verschluessele(
        row.oeSchluessel,
        new TextEncoder().encode(JSON.stringify({ antwort: text, anlagen })),
      );
      await updateAntrag(tx, { id, werte: { status: "in_bearbeitung", geaendertAm: jetzt } });
      await insertEreignis(tx, {
        antragId: id,
        art: "antwort",
        vonKontoId: kontoId,
        zeitpunkt: jetzt,
        data: { von: "rueckfrage", nach: "in_bearbeitung", umschlag },
      });
      return { ok: true, status: "in_bearbeitung" };
    }),
  );
}

/** "Meine Anträge": an account's applications, newest first, with their status. */
export async function listeMeineAntraege(db: Db, { kontoId }: { kontoId: string }) {
  if (!istUuid(kontoId)) return [];
  return findAntraegeVonKonto(db, { kontoId });
}

/**
 * One of the account's applications with its course as the applicant may follow it: status
 * changes, questions and the decision with their time, without staff notes on status changes,
 * without who looked at it, without the answers (encrypted for the authority; the messages
 * themselves are in the Postfach). Null when it is not the account's.
 */
export async function ladeMeinenAntrag(db: Db, { id, kontoId }: { id: string; kontoId: string }) {
  if (!istUuid(id) || !istUuid(kontoId)) return null;
  const row = await findAntragVonKonto(db, { id, kontoId });
  if (!row) return null;
  const ereignisse = await findEreignisse(db, { antragId: id, ohneAnsichten: true });
  return {
    id: row.id,
    aktenzeichen: row.aktenzeichen,
    formular: row.formular,
    version: row.version,
    leistung: row.leistung,
    oeSchluessel: row.oeSchluessel,
    status: row.status,
    eingegangenAm: row.eingegangenAm,
    geaendertAm: row.geaendertAm,
    /** The fee's current payment intent (@portal/payments), when the form has a fee. */
    zahlungIntentId: row.zahlungIntentId,
    verlauf: verlaufFuerAntragsteller(ereignisse),
  };
}

/**
 * The staff members an application of an Organisationseinheit can be assigned to: active
 * accounts with the case-work role there (an admin of it counts, as in @portal/auth), by name.
 */
export async function listeSachbearbeiter(db: Db, { oeSchluessel }: { oeSchluessel: string }) {
  return findSachbearbeiter(db, { oeSchluessel });
}

/**
 * The Organisationseinheit an application of the staff member's authorities lies with (null for
 * any other, unknown or malformed id): the sender of a Rückfrage or decision. Metadata only, so
 * not logged as an access.
 */
export async function oeDesAntrags(
  db: Db,
  { id, bearbeiter }: { id: string; bearbeiter: Bearbeiter },
) {
  if (!istUuid(id)) return null;
  return (await findAntragInOes(db, { id, oes: bearbeiter.oes }))?.oeSchluessel ?? null;
}

/** The services (Leistung slugs) of the staff member's authorities' applications, sorted. */
export async function listeLeistungenDerInbox(db: Db, { oes }: { oes: readonly string[] }) {
  return findLeistungenInOes(db, { oes });
}

/** How many applications of the staff member's authorities are new ("eingegangen"). */
export async function zaehleNeueAntraege(db: Db, { oes }: { oes: readonly string[] }) {
  if (oes.length === 0) return 0;
  return zaehleAntraege(db, { wo: inboxBedingung(oes, { status: "eingegangen" }) });
}

/**
 * An attachment of an application (submitted with it, or sent with an answer to a Rückfrage),
 * decrypted, for a staff member of the application's authority; null for anyone else, for an
 * unknown or malformed id, or when the file is gone from the store – indistinguishably. Every
 * download is written to the audit trail ("anlage-heruntergeladen") before the bytes are
 * returned.
 */
export async function ladeAnlage(
  db: Db,
  {
    antragId,
    anlageId,
    bearbeiter,
    lade,
    entschluessele,
    protokolliere,
    jetzt = new Date(),
  }: {
    antragId: string;
    anlageId: string;
    bearbeiter: Bearbeiter;
    lade: LadeDatei;
    entschluessele: Entschluessele;
    protokolliere: Protokolliere;
    jetzt?: Date;
  },
): Promise<{ dateiname: string; medientyp: string; inhalt: Uint8Array } | null> {
  if (!istUuid(antragId) || !istUuid(anlageId)) return null;
  const row = await findAntragInOes(db, { id: antragId, oes: bearbeiter.oes });
  if (!row) return null;
  const anlage = await findeAnlageDesAntrags(db, row, anlageId, entschluessele);
  if (!anlage) return null;
  const gespeichert = await lade(anlage.ablageSchluessel);
  if (!gespeichert) return null;
  const inhalt = await entschluessele(row.oeSchluessel, new TextDecoder().decode(gespeichert));
  await protokolliere(db, {
    mitarbeiterKontoId: bearbeiter.kontoId,
    oeSchluessel: row.oeSchluessel,
    aktion: "anlage-heruntergeladen",
    gegenstand: `anlage:${row.id}/${anlageId}`,
    betroffenesKontoId: row.kontoId,
    jetzt,
  });
  return { dateiname: anlage.dateiname, medientyp: anlage.medientyp, inhalt };
}

async function findeAnlageDesAntrags(
  db: Db,
  row: AntragRow,
  anlageId: string,
  entschluessele: Entschluessele,
): Promise<GespeicherteAnlage | null> {
  const eingereicht = await findAnlage(db, { antragId: row.id, anlageId });
  if (eingereicht) {
    // A per-file key wrapped for the authority (schema: `umschlag`) is not written by any
    // submission path yet; serving such a file as if it were a JWE would hand out garbage.
    if (eingereicht.umschlag)
      throw new Error(`attachment ${eingereicht.id}: wrapped file keys are not supported`);
    return eingereicht;
  }
  const antworten = (await findEreignisse(db, { antragId: row.id, ohneAnsichten: true })).filter(
    (e) => e.art === "antwort",
  );
  for (const e of antworten) {
    const eintrag = await verlaufseintrag(e, row.oeSchluessel, entschluessele);
    const treffer = anlagenIn(eintrag.data).find(
      (a) => anlageIdVon(a.ablageSchluessel) === anlageId,
    );
    if (treffer) return treffer;
  }
  return null;
}

/**
 * The history as the applicant may follow it (their page and their data export): status
 * changes, questions, answers and the decision with their time; not who it was assigned to or
 * looked at it (pass events without "angesehen"), no staff notes, no encrypted content.
 */
export function verlaufFuerAntragsteller(ereignisse: readonly EreignisRow[]) {
  return ereignisse
    .filter((e) => e.art !== "zugewiesen" && e.art !== "angesehen")
    .map((e) => ({
      art: e.art,
      zeitpunkt: e.zeitpunkt,
      status: typeof e.data?.nach === "string" ? (e.data.nach as Antragsstatus) : null,
      ergebnis: typeof e.data?.ergebnis === "string" ? (e.data.ergebnis as Ergebnis) : null,
      // A `zahlung` entry: the payment's state then (@portal/payments' status names).
      ...(e.art === "zahlung" && typeof e.data?.status === "string"
        ? { zahlungsstatus: e.data.status }
        : {}),
    }));
}
