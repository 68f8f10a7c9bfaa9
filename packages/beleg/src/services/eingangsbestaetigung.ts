/// <reference path="../pdfkit.d.ts" />
import PDFDocument from "pdfkit";
import {
  type BelegSprache,
  type Eingangsbestaetigung,
  eingangsbestaetigungSchema,
  MAX_WERT,
} from "../types.ts";
import { druckbar, type Schrift, schriften } from "./schrift.ts";
import { BELEG_TEXTE, formatiereEingang, formatiereGroesse } from "./texte.ts";

// The receipt (Eingangsbestätigung) as a tagged PDF that aims at PDF/UA-1 (ISO 14289-1), which
// BITV 2.0 / EN 301 549 10.x expect of documents a public body hands out: every piece of content
// is either in the structure tree (Document > H1/H2/H3, P, Table > TR > TH/TD, L > LI > Lbl/LBody)
// in reading order, or marked as an artifact (rules, running header, page numbers); fonts are
// embedded; the catalogue carries /Lang, /MarkInfo and /ViewerPreferences /DisplayDocTitle; the
// XMP metadata the title and the PDF/UA identifier.
//
// The layout is drawn by hand rather than with pdfkit's `table()`: its cells cut text that does
// not fit with an ellipsis and cannot break a row across pages, and a receipt must show every
// answer in full (up to MAX_WERT).

const SEITE = { breite: 595.28, hoehe: 841.89 }; // A4 in points
const RAND = { oben: 72, unten: 72, links: 64, rechts: 64 };
const BREITE = SEITE.breite - RAND.links - RAND.rechts;
const LABEL_BREITE = Math.round(BREITE * 0.38);
const SPALTENABSTAND = 14;
const WERT_X = RAND.links + LABEL_BREITE + SPALTENABSTAND;
const WERT_BREITE = BREITE - LABEL_BREITE - SPALTENABSTAND;
const UNTEN = SEITE.hoehe - RAND.unten;

const GROESSE = { h1: 20, h2: 14, h3: 12, text: 10.5, klein: 8.5 };
const FARBE = { text: "#000000", grau: "#555555", linie: "#8c8c8c" };

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/**
 * Renders the receipt for an application the portal has received.
 *
 * Untrusted text (labels, answers, file names, names) is made printable first: control and
 * bidi-override characters are dropped, characters the embedded font lacks become U+FFFD, and a
 * value longer than MAX_WERT code points is cut with a note. Throws a ZodError when `daten` does
 * not match `eingangsbestaetigungSchema`.
 *
 * @returns the PDF file's bytes (`application/pdf`).
 */
export async function erstelleEingangsbestaetigung(
  daten: Eingangsbestaetigung,
): Promise<Uint8Array> {
  const d = eingangsbestaetigungSchema.parse(daten);
  const t = BELEG_TEXTE[d.lang];
  const { normal, fett } = schriften();

  const doc = new PDFDocument({
    size: "A4",
    margins: { top: RAND.oben, bottom: RAND.unten, left: RAND.links, right: RAND.rechts },
    pdfVersion: "1.7",
    tagged: true,
    subset: "PDF/UA",
    lang: t.pdfLang,
    displayTitle: true,
    bufferPages: true, // the footer says "page n of m", known only at the end
    autoFirstPage: true,
    info: {
      Title: dokumenttitel(t.titel, d.aktenzeichen),
      Creator: "Sachsen-Portal",
      Producer: "Sachsen-Portal (pdfkit)",
      CreationDate: d.eingegangenAm,
    },
  });
  const teile: Uint8Array[] = [];
  doc.on("data", (teil: Uint8Array) => teile.push(teil));
  const fertig = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(verbinde(teile)));
    doc.on("error", reject);
  });

  // The fonts as parsed once per process (pdfkit takes a fontkit font as it takes a file, and
  // makes its own subset per document): parsing the 750 kB TrueType files was most of a
  // receipt's time.
  doc.registerFont("normal", normal.font as unknown as Buffer);
  doc.registerFont("fett", fett.font as unknown as Buffer);
  const satz = new Satz(doc, normal, fett, d.lang);

  const dokument = doc.struct("Document");
  doc.addStructure(dokument);

  satz.absatz(dokument, [d.behoerde.name, d.behoerde.anschrift].filter(Boolean).join("\n"), {
    fett: true,
    nachher: 18,
  });
  satz.ueberschrift(dokument, "H1", t.titel);
  satz.linie();
  satz.absatz(dokument, t.eingegangen, { fett: true, nachher: 10 });

  const kopf = satz.tabelle(dokument);
  satz.zeile(kopf, t.aktenzeichen, d.aktenzeichen);
  satz.zeile(kopf, t.leistung, d.leistung[d.lang]);
  satz.zeile(kopf, t.eingegangenAm, formatiereEingang(d.eingegangenAm, d.lang));
  if (d.antragsteller?.trim()) satz.zeile(kopf, t.antragsteller, d.antragsteller);
  satz.zeile(kopf, t.behoerde, d.behoerde.name);
  kopf.end();
  satz.abstand(8);
  satz.absatz(dokument, t.hinweis, { nachher: 14 });

  satz.ueberschrift(dokument, "H2", t.ihreAngaben);
  const abschnitte = d.abschnitte.filter((a) => a.zeilen.length > 0 || a.titel.trim());
  if (abschnitte.length === 0) satz.absatz(dokument, t.keineAngaben);
  for (const abschnitt of abschnitte) {
    if (abschnitt.titel.trim()) satz.ueberschrift(dokument, "H3", abschnitt.titel);
    if (abschnitt.zeilen.length === 0) {
      satz.absatz(dokument, t.keineAngaben);
      continue;
    }
    const tabelle = satz.tabelle(dokument);
    for (const zeile of abschnitt.zeilen) satz.zeile(tabelle, zeile.label, zeile.wert);
    tabelle.end();
    satz.abstand(6);
  }

  satz.ueberschrift(dokument, "H2", t.anlagen);
  if (d.anlagen.length === 0) satz.absatz(dokument, t.keineAnlagen);
  else
    satz.liste(
      dokument,
      d.anlagen.map((a) => `${a.dateiname} (${formatiereGroesse(a.groesse, d.lang)})`),
    );

  dokument.end();
  satz.seitenraender(t.titel, d.aktenzeichen);
  doc.end();
  return fertig;
}

/**
 * The document title: shown by viewers in the title bar (DisplayDocTitle) and read first by
 * screen readers. pdfkit writes it into the XMP packet without XML escaping, so only letters,
 * digits and a few separators of the file number go in.
 */
function dokumenttitel(titel: string, aktenzeichen: string): string {
  const az = aktenzeichen
    .normalize("NFC")
    .replace(/[^\p{L}\p{N} ./_:-]/gu, "")
    .trim()
    .slice(0, 80);
  return az ? `${titel} – ${az}` : titel;
}

function verbinde(teile: Uint8Array[]): Uint8Array {
  const laenge = teile.reduce((n, teil) => n + teil.byteLength, 0);
  const aus = new Uint8Array(laenge);
  let pos = 0;
  for (const teil of teile) {
    aus.set(teil, pos);
    pos += teil.byteLength;
  }
  return aus;
}

function gekuerzt(text: string, lang: BelegSprache): string {
  const zeichen = [...text];
  if (zeichen.length <= MAX_WERT) return text;
  return `${zeichen.slice(0, MAX_WERT).join("")} ${BELEG_TEXTE[lang].gekuerzt(zeichen.length - MAX_WERT)}`;
}

/**
 * The typesetter: keeps the cursor, breaks pages between rows and before headings, and puts
 * each piece of text into its structure element. Every drawing operation that carries no
 * meaning (rules) is an artifact, so that assistive technology skips it.
 */
class Satz {
  constructor(
    private readonly doc: Doc,
    private readonly normal: Schrift,
    private readonly fett: Schrift,
    private readonly lang: BelegSprache,
  ) {}

  private text(roh: string, fett: boolean, mehrzeilig = true): string {
    const sauber = druckbar(gekuerzt(roh, this.lang), fett ? this.fett : this.normal, mehrzeilig);
    // An empty cell would leave an empty marked-content sequence; a dash reads as "nothing".
    return sauber.trim() ? sauber : "–";
  }

  private schrift(fett: boolean, groesse: number): Doc {
    return this.doc
      .font(fett ? "fett" : "normal")
      .fontSize(groesse)
      .fillColor(FARBE.text);
  }

  private hoehe(text: string, fett: boolean, groesse: number, breite: number): number {
    return this.schrift(fett, groesse).heightOfString(text, { width: breite });
  }

  private neueSeiteWennNoetig(hoehe: number): void {
    if (this.doc.y + hoehe > UNTEN) this.doc.addPage();
  }

  abstand(punkte: number): void {
    this.doc.y = Math.min(this.doc.y + punkte, UNTEN);
  }

  /** Adds `inhalt` as the marked content of a new element `typ` below `eltern`. */
  private element(
    eltern: Element,
    typ: string,
    inhalt: () => void,
    optionen: PDFKit.Mixins.StructureElementOptions = {},
  ): void {
    const element = this.doc.struct(typ, optionen);
    eltern.add(element);
    element.add(inhalt);
    element.end();
  }

  ueberschrift(eltern: Element, typ: "H1" | "H2" | "H3", roh: string): void {
    const groesse = typ === "H1" ? GROESSE.h1 : typ === "H2" ? GROESSE.h2 : GROESSE.h3;
    const text = this.text(roh, true);
    const hoehe = this.hoehe(text, true, groesse, BREITE);
    // Keep a heading with at least three lines of what follows.
    if (hoehe < UNTEN - RAND.oben) this.neueSeiteWennNoetig(hoehe + 4 * GROESSE.text);
    this.abstand(typ === "H1" ? 0 : 8);
    this.element(eltern, typ, () => {
      this.schrift(true, groesse).text(text, RAND.links, this.doc.y, { width: BREITE });
    });
    this.abstand(6);
  }

  absatz(eltern: Element, roh: string, opt: { fett?: boolean; nachher?: number } = {}): void {
    const fett = opt.fett ?? false;
    const text = this.text(roh, fett);
    const hoehe = this.hoehe(text, fett, GROESSE.text, BREITE);
    if (hoehe < UNTEN - RAND.oben) this.neueSeiteWennNoetig(hoehe);
    this.element(eltern, "P", () => {
      this.schrift(fett, GROESSE.text).text(text, RAND.links, this.doc.y, {
        width: BREITE,
        lineGap: 1.5,
      });
    });
    this.abstand(opt.nachher ?? 6);
  }

  /** A horizontal rule, decorative only. */
  linie(): void {
    const y = this.doc.y + 2;
    if (y > UNTEN) return;
    this.doc.markContent("Artifact", { type: "Layout" });
    this.doc
      .save()
      .moveTo(RAND.links, y)
      .lineTo(RAND.links + BREITE, y)
      .lineWidth(0.5)
      .strokeColor(FARBE.linie)
      .stroke()
      .restore();
    this.doc.endMarkedContent();
    this.doc.y = y + 8;
  }

  tabelle(eltern: Element): Element {
    const tabelle = this.doc.struct("Table");
    eltern.add(tabelle);
    return tabelle;
  }

  /**
   * One question and its answer: TR > TH (Scope Row) + TD, so that a screen reader announces
   * the question with the answer. Side by side when the row fits on a page (moved to the next
   * page whole when it does not fit on this one); a row taller than a page is set stacked,
   * the answer flowing over as many pages as it needs.
   */
  zeile(tabelle: Element, rohLabel: string, rohWert: string): void {
    const label = this.text(rohLabel, true);
    const wert = this.text(rohWert, false);
    const hLabel = this.hoehe(label, true, GROESSE.text, LABEL_BREITE);
    const hWert = this.hoehe(wert, false, GROESSE.text, WERT_BREITE);
    const hoehe = Math.max(hLabel, hWert);
    const zeile = this.doc.struct("TR");
    tabelle.add(zeile);
    const passtHier = this.doc.y + hoehe <= UNTEN;
    // A short row moves to the next page whole; a tall one starts here and flows on, rather
    // than leaving most of a page empty (and its heading alone at the bottom).
    if (passtHier || hoehe <= (UNTEN - RAND.oben) / 4) {
      if (!passtHier) this.doc.addPage();
      const y = this.doc.y;
      this.element(
        zeile,
        "TH",
        () => {
          this.schrift(true, GROESSE.text).text(label, RAND.links, y, { width: LABEL_BREITE });
        },
        { scope: "Row" },
      );
      this.element(zeile, "TD", () => {
        this.schrift(false, GROESSE.text).text(wert, WERT_X, y, { width: WERT_BREITE });
      });
      this.doc.y = y + hoehe;
    } else {
      this.neueSeiteWennNoetig(3 * GROESSE.text);
      this.element(
        zeile,
        "TH",
        () => {
          this.schrift(true, GROESSE.text).text(label, RAND.links, this.doc.y, { width: BREITE });
        },
        { scope: "Row" },
      );
      this.abstand(2);
      // Start the answer on the next page rather than with an empty line at the foot of this one.
      this.neueSeiteWennNoetig(1.5 * GROESSE.text);
      this.element(zeile, "TD", () => {
        this.schrift(false, GROESSE.text).text(wert, RAND.links, this.doc.y, { width: BREITE });
      });
    }
    zeile.end();
    this.abstand(3);
    this.linie();
  }

  /** A bulleted list: L > LI > Lbl (the bullet) + LBody. */
  liste(eltern: Element, eintraege: string[]): void {
    const liste = this.doc.struct("L");
    eltern.add(liste);
    const einzug = 14;
    for (const roh of eintraege) {
      const text = this.text(roh, false);
      const hoehe = this.hoehe(text, false, GROESSE.text, BREITE - einzug);
      this.neueSeiteWennNoetig(Math.min(hoehe, 3 * GROESSE.text));
      const y = this.doc.y;
      const punkt = this.doc.struct("LI");
      liste.add(punkt);
      this.element(punkt, "Lbl", () => {
        this.schrift(false, GROESSE.text).text("•", RAND.links, y, { width: einzug });
      });
      this.element(punkt, "LBody", () => {
        this.schrift(false, GROESSE.text).text(text, RAND.links + einzug, y, {
          width: BREITE - einzug,
        });
      });
      punkt.end();
      this.abstand(4);
    }
    liste.end();
  }

  /** Running header (from page 2) and "page n of m" on every page, all artifacts. */
  seitenraender(titel: string, aktenzeichen: string): void {
    const { start, count } = this.doc.bufferedPageRange();
    const kopf = this.text(`${titel} · ${aktenzeichen}`, false, false);
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const seite = this.doc.page;
      // Text below the bottom margin would otherwise start a new page.
      const unten = seite.margins.bottom;
      seite.margins.bottom = 0;
      this.doc.markContent("Artifact", { type: "Pagination" });
      this.schrift(false, GROESSE.klein).fillColor(FARBE.grau);
      if (i > start) {
        this.doc.text(kopf, RAND.links, RAND.oben - 36, {
          width: BREITE,
          lineBreak: false,
          ellipsis: true,
          height: GROESSE.klein * 1.5,
        });
      }
      this.doc.text(
        BELEG_TEXTE[this.lang].seite(i - start + 1, count),
        RAND.links,
        SEITE.hoehe - RAND.unten + 30,
        { width: BREITE, align: "right", lineBreak: false },
      );
      this.doc.endMarkedContent();
      seite.margins.bottom = unten;
    }
  }
}
