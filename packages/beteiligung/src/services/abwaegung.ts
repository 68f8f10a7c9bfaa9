import { druckbar, type Schrift, schriften } from "@portal/beleg/server";
import type { Db } from "@portal/db/client";
import { and, asc, eq, inArray } from "drizzle-orm";
import PDFDocument from "pdfkit";
import { z } from "zod";
import {
  abwaegung,
  abwaegungVerlauf,
  BESCHLUESSE,
  type Beschluss,
  beitrag,
  MAX_ABWAEGUNG,
  verfahren,
} from "../schema.ts";
import type { Meldung } from "../types.ts";
import {
  alleBeitraege,
  BESCHLUSS_TEXTE,
  EINREICHER_TEXTE,
  type Verwaltungsbeitrag,
} from "./export.ts";

// The Abwägung (§ 1 Abs. 7 BauGB): per statement the authority's weighing text and the decision
// it proposes to the council, kept with its history, and the Abwägungstabelle as a PDF.

const laenge = (s: string) => [...s].length;

/** What staff send: the weighing text (may be empty while only deciding) and the decision. */
export const abwaegungSchema = z.object({
  text: z
    .string()
    .optional()
    .transform((s) => (s ?? "").normalize("NFC").trim())
    .refine((s) => laenge(s) <= MAX_ABWAEGUNG, {
      message: `Die Abwägung darf höchstens ${MAX_ABWAEGUNG} Zeichen lang sein.`,
    })
    .refine((s) => !s.includes("\u0000"), {
      message: "Die Abwägung enthält ein unzulässiges Zeichen.",
    }),
  beschluss: z
    .union([z.enum(BESCHLUESSE), z.literal("")], {
      error: "Bitte wählen Sie einen Beschlussvorschlag aus der Liste.",
    })
    .optional()
    .transform((b) => (b ? b : null)),
});

const FELD_EN: Record<string, string> = {
  [`Die Abwägung darf höchstens ${MAX_ABWAEGUNG} Zeichen lang sein.`]: `The weighing may be at most ${MAX_ABWAEGUNG} characters long.`,
  "Die Abwägung enthält ein unzulässiges Zeichen.":
    "The weighing contains a character that is not allowed.",
  "Bitte wählen Sie einen Beschlussvorschlag aus der Liste.":
    "Please choose a proposed decision from the list.",
};

export type AbwaegungsErgebnis =
  | { ok: true; text: string; beschluss: Beschluss | null }
  | { ok: false; fehler: "eingabe"; felder: Partial<Record<"text" | "beschluss", Meldung>> }
  | { ok: false; fehler: "nicht-gefunden" | "keine-stellungnahme"; meldung: Meldung };

/**
 * Saves the weighing of a statement: the current row is replaced and the new version appended
 * to the history, in one transaction on the locked contribution. Only statements of procedures
 * of `gemeinden` can be weighed; anything else is "nicht-gefunden" (no hint that it exists).
 */
export async function speichereAbwaegung(
  db: Db,
  params: {
    beitragId: string;
    gemeinden: readonly string[];
    eingabe: { text?: string; beschluss?: string };
    vonKontoId: string;
    jetzt?: Date;
  },
): Promise<AbwaegungsErgebnis> {
  const geprueft = abwaegungSchema.safeParse(params.eingabe);
  if (!geprueft.success) {
    const felder: Partial<Record<"text" | "beschluss", Meldung>> = {};
    for (const issue of geprueft.error.issues) {
      const feld = issue.path[0] === "beschluss" ? "beschluss" : "text";
      felder[feld] ??= { de: issue.message, en: FELD_EN[issue.message] ?? issue.message };
    }
    return { ok: false, fehler: "eingabe", felder };
  }
  const nichtGefunden = {
    ok: false,
    fehler: "nicht-gefunden",
    meldung: { de: "Diesen Beitrag gibt es nicht.", en: "This contribution does not exist." },
  } as const;
  if (params.gemeinden.length === 0 || !z.uuid().safeParse(params.beitragId).success) {
    return nichtGefunden;
  }
  const jetzt = params.jetzt ?? new Date();
  const { text, beschluss } = geprueft.data;
  return db.transaction(async (tx): Promise<AbwaegungsErgebnis> => {
    const [ziel] = await tx
      .select({ id: beitrag.id, art: beitrag.art })
      .from(beitrag)
      .innerJoin(verfahren, eq(verfahren.documentId, beitrag.verfahrenId))
      .where(
        and(
          eq(beitrag.id, params.beitragId),
          inArray(verfahren.gemeindeAgs, [...params.gemeinden]),
        ),
      )
      .for("update", { of: beitrag });
    if (!ziel) return nichtGefunden;
    if (ziel.art !== "stellungnahme") {
      return {
        ok: false,
        fehler: "keine-stellungnahme",
        meldung: {
          de: "Abgewogen werden nur Stellungnahmen.",
          en: "Only statements are weighed.",
        },
      };
    }
    const werte = { text, beschluss, bearbeitetVon: params.vonKontoId, bearbeitetUm: jetzt };
    await tx
      .insert(abwaegung)
      .values({ beitragId: ziel.id, ...werte })
      .onConflictDoUpdate({ target: abwaegung.beitragId, set: werte });
    await tx.insert(abwaegungVerlauf).values({ beitragId: ziel.id, ...werte });
    return { ok: true, text, beschluss };
  });
}

/** The saved versions of a statement's weighing, oldest first ([] for another tenant's). */
export async function abwaegungsverlauf(
  db: Db,
  params: { beitragId: string; gemeinden: readonly string[] },
) {
  if (params.gemeinden.length === 0 || !z.uuid().safeParse(params.beitragId).success) return [];
  return db
    .select({
      id: abwaegungVerlauf.id,
      text: abwaegungVerlauf.text,
      beschluss: abwaegungVerlauf.beschluss,
      bearbeitetVon: abwaegungVerlauf.bearbeitetVon,
      bearbeitetUm: abwaegungVerlauf.bearbeitetUm,
    })
    .from(abwaegungVerlauf)
    .innerJoin(beitrag, eq(beitrag.id, abwaegungVerlauf.beitragId))
    .innerJoin(verfahren, eq(verfahren.documentId, beitrag.verfahrenId))
    .where(
      and(
        eq(abwaegungVerlauf.beitragId, params.beitragId),
        inArray(verfahren.gemeindeAgs, [...params.gemeinden]),
      ),
    )
    .orderBy(asc(abwaegungVerlauf.bearbeitetUm), asc(abwaegungVerlauf.id));
}

// --- the Abwägungstabelle (PDF) -----------------------------------------------------------------

const PDF_TEXTE = {
  de: {
    titel: "Abwägungstabelle",
    stand: (zeit: string) => `Stand: ${zeit}`,
    anzahl: (n: number) => (n === 1 ? "1 Stellungnahme" : `${n} Stellungnahmen`),
    keine: "Zu diesem Verfahren sind keine Stellungnahmen eingegangen.",
    spalten: ["Nr.", "Einreichende", "Stellungnahme", "Abwägung", "Beschluss"],
    buerger: "Bürgerin oder Bürger",
    anlagen: "Anlagen",
    seite: (n: number, von: number) => `Seite ${n} von ${von}`,
    pdfLang: "de-DE",
    locale: "de-DE",
  },
  en: {
    titel: "Table of weighing (Abwägungstabelle)",
    stand: (zeit: string) => `As of ${zeit}`,
    anzahl: (n: number) => (n === 1 ? "1 statement" : `${n} statements`),
    keine: "No statements have been received for this procedure.",
    spalten: ["No.", "Submitted by", "Statement", "Weighing", "Decision"],
    buerger: "Citizen",
    anlagen: "Attachments",
    seite: (n: number, von: number) => `Page ${n} of ${von}`,
    pdfLang: "en-GB",
    locale: "en-GB",
  },
} as const;

// A4 landscape in points; five columns as an Abwägungstabelle has them.
const SEITE = { breite: 841.89, hoehe: 595.28 };
const RAND = { oben: 48, unten: 48, links: 40, rechts: 40 };
const UNTEN = SEITE.hoehe - RAND.unten;
const BREITEN = [36, 118, 268, 236, 104];
const ABSTAND = 8;
const GROESSE = 9;
const ZEILE = 11.5;

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/**
 * The Abwägungstabelle of a procedure as a tagged PDF (A4 landscape): title, date, and a table
 * with one row per statement (number, who submitted it — a citizen, or an institution with its
 * name where stored —, the statement, the weighing, the decision), each text wrapped over as
 * many pages as it needs, the header row repeated on every page. Text is cleaned for the
 * embedded DejaVu Sans (`druckbar`: control and bidi characters dropped, missing glyphs become
 * U+FFFD). Null for a procedure outside `gemeinden`.
 */
export async function abwaegungstabelle(
  db: Db,
  params: {
    verfahrenId: string;
    gemeinden: readonly string[];
    lang: "de" | "en";
    jetzt?: Date;
  },
): Promise<{ inhalt: Uint8Array; zeilen: number } | null> {
  const [v] =
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
  if (!v) return null;
  const alle = await alleBeitraege(db, { ...params, nurArt: "stellungnahme" });
  if (!alle) return null;
  const stellungnahmen = alle.filter((b) => b.status !== "unbestaetigt");
  const inhalt = await setzeTabelle({
    titel: v.titel,
    stellungnahmen,
    lang: params.lang,
    jetzt: params.jetzt ?? new Date(),
  });
  return { inhalt, zeilen: stellungnahmen.length };
}

function einreichende(b: Verwaltungsbeitrag, lang: "de" | "en"): string {
  const t = PDF_TEXTE[lang];
  if (b.einreicher === "institution") {
    return [EINREICHER_TEXTE.institution[lang], b.institution ?? b.name].filter(Boolean).join(": ");
  }
  return b.name ? `${t.buerger}: ${b.name}` : t.buerger;
}

async function setzeTabelle(daten: {
  titel: string;
  stellungnahmen: Verwaltungsbeitrag[];
  lang: "de" | "en";
  jetzt: Date;
}): Promise<Uint8Array> {
  const t = PDF_TEXTE[daten.lang];
  const { normal, fett } = schriften();
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margins: { top: RAND.oben, bottom: RAND.unten, left: RAND.links, right: RAND.rechts },
    pdfVersion: "1.7",
    tagged: true,
    lang: t.pdfLang,
    displayTitle: true,
    bufferPages: true,
    info: {
      // pdfkit writes the title into the XMP packet unescaped: letters, digits, separators only.
      Title: `${t.titel} – ${daten.titel
        .normalize("NFC")
        .replace(/[^\p{L}\p{N} .,/_:()-]/gu, "")
        .slice(0, 120)}`,
      Creator: "Sachsen-Portal",
      Producer: "Sachsen-Portal (pdfkit)",
      CreationDate: daten.jetzt,
    },
  });
  const teile: Uint8Array[] = [];
  doc.on("data", (teil: Uint8Array) => teile.push(teil));
  const fertig = new Promise<Uint8Array>((resolve, reject) => {
    // A plain Uint8Array, not a Buffer (PDF.js and Response bodies take it as it is).
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(teile))));
    doc.on("error", reject);
  });
  doc.registerFont("normal", normal.font as unknown as Buffer);
  doc.registerFont("fett", fett.font as unknown as Buffer);

  const dokument = doc.struct("Document");
  doc.addStructure(dokument);
  const absatz = (typ: string, text: string, groesse: number, istFett: boolean) => {
    const el = doc.struct(typ);
    dokument.add(el);
    el.add(() => {
      doc
        .font(istFett ? "fett" : "normal")
        .fontSize(groesse)
        .fillColor("#000000")
        .text(sauber(text, istFett ? fett : normal), RAND.links, doc.y, {
          width: SEITE.breite - RAND.links - RAND.rechts,
        });
    });
    el.end();
    doc.y += 4;
  };
  absatz("H1", `${t.titel}: ${daten.titel}`, 16, true);
  const stand = new Intl.DateTimeFormat(t.locale, {
    timeZone: "Europe/Berlin",
    dateStyle: "long",
    timeStyle: "short",
  }).format(daten.jetzt);
  absatz("P", `${t.stand(stand)} · ${t.anzahl(daten.stellungnahmen.length)}`, 10, false);
  doc.y += 6;

  if (daten.stellungnahmen.length === 0) {
    absatz("P", t.keine, 10, false);
  } else {
    const tabelle = doc.struct("Table");
    dokument.add(tabelle);
    const kopf = doc.struct("TR");
    tabelle.add(kopf);
    kopfzeile(doc, t.spalten, (zeichne) => {
      // Scope Column: PDF/UA (ISO 14289-1 7.5) asks it of header cells.
      const th = doc.struct("TH", { scope: "Column" } as PDFKit.Mixins.StructureElementOptions);
      kopf.add(th);
      th.add(zeichne);
      th.end();
    });
    kopf.end();
    for (const b of daten.stellungnahmen) {
      const zellen = [
        String(b.nummer),
        [
          einreichende(b, daten.lang),
          b.anlagen.length > 0 ? `${t.anlagen}: ${b.anlagen.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("\n"),
        b.text,
        b.abwaegung?.text ?? "",
        b.abwaegung?.beschluss ? BESCHLUSS_TEXTE[b.abwaegung.beschluss][daten.lang] : "",
      ];
      zeileSetzen(doc, tabelle, zellen, normal, t.spalten);
    }
    tabelle.end();
  }
  dokument.end();

  // "Page n of m" on every page, an artifact.
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const unten = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("normal")
      .fontSize(8)
      .fillColor("#555555")
      .text(t.seite(i - start + 1, count), RAND.links, SEITE.hoehe - RAND.unten + 20, {
        width: SEITE.breite - RAND.links - RAND.rechts,
        align: "right",
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = unten;
  }
  doc.end();
  return fertig;
}

/** Cleaned for the font; an empty cell gets a dash (an empty marked-content sequence reads as nothing). */
function sauber(text: string, schrift: Schrift): string {
  const s = druckbar(text, schrift);
  return s.trim() ? s : "–";
}

const spaltenX = (i: number) =>
  RAND.links + BREITEN.slice(0, i).reduce((summe, b) => summe + b + ABSTAND, 0);

/** Draws the header row at the cursor; `alsElement` wraps each cell (TH) or marks it an artifact. */
function kopfzeile(
  doc: Doc,
  spalten: readonly string[],
  alsElement?: (zeichne: () => void) => void,
): void {
  const y = doc.y;
  spalten.forEach((name, i) => {
    const zeichne = () => {
      doc
        .font("fett")
        .fontSize(GROESSE)
        .fillColor("#000000")
        .text(name, spaltenX(i), y, { width: BREITEN[i], lineBreak: false });
    };
    if (alsElement) alsElement(zeichne);
    else {
      doc.markContent("Artifact", { type: "Pagination" });
      zeichne();
      doc.endMarkedContent();
    }
  });
  doc.y = y + ZEILE + 3;
  linie(doc);
}

function linie(doc: Doc): void {
  const y = doc.y;
  doc.markContent("Artifact", { type: "Layout" });
  doc
    .save()
    .moveTo(RAND.links, y)
    .lineTo(SEITE.breite - RAND.rechts, y)
    .lineWidth(0.5)
    .strokeColor("#8c8c8c")
    .stroke()
    .restore();
  doc.endMarkedContent();
  doc.y = y + 4;
}

/**
 * The lines of a cell's text at `breite`: greedy word wrap with the font's metrics; a word wider
 * than the column is split where it no longer fits, so no text is ever cut off.
 */
function umbrechen(doc: Doc, text: string, breite: number): string[] {
  doc.font("normal").fontSize(GROESSE);
  const zeilen: string[] = [];
  for (const absatz of text.split("\n")) {
    let zeile = "";
    for (const wort of absatz.split(/ +/u)) {
      const kandidat = zeile ? `${zeile} ${wort}` : wort;
      if (doc.widthOfString(kandidat) <= breite) {
        zeile = kandidat;
        continue;
      }
      if (zeile) zeilen.push(zeile);
      zeile = "";
      let rest = "";
      for (const zeichen of wort) {
        if (rest && doc.widthOfString(rest + zeichen) > breite) {
          zeilen.push(rest);
          rest = "";
        }
        rest += zeichen;
      }
      zeile = rest;
    }
    zeilen.push(zeile);
  }
  return zeilen;
}

/**
 * One statement's row: TR > TD × 5. Its lines are set side by side; where the page ends, the
 * row goes on on the next page under a repeated header (an artifact), each cell's content on
 * both pages belonging to the same TD.
 */
function zeileSetzen(
  doc: Doc,
  tabelle: Element,
  zellen: string[],
  schrift: Schrift,
  spalten: readonly string[],
): void {
  const linien = zellen.map((z, i) => umbrechen(doc, sauber(z, schrift), BREITEN[i] ?? 100));
  const hoehe = Math.max(...linien.map((l) => l.length));
  // A short row moves to the next page whole rather than starting at the foot of this one.
  if (doc.y + Math.min(hoehe, 4) * ZEILE > UNTEN) neueSeite(doc, spalten);
  const tr = doc.struct("TR");
  tabelle.add(tr);
  const tds = zellen.map(() => {
    const td = doc.struct("TD");
    tr.add(td);
    return td;
  });
  let ab = 0;
  while (ab < hoehe) {
    const platz = Math.max(1, Math.floor((UNTEN - doc.y) / ZEILE));
    const bis = Math.min(hoehe, ab + platz);
    const y = doc.y;
    linien.forEach((l, i) => {
      const stueck = l.slice(ab, bis);
      if (stueck.length === 0) return;
      tds[i]?.add(() => {
        doc.font("normal").fontSize(GROESSE).fillColor("#000000");
        stueck.forEach((text, k) => {
          doc.text(text, spaltenX(i), y + k * ZEILE, { lineBreak: false });
        });
      });
    });
    doc.y = y + (bis - ab) * ZEILE;
    ab = bis;
    if (ab < hoehe) neueSeite(doc, spalten);
  }
  for (const td of tds) td.end();
  tr.end();
  doc.y += 3;
  linie(doc);
}

function neueSeite(doc: Doc, spalten: readonly string[]): void {
  doc.addPage();
  doc.y = RAND.oben;
  kopfzeile(doc, spalten);
}
