import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { erstelleEingangsbestaetigung } from "../src/server.ts";
import { pruefeTagging, textAusPdf } from "../src/testing.ts";
import type { Eingangsbestaetigung } from "../src/types.ts";

function daten(ueber: Partial<Eingangsbestaetigung> = {}): Eingangsbestaetigung {
  return {
    aktenzeichen: "2026-000123",
    leistung: {
      de: "Anwohnerparkausweis beantragen",
      en: "Apply for a residents' parking permit",
    },
    behoerde: {
      name: "Landeshauptstadt Dresden, Straßenverkehrsbehörde",
      anschrift: "Dr.-Külz-Ring 19\n01067 Dresden",
    },
    // 06:45 UTC in December is 07:45 in Dresden (CET).
    eingegangenAm: new Date("2026-12-03T06:45:00Z"),
    antragsteller: "Erika Mustermann",
    abschnitte: [
      {
        titel: "Fahrzeug",
        zeilen: [
          { label: "Amtliches Kennzeichen", wert: "DD-AB 123" },
          { label: "Halterin oder Halter", wert: "Erika Mustermann, geb. Gabler" },
        ],
      },
      { titel: "Wohnsitz", zeilen: [{ label: "Straße", wert: "Großenhainer Straße 1" }] },
    ],
    anlagen: [
      { dateiname: "Fahrzeugschein.pdf", groesse: 123_456 },
      { dateiname: "Meldebescheinigung.jpg", groesse: 2_400_000 },
    ],
    lang: "de",
    ...ueber,
  };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
/** Whitespace-free text, since extraction puts line breaks where the layout wrapped. */
const kompakt = (s: string) => s.replace(/\s+/g, "");

/** The decompressed content streams, to look at the marked-content operators. */
function inhaltsstroeme(bytes: Uint8Array): string {
  const roh = Buffer.from(bytes);
  const text = roh.toString("latin1");
  const aus: string[] = [];
  const muster = /\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n/g;
  for (let m = muster.exec(text); m; m = muster.exec(text)) {
    const start = m.index + m[0].length;
    const ende = text.indexOf("endstream", start);
    try {
      aus.push(inflateSync(roh.subarray(start, ende)).toString("latin1"));
    } catch {
      // font programs and other binary streams that are not content: not needed here
    }
  }
  return aus.join("\n");
}

describe("erstelleEingangsbestaetigung", () => {
  it("writes the German receipt with every answer, the file number, the time in Berlin and the Postfach note", async () => {
    const bytes = await erstelleEingangsbestaetigung(daten());
    expect(latin1(bytes.subarray(0, 8))).toBe("%PDF-1.7");
    const { text, seiten } = await textAusPdf(bytes);
    expect(seiten).toBe(1);
    for (const teil of [
      "Eingangsbestätigung",
      "Ihr Antrag ist eingegangen.",
      "Aktenzeichen",
      "2026-000123",
      "Anwohnerparkausweis beantragen",
      "03.12.2026, 07:45 Uhr",
      "Erika Mustermann, geb. Gabler",
      "Großenhainer Straße 1",
      "Dr.-Külz-Ring 19",
      "Fahrzeugschein.pdf (120,6 KB)",
      "Meldebescheinigung.jpg (2,3 MB)",
      "Seite 1 von 1",
    ]) {
      expect(text).toContain(teil);
    }
    expect(kompakt(text)).toContain(kompakt("meldet sich über das Postfach in Ihrem Servicekonto"));
    expect(text).not.toContain("Apply for");
  });

  it("is tagged: marked, a structure tree with headings, tables and a list, language, title, PDF/UA id", async () => {
    const bytes = await erstelleEingangsbestaetigung(daten());
    const befund = await pruefeTagging(bytes);
    expect(befund).toMatchObject({
      markiert: true,
      strukturbaum: true,
      sprache: "de-DE",
      titel: "Eingangsbestätigung – 2026-000123",
      titelAnzeigen: true,
      pdfUa: true,
      ungetaggterText: [],
    });
    for (const rolle of ["Document", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "L", "LI"])
      expect(befund.rollen).toContain(rolle);

    const roh = latin1(bytes);
    expect(roh).toMatch(/\/MarkInfo \d+ 0 R|\/MarkInfo <<\s*\/Marked true/);
    expect(roh).toContain("/Marked true");
    expect(roh).toContain("/DisplayDocTitle true");
    expect(roh).toContain("<pdfuaid:part>1</pdfuaid:part>");
    // Row headers say what they head (PDF/UA: TH needs /Scope).
    expect(roh).toMatch(/\/S \/TH[\s\S]*?\/Scope \/Row|\/Scope \/Row[\s\S]*?\/S \/TH/);
    // The fonts are embedded (TrueType programs), no standard font is referenced.
    expect(roh.match(/\/FontFile2/g)?.length).toBe(2);
    expect(roh).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    // Rules and page numbers are artifacts; all text is in marked content.
    const inhalt = inhaltsstroeme(bytes);
    expect(inhalt).toContain("/Artifact <<\n/Type /Layout");
    expect(inhalt).toContain("/Artifact <<\n/Type /Pagination");
    expect(inhalt).toMatch(/\/TH <<\n\/MCID \d+/);
  });

  it("writes the English receipt in English, with an English date", async () => {
    const bytes = await erstelleEingangsbestaetigung(daten({ lang: "en" }));
    const { text } = await textAusPdf(bytes);
    for (const teil of [
      "Acknowledgement of receipt",
      "Your application has been received.",
      "Reference number",
      "Apply for a residents' parking permit",
      "3 December 2026, 07:45",
      "Attachments",
      "Page 1 of 1",
    ]) {
      expect(text).toContain(teil);
    }
    expect(kompakt(text)).toContain(kompakt("will contact you through the Postfach"));
    const befund = await pruefeTagging(bytes);
    expect(befund.sprache).toBe("en-GB");
    expect(befund.titel).toBe("Acknowledgement of receipt – 2026-000123");
  });

  it("prints summer time as CEST", async () => {
    const bytes = await erstelleEingangsbestaetigung(
      daten({ eingegangenAm: new Date("2026-07-01T22:30:00Z") }),
    );
    expect((await textAusPdf(bytes)).text).toContain("02.07.2026, 00:30 Uhr");
  });

  it("says so when there are no answers and no attachments, and leaves out a missing applicant", async () => {
    const bytes = await erstelleEingangsbestaetigung(
      daten({ abschnitte: [], anlagen: [], antragsteller: undefined }),
    );
    const { text } = await textAusPdf(bytes);
    expect(text).toContain("Keine Angaben.");
    expect(text).toContain("Keine Anlagen.");
    expect(text).not.toContain("Antragsteller/in");
  });

  it("breaks 300 rows over pages: every row once, page numbers and a running header, every page tagged", async () => {
    const zeilen = Array.from({ length: 300 }, (_, i) => ({
      label: `Frage ${i + 1}`,
      wert:
        i % 60 === 0
          ? `Lange Antwort ${i + 1}: ${"Wort ".repeat(300)}Ende ${i + 1}`
          : `Antwort ${i + 1}.`,
    }));
    const bytes = await erstelleEingangsbestaetigung(
      daten({ abschnitte: [{ titel: "Viele Fragen", zeilen }] }),
    );
    const { text, seiten } = await textAusPdf(bytes);
    expect(seiten).toBeGreaterThan(5);
    for (let i = 1; i <= 300; i++) {
      expect(text).toMatch(new RegExp(`Frage ${i}\\b`));
      expect(text).toContain(i % 60 === 1 ? `Ende ${i}` : `Antwort ${i}.`);
    }
    expect(text.match(/Antwort 150\./g)).toHaveLength(1);
    for (let s = 1; s <= seiten; s++) expect(text).toContain(`Seite ${s} von ${seiten}`);
    expect(text.match(/Eingangsbestätigung · 2026-000123/g)).toHaveLength(seiten - 1);
    const befund = await pruefeTagging(bytes);
    expect(befund.strukturbaum).toBe(true);
    expect(befund.ungetaggterText).toEqual([]);
  });

  it("survives naughty strings: bidi overrides, emoji, 10,000 characters without a space, combining marks, missing glyphs", async () => {
    const zehntausend = "a".repeat(10_000);
    const zalgo = `Z${"\u0301\u0316\u0327\u0350".repeat(30)}algo`;
    const naughty = [
      { label: "RTL", wert: "Rechnung\u202Efdp.exe \u2066isolate\u2069 \u200Fשלום עולם مرحبا" },
      { label: "Emoji 😀👨‍👩‍👧‍👦🏳️‍🌈", wert: "Daumen 👍🏽 und 😀 ok" },
      { label: "Lang", wert: zehntausend },
      { label: "Kombiniert", wert: `Cafe\u0301 ${zalgo}` },
      { label: "Fehlende Glyphen", wert: "中文 テキスト 한국어 𝕏" },
      {
        label: "Kaputt",
        wert: "lone \uD800 surrogate \uDFFF, NUL\u0000, ESC\u001B[31m, BEL\u0007",
      },
      { label: "PDF-Syntax", wert: "(unbalanced \\ ) >> endobj %%EOF <script>alert(1)</script>" },
      { label: "", wert: "" },
      { label: "   ", wert: "\n\n\t" },
    ];
    const bytes = await erstelleEingangsbestaetigung(
      daten({
        aktenzeichen: "AZ</rdf:li>&amp;<x>\u202E2026",
        antragsteller: "Ab\u0000c\u202Ed",
        abschnitte: [{ titel: "Naughty 🙃", zeilen: naughty }],
        anlagen: [{ dateiname: `${"ä".repeat(500)}\u202Efdp.exe`, groesse: 1 }],
      }),
    );
    const befund = await pruefeTagging(bytes);
    expect(befund).toMatchObject({ markiert: true, strukturbaum: true, pdfUa: true });
    // The XMP packet stays well-formed: its title is the Info title.
    expect(befund.titel).toBe("Eingangsbestätigung – AZ/rdf:liampx2026");
    expect(befund.ungetaggterText).toEqual([]);

    const { text } = await textAusPdf(bytes);
    const dicht = kompakt(text);
    expect(dicht).toContain("Rechnungfdp.exe");
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200F]/);
    expect(text).not.toMatch(/\p{Cc}(?<![\n\t])/u);
    expect(text).toContain("😀");
    expect(dicht.match(/a{100,}/g)?.join("")).toHaveLength(10_000);
    expect(text).toContain("Café");
    expect(text).toContain("\uFFFD");
    expect(text).not.toContain("中");
    expect(dicht).toContain("(unbalanced\\)>>endobj%%EOF<script>alert(1)</script>");
    expect(dicht).toContain("Abcd");
    expect(text).toContain("–");
    expect(text).toContain("(1 Byte)");
  });

  it("sets 20,000 letters without a space in reasonable time (pdfkit alone took 50 s)", async () => {
    const start = performance.now();
    const bytes = await erstelleEingangsbestaetigung(
      daten({
        abschnitte: [{ titel: "Block", zeilen: [{ label: "Text", wert: "x".repeat(20_000) }] }],
      }),
    );
    expect(performance.now() - start).toBeLessThan(15_000);
    const { text } = await textAusPdf(bytes);
    expect(
      kompakt(text)
        .match(/x{100,}/g)
        ?.join(""),
    ).toHaveLength(20_000);
  });

  it("cuts a value longer than 20,000 characters and says how much the authority has beyond it", async () => {
    const bytes = await erstelleEingangsbestaetigung(
      daten({
        abschnitte: [{ titel: "Roman", zeilen: [{ label: "Text", wert: "Satz. ".repeat(5_000) }] }],
      }),
    );
    const { text } = await textAusPdf(bytes);
    expect(kompakt(text)).toContain(
      kompakt("gekürzt: 10.000 weitere Zeichen liegen der Behörde vollständig vor"),
    );
  });

  it("refuses input that is not a receipt's", async () => {
    await expect(erstelleEingangsbestaetigung(daten({ aktenzeichen: "  " }))).rejects.toThrow(
      ZodError,
    );
    await expect(
      erstelleEingangsbestaetigung(daten({ eingegangenAm: new Date("kein Datum") })),
    ).rejects.toThrow(ZodError);
  });
});
