import type { Db } from "@portal/db/client";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { findeUmfrageAntworten, speichereUmfrageAntwort } from "../queries/umfrage.ts";
import { type VerfahrensFrage, verfahren } from "../schema.ts";
import { darf, type Meldung, type Verfahrensregeln } from "../types.ts";
import {
  EINREICH_MELDUNGEN,
  type Einreicher,
  type EinreichFehler,
  pruefeFormularOhneKonto,
  zaehleBeitrag,
} from "./beitrag.ts";
import { alsCsv, zeitInSachsen } from "./export.ts";
import { personSchluessel } from "./person.ts";

// Survey answers (issue 11, part 2). The questions come from the read model (`verfahren.fragen`,
// each keyed by the `kennung` the CMS gives it: see regelnVon). Answers are stored by question id
// with the chosen options' texts, so reordering or republishing keeps them; an option renamed in
// the CMS no longer counts its earlier answers (the results list only the current options).

/** Free-text answers: up to 2000 characters. */
export const MAX_UMFRAGE_TEXT = 2000;

export type UmfrageEingabe = {
  /** Per question id: the chosen option (single), the chosen options (multiple), the text. */
  antworten?: Record<string, unknown>;
  webseite?: unknown;
  angezeigtUm?: unknown;
};

export type UmfrageErgebnisAntwort = { ok: true; id: string; ersetzt: boolean } | EinreichFehler;

export const UMFRAGE_MELDUNGEN = {
  keine: {
    de: "Bitte beantworten Sie mindestens eine Frage.",
    en: "Please answer at least one question.",
  },
  option: {
    de: "Bitte wählen Sie eine der angebotenen Antworten.",
    en: "Please choose one of the answers offered.",
  },
  optionen: {
    de: "Bitte wählen Sie nur unter den angebotenen Antworten.",
    en: "Please choose only among the answers offered.",
  },
  zuLang: {
    de: `Die Antwort darf höchstens ${MAX_UMFRAGE_TEXT} Zeichen lang sein.`,
    en: `The answer may be at most ${MAX_UMFRAGE_TEXT} characters long.`,
  },
  zeichen: {
    de: "Die Antwort enthält ein unzulässiges Zeichen.",
    en: "The answer contains a character that is not allowed.",
  },
} as const satisfies Record<string, Meldung>;

const alsListe = (wert: unknown): unknown[] =>
  wert === undefined || wert === null ? [] : Array.isArray(wert) ? wert : [wert];

/**
 * Checks the answers against the questions: a single choice is one of the options, a multiple
 * choice a subset of them (duplicates dropped, in the options' order), a text at most 2000
 * characters (trimmed, NFC, stored verbatim otherwise). Every question is optional, an empty
 * answer is none; unknown question ids are ignored. Field errors by question id.
 */
export function pruefeUmfrageAntworten(
  fragen: VerfahrensFrage[],
  eingabe: Record<string, unknown> | undefined,
):
  | { ok: true; antworten: Record<string, string | string[]> }
  | { ok: false; felder: Record<string, Meldung> } {
  const antworten: Record<string, string | string[]> = {};
  const felder: Record<string, Meldung> = {};
  for (const frage of fragen) {
    const werte = alsListe(eingabe?.[frage.id]);
    if (werte.some((w) => typeof w !== "string")) {
      felder[frage.id] =
        frage.art === "text" ? UMFRAGE_MELDUNGEN.zeichen : UMFRAGE_MELDUNGEN.option;
      continue;
    }
    const texte = (werte as string[]).map((w) => w.normalize("NFC").trim()).filter(Boolean);
    if (texte.length === 0) continue;
    if (frage.art === "text") {
      const text = texte.join("\n");
      if ([...text].length > MAX_UMFRAGE_TEXT) felder[frage.id] = UMFRAGE_MELDUNGEN.zuLang;
      else if (text.includes("\u0000")) felder[frage.id] = UMFRAGE_MELDUNGEN.zeichen;
      else antworten[frage.id] = text;
    } else if (frage.art === "einfach") {
      const [wahl] = texte;
      if (texte.length !== 1 || !wahl || !frage.optionen.includes(wahl)) {
        felder[frage.id] = UMFRAGE_MELDUNGEN.option;
      } else antworten[frage.id] = wahl;
    } else {
      if (!texte.every((t) => frage.optionen.includes(t))) {
        felder[frage.id] = UMFRAGE_MELDUNGEN.optionen;
      } else antworten[frage.id] = frage.optionen.filter((o) => texte.includes(o));
    }
  }
  if (Object.keys(felder).length > 0) return { ok: false, felder };
  if (Object.keys(antworten).length === 0) {
    return { ok: false, felder: { formular: UMFRAGE_MELDUNGEN.keine } };
  }
  return { ok: true, antworten };
}

/**
 * Takes a survey answer set. In this order: the answers (field errors by question id), the
 * procedure's rules (a phase allowing `umfrage` with the identity it asks for), for forms without
 * an account the bot checks (honeypot `webseite`, minimum fill time of `angezeigtUm`), then, in
 * one transaction with the insert, the rate limits of contributions (`beitragProAdresse` per
 * client and procedure without an account, `beitragProKonto` with one: one budget with the
 * comments of the procedure).
 *
 * With a person key (account, eID, or an e-mail address the app has confirmed) there is one
 * answer set per person and procedure: a second one replaces the first (`ersetzt`). Anonymous
 * answer sets are each stored.
 */
export async function beantworteUmfrage(
  db: Db,
  params: {
    regeln: Verfahrensregeln;
    fragen: VerfahrensFrage[];
    eingabe: UmfrageEingabe;
    identitaet: Einreicher;
    client: string;
    jetzt: Date;
  },
): Promise<UmfrageErgebnisAntwort> {
  const { regeln, identitaet, jetzt, eingabe } = params;
  const geprueft = pruefeUmfrageAntworten(params.fragen, eingabe?.antworten);
  if (!geprueft.ok) return { ok: false, fehler: "eingabe", felder: geprueft.felder };

  const mitKonto = identitaet.art === "konto" || identitaet.art === "eid";
  if (mitKonto && !z.uuid().safeParse(identitaet.kontoId).success) {
    return { ok: false, fehler: "eingabe", felder: { konto: EINREICH_MELDUNGEN.konto } };
  }
  let email: string | null = null;
  if (identitaet.art === "email") {
    const adresse = z.email().max(254).safeParse(identitaet.email?.trim());
    if (!adresse.success) {
      return { ok: false, fehler: "eingabe", felder: { email: EINREICH_MELDUNGEN.email } };
    }
    email = adresse.data;
  }

  const erlaubt = darf(regeln, { aktion: "umfrage", jetzt, identitaet: identitaet.art });
  if (!erlaubt.ok) return { ok: false, fehler: erlaubt.grund, meldung: erlaubt.meldung };

  if (!mitKonto) {
    const bot = pruefeFormularOhneKonto(eingabe, jetzt);
    if (bot) return bot;
  }

  const person = mitKonto
    ? await personSchluessel(db, { kontoId: identitaet.kontoId as string })
    : email
      ? await personSchluessel(db, { email })
      : null;

  return db.transaction(async (tx): Promise<UmfrageErgebnisAntwort> => {
    const grenze = await zaehleBeitrag(tx, {
      verfahrenId: regeln.verfahrenId,
      kontoId: mitKonto ? identitaet.kontoId : undefined,
      client: params.client,
      jetzt,
    });
    if (grenze) return grenze;
    const gespeichert = await speichereUmfrageAntwort(tx, {
      verfahrenId: regeln.verfahrenId,
      phaseId: erlaubt.phase.id,
      person,
      antworten: geprueft.antworten,
      erstellt: jetzt,
    });
    return { ok: true, ...gespeichert };
  });
}

/** The results of one question: counts per current option, or the free texts. */
export type FragenErgebnis = {
  id: string;
  frage: string;
  art: VerfahrensFrage["art"];
  /** How many answer sets answered this question. */
  beantwortet: number;
  optionen: { option: string; anzahl: number }[];
  /** Free texts, oldest first (for staff only: they may hold anything a person typed). */
  texte: string[];
};

export type UmfrageErgebnis = { antworten: number; fragen: FragenErgebnis[] };

/**
 * The survey's results for staff: the number of answer sets, per question how many answered it,
 * per option how often it was chosen, and the free texts. Not for the public pages.
 */
export async function umfrageErgebnis(
  db: Db,
  params: { verfahrenId: string; fragen: VerfahrensFrage[] },
): Promise<UmfrageErgebnis> {
  const zeilen = await findeUmfrageAntworten(db, { verfahrenId: params.verfahrenId });
  const fragen = params.fragen.map((frage): FragenErgebnis => {
    const zaehler = new Map(frage.optionen.map((o) => [o, 0]));
    const texte: string[] = [];
    let beantwortet = 0;
    for (const { antworten } of zeilen) {
      const wert = antworten[frage.id];
      if (wert === undefined) continue;
      beantwortet++;
      if (frage.art === "text") {
        if (typeof wert === "string") texte.push(wert);
        continue;
      }
      for (const option of alsListe(wert)) {
        const n = zaehler.get(option as string);
        if (n !== undefined) zaehler.set(option as string, n + 1);
      }
    }
    return {
      id: frage.id,
      frage: frage.frage,
      art: frage.art,
      beantwortet,
      optionen:
        frage.art === "text" ? [] : [...zaehler].map(([option, anzahl]) => ({ option, anzahl })),
      texte,
    };
  });
  return { antworten: zeilen.length, fragen };
}

/** Between the options of a multiple-choice answer in one cell. */
const OPTIONEN_TRENNER = " | ";

/**
 * A survey's answers as a table for staff: a header row ("Nr.", the time, then one column per
 * current question by its text) and one row per answer set, oldest first. A multiple-choice
 * answer lists its options with " | "; an unanswered question is an empty cell; answers to
 * questions removed in the CMS are left out (as in `umfrageErgebnis`).
 */
export function umfrageTabelle(
  zeilen: { antworten: Record<string, string | string[]>; erstellt: Date }[],
  fragen: VerfahrensFrage[],
  lang: "de" | "en",
): (string | number | null)[][] {
  const kopf = lang === "de" ? ["Nr.", "Eingegangen"] : ["No.", "Received"];
  return [
    [...kopf, ...fragen.map((f) => f.frage)],
    ...zeilen.map((z, i) => [
      i + 1,
      zeitInSachsen(z.erstellt),
      ...fragen.map((f) => {
        const wert = z.antworten[f.id];
        if (wert === undefined) return null;
        return Array.isArray(wert) ? wert.join(OPTIONEN_TRENNER) : wert;
      }),
    ]),
  ];
}

/**
 * The survey's answers as CSV (as the contributions' export: UTF-8 with BOM, `;`, RFC 4180,
 * formula prefixes neutralised: a free text is anything a person typed), or null for a procedure
 * outside `gemeinden`.
 */
export async function exportiereUmfrage(
  db: Db,
  params: { verfahrenId: string; gemeinden: readonly string[]; lang: "de" | "en" },
): Promise<{ inhalt: Uint8Array; zeilen: number } | null> {
  if (params.gemeinden.length === 0) return null;
  const [v] = await db
    .select({ fragen: verfahren.fragen })
    .from(verfahren)
    .where(
      and(
        eq(verfahren.documentId, params.verfahrenId),
        inArray(verfahren.gemeindeAgs, [...params.gemeinden]),
      ),
    );
  if (!v) return null;
  const zeilen = await findeUmfrageAntworten(db, { verfahrenId: params.verfahrenId });
  const inhalt = new TextEncoder().encode(alsCsv(umfrageTabelle(zeilen, v.fragen, params.lang)));
  return { inhalt, zeilen: zeilen.length };
}
