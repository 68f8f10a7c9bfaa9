import type { Db } from "@portal/db/client";
import type {
  Entschluessele,
  PostfachNachricht,
  Protokolliere,
  SendeNachricht,
  Verschluessele,
} from "../ports.ts";
import {
  type AntragRow,
  type EreignisRow,
  findAnlagen,
  findAntraegeSeite,
  findAntraegeVonKonto,
  findAntragInOes,
  findAntragVonKonto,
  findEreignisse,
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

/** A history entry as staff see it; a citizen's answer decrypted. */
export type Verlaufseintrag = {
  art: Ereignisart;
  vonKontoId: string | null;
  notiz: string | null;
  zeitpunkt: Date;
  data: Record<string, unknown> | null;
};

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
    antworten: (umschlag.antworten ?? {}) as Record<string, unknown>,
    identifikation: (umschlag.identifikation ?? null) as {
      vertrauensniveau: string;
      attribute: Record<string, unknown>;
    } | null,
    anlagen,
    verlauf,
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
  return { art: e.art, vonKontoId: e.vonKontoId, notiz: e.notiz, zeitpunkt: e.zeitpunkt, data };
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
    verlauf: verlaufFuerAntragsteller(ereignisse),
  };
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
    }));
}
