import type { Db } from "@portal/db/client";
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  ilike,
  inArray,
  isNotNull,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { bewertungszahlen, moderationsverlauf } from "../queries/beitrag.ts";
import {
  abwaegung,
  anhang,
  type Beschluss,
  beitrag,
  meldung,
  mitzeichnung,
  type VerfahrenRow,
  verfahren,
} from "../schema.ts";
import {
  BEITRAGSARTEN,
  BEITRAGSSTATUS,
  type Beitragsart,
  type Beitragsstatus,
  type Bewertung,
  type Meldung,
} from "../types.ts";

// What staff read of a procedure's contributions (the back office, /verwaltung/beteiligung):
// the procedures of their municipalities with their counts, the filtered list, one contribution
// with its moderation trail, and the exports for the council's weighing (CSV, XLSX). Every read
// takes the municipalities (AGS) the staff member acts for and finds nothing outside them.
// The queries live here with their only caller (the package's queries/ are shared with the
// public pages).

/** Who submitted a contribution, as far as the stored columns tell. */
export const EINREICHERARTEN = ["anonym", "email", "konto", "institution"] as const;
export type Einreicherart = (typeof EINREICHERARTEN)[number];

/**
 * Derived from the row: a contribution in an institutions' phase (stored non-public) is an
 * institution's; else an account's (also an eID sign-in: both keep only the account id), an
 * anonymous contributor's with an e-mail address, or anonymous.
 */
export function einreicherart(zeile: {
  oeffentlich: boolean;
  kontoId: string | null;
  email: string | null;
}): Einreicherart {
  if (!zeile.oeffentlich) return "institution";
  if (zeile.kontoId) return "konto";
  if (zeile.email) return "email";
  return "anonym";
}

export const ART_TEXTE: Record<Beitragsart, Meldung> = {
  kommentar: { de: "Kommentar", en: "Comment" },
  kartenpunkt: { de: "Kartenpunkt", en: "Map point" },
  stellungnahme: { de: "Stellungnahme", en: "Statement" },
};
export const STATUS_TEXTE: Record<Beitragsstatus, Meldung> = {
  unbestaetigt: { de: "unbestätigt", en: "unconfirmed" },
  ausstehend: { de: "wartet auf Freigabe", en: "awaiting approval" },
  veroeffentlicht: { de: "veröffentlicht", en: "published" },
  verborgen: { de: "verborgen", en: "hidden" },
  abgelehnt: { de: "abgelehnt", en: "rejected" },
};
export const EINREICHER_TEXTE: Record<Einreicherart, Meldung> = {
  anonym: { de: "anonym", en: "anonymous" },
  email: { de: "E-Mail-Adresse", en: "e-mail address" },
  konto: { de: "Servicekonto", en: "service account" },
  institution: { de: "Institution", en: "institution" },
};
export const BESCHLUSS_TEXTE: Record<Beschluss, Meldung> = {
  beruecksichtigt: { de: "berücksichtigt", en: "taken into account" },
  "teilweise-beruecksichtigt": {
    de: "teilweise berücksichtigt",
    en: "partly taken into account",
  },
  "nicht-beruecksichtigt": { de: "nicht berücksichtigt", en: "not taken into account" },
  "zur-kenntnis-genommen": { de: "zur Kenntnis genommen", en: "noted" },
};

/** A contribution as staff see it: everything but the e-mail address. */
export type Verwaltungsbeitrag = {
  id: string;
  /** Its number in the procedure (by arrival, from 1): the "Nr." of the Abwägungstabelle. */
  nummer: number;
  art: Beitragsart;
  phaseId: string;
  elternId: string | null;
  text: string;
  name: string | null;
  lat: number | null;
  lon: number | null;
  einreicher: Einreicherart;
  status: Beitragsstatus;
  oeffentlich: boolean;
  erstellt: Date;
  bewertungen: Record<Bewertung, number>;
  meldungen: number;
  abwaegung: { text: string; beschluss: Beschluss | null; bearbeitetUm: Date } | null;
  /** The institution's name, where one is stored (see `zusatzangaben`). */
  institution: string | null;
  /** The names of the statement's attachments (see `zusatzangaben`). */
  anlagen: string[];
};

/**
 * What other parts of a statement add, for the given rows: the name of the submitting
 * institution (as it was when submitted) and the file names of its attachments (in the order
 * they were attached). One query each, whatever the number of rows; every id gets an entry.
 */
export async function zusatzangaben(
  db: Db,
  params: { beitragIds: string[] },
): Promise<Map<string, { institution: string | null; anlagen: string[] }>> {
  const ergebnis = new Map(
    params.beitragIds.map((id) => [
      id,
      { institution: null as string | null, anlagen: [] as string[] },
    ]),
  );
  if (params.beitragIds.length === 0) return ergebnis;
  const [institutionen, anlagen] = await Promise.all([
    db
      .select({ id: beitrag.id, name: beitrag.institutionName })
      .from(beitrag)
      .where(and(inArray(beitrag.id, params.beitragIds), isNotNull(beitrag.institutionName))),
    db
      .select({ beitragId: anhang.beitragId, name: anhang.name })
      .from(anhang)
      .where(inArray(anhang.beitragId, params.beitragIds))
      .orderBy(asc(anhang.erstellt), asc(anhang.name), asc(anhang.id)),
  ]);
  for (const z of institutionen) {
    const e = ergebnis.get(z.id);
    if (e) e.institution = z.name;
  }
  for (const a of anlagen) ergebnis.get(a.beitragId)?.anlagen.push(a.name);
  return ergebnis;
}

/** A procedure of the given municipalities by its slug, or null (also for another tenant's). */
export async function verwaltetesVerfahren(
  db: Db,
  params: { slug: string; gemeinden: readonly string[] },
): Promise<VerfahrenRow | null> {
  if (params.gemeinden.length === 0) return null;
  const [zeile] = await db
    .select()
    .from(verfahren)
    .where(
      and(eq(verfahren.slug, params.slug), inArray(verfahren.gemeindeAgs, [...params.gemeinden])),
    );
  return zeile ?? null;
}

export type Verfahrenszahlen = {
  gesamt: number;
  ausstehend: number;
  verborgen: number;
  /** Contributions with at least one report. */
  gemeldet: number;
};

/** The procedures of the given municipalities (by title) with their counts for the overview. */
export async function verwalteteVerfahren(
  db: Db,
  params: { gemeinden: readonly string[] },
): Promise<(VerfahrenRow & { zahlen: Verfahrenszahlen })[]> {
  if (params.gemeinden.length === 0) return [];
  const zeilen = await db
    .select()
    .from(verfahren)
    .where(inArray(verfahren.gemeindeAgs, [...params.gemeinden]))
    .orderBy(asc(verfahren.titel), asc(verfahren.documentId));
  if (zeilen.length === 0) return [];
  const zahlen = await db
    .select({
      verfahrenId: beitrag.verfahrenId,
      gesamt: count(),
      ausstehend: sql<number>`count(*) filter (where ${beitrag.status} = 'ausstehend')::int`,
      verborgen: sql<number>`count(*) filter (where ${beitrag.status} = 'verborgen')::int`,
      gemeldet: sql<number>`count(*) filter (where exists (select 1 from ${meldung} where ${meldung.beitragId} = ${beitrag.id}))::int`,
    })
    .from(beitrag)
    .where(
      inArray(
        beitrag.verfahrenId,
        zeilen.map((z) => z.documentId),
      ),
    )
    .groupBy(beitrag.verfahrenId);
  const je = new Map(zahlen.map((z) => [z.verfahrenId, z]));
  return zeilen.map((z) => {
    const n = je.get(z.documentId);
    return {
      ...z,
      zahlen: {
        gesamt: n?.gesamt ?? 0,
        ausstehend: n?.ausstehend ?? 0,
        verborgen: n?.verborgen ?? 0,
        gemeldet: n?.gemeldet ?? 0,
      },
    };
  });
}

/** The filters of the staff list; each one left out does not filter. */
export type Verwaltungsfilter = {
  phaseId?: string;
  art?: Beitragsart;
  status?: Beitragsstatus;
  /** Words in the text or the name (case-insensitive, as typed). */
  suche?: string;
  /** Only contributions someone reported. */
  gemeldet?: boolean;
};

export const SEITENGROESSE = 25;

const gemeldetSql = exists(
  sql`(select 1 from ${meldung} where ${meldung.beitragId} = ${beitrag.id})`,
);

/** `%` and `_` typed in the search match themselves. */
const wortlaut = (s: string) => `%${s.replace(/[\\%_]/g, (z) => `\\${z}`)}%`;

function bedingungen(verfahrenId: string, filter: Verwaltungsfilter): SQL | undefined {
  const suche = filter.suche?.trim();
  return and(
    eq(beitrag.verfahrenId, verfahrenId),
    filter.phaseId ? eq(beitrag.phaseId, filter.phaseId) : undefined,
    filter.art && BEITRAGSARTEN.includes(filter.art) ? eq(beitrag.art, filter.art) : undefined,
    filter.status && BEITRAGSSTATUS.includes(filter.status)
      ? eq(beitrag.status, filter.status)
      : undefined,
    suche
      ? or(ilike(beitrag.text, wortlaut(suche)), ilike(beitrag.name, wortlaut(suche)))
      : undefined,
    filter.gemeldet ? gemeldetSql : undefined,
  );
}

/** Reads the rows with their numbers, reports and weighing; ratings and extras added after. */
async function lese(
  db: Db,
  params: {
    verfahrenId: string;
    filter: Verwaltungsfilter;
    reihenfolge: "neueste" | "nummer";
    nurId?: string;
    limit?: number;
    offset?: number;
  },
): Promise<Verwaltungsbeitrag[]> {
  const nummern = db
    .select({
      id: beitrag.id,
      nummer:
        sql<number>`(row_number() over (order by ${beitrag.erstellt}, ${beitrag.id}))::int`.as(
          "nummer",
        ),
    })
    .from(beitrag)
    .where(eq(beitrag.verfahrenId, params.verfahrenId))
    .as("nummern");
  const meldungen = db
    .select({ beitragId: meldung.beitragId, anzahl: count().as("anzahl") })
    .from(meldung)
    .groupBy(meldung.beitragId)
    .as("meldungen");
  let abfrage = db
    .select({
      b: beitrag,
      nummer: nummern.nummer,
      meldungen: sql<number>`coalesce(${meldungen.anzahl}, 0)::int`,
      abwaegung,
    })
    .from(beitrag)
    .innerJoin(nummern, eq(nummern.id, beitrag.id))
    .leftJoin(meldungen, eq(meldungen.beitragId, beitrag.id))
    .leftJoin(abwaegung, eq(abwaegung.beitragId, beitrag.id))
    .where(
      and(
        bedingungen(params.verfahrenId, params.filter),
        params.nurId ? eq(beitrag.id, params.nurId) : undefined,
      ),
    )
    .orderBy(
      ...(params.reihenfolge === "neueste"
        ? [desc(beitrag.erstellt), desc(beitrag.id)]
        : [asc(nummern.nummer)]),
    )
    .$dynamic();
  if (params.limit !== undefined) abfrage = abfrage.limit(params.limit);
  if (params.offset) abfrage = abfrage.offset(params.offset);
  const zeilen = await abfrage;
  const ids = zeilen.map((z) => z.b.id);
  const [zahlen, extras] = await Promise.all([
    bewertungszahlen(db, { beitragIds: ids }),
    zusatzangaben(db, { beitragIds: ids }),
  ]);
  const bewertungen = new Map<string, Record<Bewertung, number>>();
  for (const id of ids) bewertungen.set(id, { zustimmung: 0, neutral: 0, ablehnung: 0 });
  for (const z of zahlen) {
    const b = bewertungen.get(z.beitragId);
    if (b) b[z.wert] = z.anzahl;
  }
  return zeilen.map(({ b, nummer, meldungen: m, abwaegung: a }) => ({
    id: b.id,
    nummer,
    art: b.art,
    phaseId: b.phaseId,
    elternId: b.elternId,
    text: b.text,
    name: b.name,
    lat: b.lat,
    lon: b.lon,
    einreicher: einreicherart(b),
    status: b.status,
    oeffentlich: b.oeffentlich,
    erstellt: b.erstellt,
    bewertungen: bewertungen.get(b.id) ?? { zustimmung: 0, neutral: 0, ablehnung: 0 },
    meldungen: m,
    abwaegung: a ? { text: a.text, beschluss: a.beschluss, bearbeitetUm: a.bearbeitetUm } : null,
    institution: extras.get(b.id)?.institution ?? null,
    anlagen: extras.get(b.id)?.anlagen ?? [],
  }));
}

/**
 * One page (25, newest first) of a procedure's contributions for staff, filtered, with the
 * number of matches. Null when the procedure is not one of `gemeinden`'s.
 */
export async function verwaltungsliste(
  db: Db,
  params: {
    verfahrenId: string;
    gemeinden: readonly string[];
    filter?: Verwaltungsfilter;
    seite?: number;
  },
): Promise<{ beitraege: Verwaltungsbeitrag[]; gesamt: number; seite: number } | null> {
  if (!(await eigenesVerfahren(db, params))) return null;
  const filter = params.filter ?? {};
  const [zeile] = await db
    .select({ n: count() })
    .from(beitrag)
    .where(bedingungen(params.verfahrenId, filter));
  const gesamt = zeile?.n ?? 0;
  const letzte = Math.max(1, Math.ceil(gesamt / SEITENGROESSE));
  const gewuenscht = Number.isSafeInteger(params.seite) ? (params.seite as number) : 1;
  const seite = Math.min(Math.max(1, gewuenscht), letzte);
  const beitraege = await lese(db, {
    verfahrenId: params.verfahrenId,
    filter,
    reihenfolge: "neueste",
    limit: SEITENGROESSE,
    offset: (seite - 1) * SEITENGROESSE,
  });
  return { beitraege, gesamt, seite };
}

/** All contributions of the procedure by number (the exports), or null for another tenant's. */
export async function alleBeitraege(
  db: Db,
  params: { verfahrenId: string; gemeinden: readonly string[]; nurArt?: Beitragsart },
): Promise<Verwaltungsbeitrag[] | null> {
  if (!(await eigenesVerfahren(db, params))) return null;
  return lese(db, {
    verfahrenId: params.verfahrenId,
    filter: params.nurArt ? { art: params.nurArt } : {},
    reihenfolge: "nummer",
  });
}

/**
 * One contribution for staff with its moderation trail (oldest first), the submitter's name,
 * address and consent (`Einreichung`, for statements) and the number of co-signatures; null when
 * it does not exist or belongs to a procedure outside `gemeinden`.
 */
export async function verwaltungsbeitrag(
  db: Db,
  params: { verfahrenId: string; beitragId: string; gemeinden: readonly string[] },
) {
  if (!UUID.test(params.beitragId)) return null;
  if (!(await eigenesVerfahren(db, params))) return null;
  const [gefunden] = await lese(db, {
    verfahrenId: params.verfahrenId,
    filter: {},
    reihenfolge: "nummer",
    nurId: params.beitragId,
  });
  if (!gefunden) return null;
  const [verlauf, [angaben], [zeichnungen]] = await Promise.all([
    moderationsverlauf(db, { beitragId: params.beitragId }),
    db
      .select({
        name: beitrag.einreicherName,
        strasse: beitrag.einreicherStrasse,
        plz: beitrag.einreicherPlz,
        ort: beitrag.einreicherOrt,
        einwilligungUm: beitrag.einwilligungUm,
        einwilligungFassung: beitrag.einwilligungFassung,
      })
      .from(beitrag)
      .where(eq(beitrag.id, params.beitragId)),
    db
      .select({ anzahl: count() })
      .from(mitzeichnung)
      .where(eq(mitzeichnung.beitragId, params.beitragId)),
  ]);
  const einreichung: Einreichung = {
    name: angaben?.name ?? null,
    strasse: angaben?.strasse ?? null,
    plz: angaben?.plz ?? null,
    ort: angaben?.ort ?? null,
    einwilligungUm: angaben?.einwilligungUm ?? null,
    einwilligungFassung: angaben?.einwilligungFassung ?? null,
  };
  return { beitrag: gefunden, verlauf, einreichung, mitzeichnungen: zeichnungen?.anzahl ?? 0 };
}

/**
 * What a statement's submitter gave for the authority only (§ 3 Abs. 2 BauGB: the authority
 * communicates the result of its review): name and postal address, and the consent's time and
 * wording version (Art. 7 (1) GDPR). Personal data: only on the staff's page of the one
 * contribution, never in a list, an export or a public page.
 */
export type Einreichung = {
  name: string | null;
  strasse: string | null;
  plz: string | null;
  ort: string | null;
  einwilligungUm: Date | null;
  einwilligungFassung: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function eigenesVerfahren(
  db: Db,
  params: { verfahrenId: string; gemeinden: readonly string[] },
): Promise<boolean> {
  if (params.gemeinden.length === 0) return false;
  const [zeile] = await db
    .select({ id: verfahren.documentId })
    .from(verfahren)
    .where(
      and(
        eq(verfahren.documentId, params.verfahrenId),
        inArray(verfahren.gemeindeAgs, [...params.gemeinden]),
      ),
    );
  return zeile !== undefined;
}

// --- exports ---------------------------------------------------------------------------------

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): = + - @,
 * a tab or carriage return before them, and the full-width forms that some spreadsheets fold
 * into the ASCII ones.
 */
const FORMELANFANG = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** A cell that a spreadsheet would take as a formula gets a leading `'` (shown as text). */
export const neutralisiere = (wert: string): string =>
  FORMELANFANG.test(wert) ? `'${wert}` : wert;

/**
 * One CSV field (RFC 4180): neutralised, and in double quotes (inner quotes doubled) when it
 * holds the separator, a quote or a line break, or begins or ends with a space.
 */
export function csvZelle(wert: string | number | null): string {
  if (wert === null) return "";
  if (typeof wert === "number") return String(wert).replace(".", ",");
  const text = neutralisiere(wert);
  return /[";\r\n]|^\s|\s$/u.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Zelle = string | number | null;
type Sprache = "de" | "en";

const SPALTEN: Record<Sprache, string[]> = {
  de: [
    "Nr.",
    "ID",
    "Art",
    "Antwort auf Nr.",
    "Phase",
    "Status",
    "Öffentlich",
    "Einreichende",
    "Name",
    "Institution",
    "Text",
    "Anlagen",
    "Breite",
    "Länge",
    "Eingegangen",
    "Zustimmung",
    "Neutral",
    "Ablehnung",
    "Meldungen",
    "Abwägung",
    "Beschluss",
    "Abwägung bearbeitet",
  ],
  en: [
    "No.",
    "ID",
    "Kind",
    "Reply to no.",
    "Phase",
    "State",
    "Public",
    "Submitted by",
    "Name",
    "Institution",
    "Text",
    "Attachments",
    "Latitude",
    "Longitude",
    "Received",
    "Agree",
    "Neutral",
    "Disagree",
    "Reports",
    "Weighing",
    "Decision",
    "Weighing edited",
  ],
};

/** Date and time in Saxony, as a spreadsheet reads it ("2026-03-15 13:00"). */
export function zeitInSachsen(zeit: Date): string {
  const teile = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(zeit)
      .map((t) => [t.type, t.value]),
  );
  return `${teile.year}-${teile.month}-${teile.day} ${teile.hour}:${teile.minute}`;
}

/** The table both exports write: a header row and one row per contribution. */
export function exportTabelle(
  zeilen: Verwaltungsbeitrag[],
  verfahren: Pick<VerfahrenRow, "phasen">,
  lang: Sprache,
): Zelle[][] {
  const phasen = new Map(verfahren.phasen.map((p) => [p.id, p.titel]));
  const nummer = new Map(zeilen.map((z) => [z.id, z.nummer]));
  const ja = lang === "de" ? "ja" : "yes";
  const nein = lang === "de" ? "nein" : "no";
  return [
    SPALTEN[lang],
    ...zeilen.map((z): Zelle[] => [
      z.nummer,
      z.id,
      ART_TEXTE[z.art][lang],
      z.elternId ? (nummer.get(z.elternId) ?? z.elternId) : null,
      phasen.get(z.phaseId) ?? z.phaseId,
      STATUS_TEXTE[z.status][lang],
      z.oeffentlich ? ja : nein,
      EINREICHER_TEXTE[z.einreicher][lang],
      z.name,
      z.institution,
      z.text,
      z.anlagen.length > 0 ? z.anlagen.join(", ") : null,
      z.lat,
      z.lon,
      zeitInSachsen(z.erstellt),
      z.bewertungen.zustimmung,
      z.bewertungen.neutral,
      z.bewertungen.ablehnung,
      z.meldungen,
      z.abwaegung?.text || null,
      z.abwaegung?.beschluss ? BESCHLUSS_TEXTE[z.abwaegung.beschluss][lang] : null,
      z.abwaegung ? zeitInSachsen(z.abwaegung.bearbeitetUm) : null,
    ]),
  ];
}

/**
 * The table as CSV for German Excel: UTF-8 with a byte order mark (else Excel reads it as
 * Windows-1252), `;` between fields (the German list separator), CRLF line ends and RFC 4180
 * quoting; decimal commas; formula prefixes neutralised.
 */
export function alsCsv(tabelle: Zelle[][]): string {
  return `\uFEFF${tabelle.map((zeile) => zeile.map(csvZelle).join(";")).join("\r\n")}\r\n`;
}

/**
 * Characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD; everything else stays as typed.
 */
const xmlText = (s: string) =>
  s
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing what XML cannot hold is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "\uFFFD",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** Excel's column name of a 0-based index (A, B, …, Z, AA, …). */
function spaltenname(i: number): string {
  let n = i + 1;
  let name = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * The table as an XLSX workbook (Office Open XML SpreadsheetML, ISO/IEC 29500), written by hand
 * and zipped with fflate: one sheet, the header row bold and frozen. Every text is an inline
 * string cell (`t="inlineStr"`) and no cell has a formula (`<f>`), so a text that begins with
 * `=` is shown as typed and never evaluated; numbers are number cells.
 */
export function alsXlsx(tabelle: Zelle[][], blattname: string): Uint8Array {
  const zeilenXml = tabelle
    .map((zeile, r) => {
      const zellen = zeile
        .map((wert, c) => {
          const ref = `${spaltenname(c)}${r + 1}`;
          const stil = r === 0 ? ' s="1"' : "";
          if (wert === null || wert === "") return "";
          if (typeof wert === "number") return `<c r="${ref}"${stil}><v>${wert}</v></c>`;
          return `<c r="${ref}"${stil} t="inlineStr"><is><t xml:space="preserve">${xmlText(wert)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${zellen}</row>`;
    })
    .join("");
  const blatt = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${zeilenXml}</sheetData></worksheet>`;
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const name = xmlText(blattname.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1");
  const dateien: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    "xl/styles.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`),
    "xl/worksheets/sheet1.xml": strToU8(blatt),
  };
  return zipSync(dateien, { level: 6 });
}

/**
 * All contributions of a procedure as a CSV or XLSX file, with the weighing columns; null for
 * a procedure outside `gemeinden`.
 */
export async function exportiereBeitraege(
  db: Db,
  params: {
    verfahrenId: string;
    gemeinden: readonly string[];
    format: "csv" | "xlsx";
    lang: Sprache;
  },
): Promise<{ inhalt: Uint8Array; zeilen: number } | null> {
  const [zeile] =
    params.gemeinden.length === 0
      ? []
      : await db
          .select()
          .from(verfahren)
          .where(
            and(
              eq(verfahren.documentId, params.verfahrenId),
              inArray(verfahren.gemeindeAgs, [...params.gemeinden]),
            ),
          );
  if (!zeile) return null;
  const alle = await alleBeitraege(db, params);
  if (!alle) return null;
  const tabelle = exportTabelle(alle, zeile, params.lang);
  const inhalt =
    params.format === "csv"
      ? new TextEncoder().encode(alsCsv(tabelle))
      : alsXlsx(tabelle, params.lang === "de" ? "Beiträge" : "Contributions");
  return { inhalt, zeilen: alle.length };
}
