import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { alsCsv, alsXlsx, csvZelle, neutralisiere } from "../src/services/export.ts";

// Formula injection (OWASP "CSV Injection"): what a spreadsheet would evaluate.
const FORMELN = [
  '=HYPERLINK("http://x","y")',
  "@SUM(1)",
  "-1+1",
  "+49 351",
  "\t=1",
  "\r=1",
  "＝1+1",
  "＋1",
  "－1",
  "＠SUM(1)",
];
const HARMLOS = [
  "Radweg fehlt",
  "1+1=2",
  "<script>alert(1)</script>",
  "a=b",
  " =1",
  "'=1",
  "ÄÖÜß 👍",
];

/** Reads back the cells of sheet1 of an XLSX file: row → column letter → text or number. */
function liesXlsx(datei: Uint8Array) {
  const teile = unzipSync(datei);
  const blatt = strFromU8(teile["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
  const ent = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const zellen = new Map<string, { typ: string | null; wert: string }>();
  for (const m of blatt.matchAll(/<c r="([A-Z]+\d+)"(?: s="\d+")?(?: t="(\w+)")?>(.*?)<\/c>/gs)) {
    const [, ref, typ, inhalt = ""] = m;
    const text = /<t xml:space="preserve">(.*?)<\/t>/s.exec(inhalt)?.[1];
    const zahl = /<v>(.*?)<\/v>/s.exec(inhalt)?.[1];
    zellen.set(ref ?? "", { typ: typ ?? null, wert: ent(text ?? zahl ?? "") });
  }
  return { teile, blatt, zellen };
}

describe("neutralisiere", () => {
  it.each(FORMELN)("puts a quote before %j", (wert) => {
    expect(neutralisiere(wert)).toBe(`'${wert}`);
  });
  it.each(HARMLOS)("leaves %j as it is", (wert) => {
    expect(neutralisiere(wert)).toBe(wert);
  });
});

describe("csvZelle", () => {
  it("quotes separators, quotes and line breaks as RFC 4180 says", () => {
    expect(csvZelle("a;b")).toBe('"a;b"');
    expect(csvZelle('Er sagte "nein"')).toBe('"Er sagte ""nein"""');
    expect(csvZelle("Zeile 1\nZeile 2")).toBe('"Zeile 1\nZeile 2"');
    expect(csvZelle("ohne")).toBe("ohne");
    expect(csvZelle(null)).toBe("");
  });
  it("neutralises before quoting, so the quote stays inside the field", () => {
    expect(csvZelle('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvZelle("\t=1")).toBe("'\t=1");
    expect(csvZelle("\r=1")).toBe(`"'\r=1"`);
  });
  it("writes numbers with a decimal comma and never neutralises them", () => {
    expect(csvZelle(51.05)).toBe("51,05");
    expect(csvZelle(3)).toBe("3");
  });
});

describe("alsCsv", () => {
  it("starts with a BOM and separates with ; and CRLF", () => {
    const csv = alsCsv([
      ["Nr.", "Text"],
      [1, "@SUM(1)"],
    ]);
    expect(csv).toBe("\uFEFFNr.;Text\r\n1;'@SUM(1)\r\n");
  });
});

describe("alsXlsx", () => {
  it("keeps every text verbatim as a string cell and writes no formula", () => {
    const tabelle = [["Text", "Zahl"], ...[...FORMELN, ...HARMLOS].map((t, i) => [t, i])];
    const { teile, blatt, zellen } = liesXlsx(alsXlsx(tabelle, "Beiträge"));
    expect(Object.keys(teile)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "_rels/.rels"]),
    );
    expect(blatt).not.toMatch(/<f[ >]/);
    [...FORMELN, ...HARMLOS].forEach((t, i) => {
      const text = zellen.get(`A${i + 2}`);
      expect(text?.typ).toBe("inlineStr");
      // XML normalises a lone CR on reading; the file holds it as typed.
      expect(text?.wert).toBe(t);
      expect(zellen.get(`B${i + 2}`)).toEqual({ typ: null, wert: String(i) });
    });
    expect(strFromU8(teile["xl/workbook.xml"] ?? new Uint8Array())).toContain('name="Beiträge"');
  });
  it("replaces characters XML cannot hold and names columns past Z", () => {
    const breit = Array.from({ length: 28 }, (_, i) => `s${i}`);
    const { zellen } = liesXlsx(alsXlsx([breit, ["a\u0001b"]], "x"));
    expect(zellen.get("AB1")?.wert).toBe("s27");
    expect(zellen.get("A2")?.wert).toBe("a\uFFFDb");
  });
});
