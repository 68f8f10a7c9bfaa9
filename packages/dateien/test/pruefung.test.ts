import { createHash, randomBytes } from "node:crypto";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pruefeDatei, pruefePdf } from "../src/server.ts";
import { bereinigeDateiname, MAX_DATEINAME_ZEICHEN } from "../src/types.ts";
import { harmlosesPdf, jpeg, pdf, pdfMitJavaScript, png, stream } from "./beispiele.ts";

const KATALOG = "<< /Type /Catalog /Pages 2 0 R >>";
const SEITEN = "<< /Type /Pages /Kids [] /Count 0 >>";

describe("pruefeDatei: type by content", () => {
  it("accepts a PDF, a PNG and a JPEG with type, size and SHA-256", async () => {
    const bytes = harmlosesPdf();
    expect(await pruefeDatei({ bytes, dateiname: "Antrag.pdf" })).toEqual({
      ok: true,
      medientyp: "application/pdf",
      dateiname: "Antrag.pdf",
      groesse: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(await pruefeDatei({ bytes: png(), dateiname: "foto.png" })).toMatchObject({
      ok: true,
      medientyp: "image/png",
      dateiname: "foto.png",
    });
    expect(await pruefeDatei({ bytes: jpeg(), dateiname: "foto.jpeg" })).toMatchObject({
      ok: true,
      medientyp: "image/jpeg",
      dateiname: "foto.jpg",
    });
  });

  it("refuses executables whatever their name", async () => {
    const programme = {
      exe: Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120)]),
      elf: Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01", "latin1"), Buffer.alloc(120)]),
      macho: Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.alloc(120)]),
      universal: Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe]), Buffer.alloc(120)]),
      skript: Buffer.from("#!/bin/sh\nrm -rf ~\n", "latin1"),
    };
    for (const bytes of Object.values(programme)) {
      expect(await pruefeDatei({ bytes, dateiname: "rechnung.pdf" })).toEqual({
        ok: false,
        grund: "typ",
      });
      // Not even a caller that allows the detected type gets one through.
      expect(
        await pruefeDatei({
          bytes,
          dateiname: "x.exe",
          erlaubt: ["application/x-msdownload", "application/x-elf"],
        }),
      ).toEqual({ ok: false, grund: "typ" });
    }
  });

  it("takes a PNG named .pdf as a PNG, or refuses it when only PDFs are allowed", async () => {
    expect(await pruefeDatei({ bytes: png(), dateiname: "scan.pdf" })).toMatchObject({
      ok: true,
      medientyp: "image/png",
      dateiname: "scan.png",
    });
    expect(
      await pruefeDatei({ bytes: png(), dateiname: "scan.pdf", erlaubt: ["application/pdf"] }),
    ).toEqual({
      ok: false,
      grund: "typ",
    });
  });

  it("refuses what it cannot recognise (text, HTML, SVG, a ZIP) with 'typ'", async () => {
    for (const inhalt of [
      "Hallo",
      "<html><script>alert(1)</script>",
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    ]) {
      expect(await pruefeDatei({ bytes: Buffer.from(inhalt), dateiname: "a.pdf" })).toEqual({
        ok: false,
        grund: "typ",
      });
    }
    const zip = Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(60)]);
    expect(await pruefeDatei({ bytes: zip, dateiname: "a.png" })).toEqual({
      ok: false,
      grund: "typ",
    });
  });

  it("refuses a file that only starts like a PDF (%PDF- before an HTML page)", async () => {
    const falsch = Buffer.from(
      "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n",
      "latin1",
    );
    expect(await pruefeDatei({ bytes: falsch, dateiname: "a.pdf" })).toEqual({
      ok: false,
      grund: "typ",
    });
  });

  it("does not throw on random or truncated input", async () => {
    const keinTyp = [
      randomBytes(5000),
      harmlosesPdf().subarray(0, 40),
      // An ASF header GUID with nothing after it (file-type's ASF parser once looped on such).
      Buffer.from([
        0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9, 0, 0xaa, 0, 0x62, 0xce, 0x6c,
      ]),
    ];
    for (const bytes of keinTyp) {
      expect(await pruefeDatei({ bytes, dateiname: "x.pdf" })).toEqual({ ok: false, grund: "typ" });
    }
    // Magic bytes say what a file claims to be, not that it is whole: a cut-off PNG or JPEG
    // still passes (decoding images is the viewer's or a later re-encoding step's job).
    for (const bytes of [png().subarray(0, 20), jpeg().subarray(0, 3)]) {
      expect(await pruefeDatei({ bytes, dateiname: "x.png" })).toMatchObject({ ok: true });
    }
  });

  it("refuses empty and oversized files", async () => {
    expect(await pruefeDatei({ bytes: new Uint8Array(0), dateiname: "a.pdf" })).toEqual({
      ok: false,
      grund: "leer",
    });
    const bild = png();
    expect(
      await pruefeDatei({ bytes: bild, dateiname: "a.png", maxBytes: bild.length - 1 }),
    ).toEqual({
      ok: false,
      grund: "zu-gross",
    });
    expect(
      await pruefeDatei({ bytes: bild, dateiname: "a.png", maxBytes: bild.length }),
    ).toMatchObject({ ok: true });
    const gross = Buffer.concat([harmlosesPdf(), Buffer.alloc(20 * 1024 * 1024)]);
    expect(await pruefeDatei({ bytes: gross, dateiname: "a.pdf" })).toEqual({
      ok: false,
      grund: "zu-gross",
    });
  });
});

describe("pruefeDatei: active PDFs", () => {
  it("refuses a PDF that runs JavaScript on opening", async () => {
    expect(await pruefeDatei({ bytes: pdfMitJavaScript(), dateiname: "a.pdf" })).toEqual({
      ok: false,
      grund: "pdf-aktiv",
    });
  });

  it("refuses launch actions, embedded files, additional actions, XFA and RichMedia", () => {
    const faelle = [
      "<< /Type /Action /S /Launch /F (cmd.exe) >>",
      "<< /Type /Filespec /F (a.exe) /EF << /F 9 0 R >> >> % /EmbeddedFile",
      "<< /Names << /EmbeddedFiles 9 0 R >> >>",
      "<< /Type /Annot /Subtype /Widget /AA << /Fo 9 0 R >> >>",
      "<< /AcroForm << /XFA 9 0 R >> >>",
      "<< /Type /Annot /Subtype /RichMedia >>",
      "<< /S /GoToE /T << /R /C /N (a.pdf) >> >>",
    ];
    for (const objekt of faelle) expect(pruefePdf(pdf([KATALOG, SEITEN, objekt]))).toBe("aktiv");
  });

  it("sees names written with #xx escapes", () => {
    expect(pruefePdf(pdf([KATALOG, SEITEN, "<< /S /J#61vaScript /J#53 (x) >>"]))).toBe("aktiv");
    expect(pruefePdf(pdf([KATALOG, SEITEN, "<< /A#41 9 0 R >>"]))).toBe("aktiv");
  });

  it("finds JavaScript inside a compressed object stream", () => {
    const objekte = "6 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>";
    const objStm = stream(
      "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
      deflateSync(Buffer.from(objekte)),
    );
    expect(pruefePdf(pdf([KATALOG, SEITEN, objStm]))).toBe("aktiv");
    // The same stream without JavaScript is fine.
    const harmlos = stream(
      "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
      deflateSync(Buffer.from("6 0 << /A 1 >>")),
    );
    expect(pruefePdf(pdf([KATALOG, SEITEN, harmlos]))).toBe("sauber");
  });

  it("finds a JavaScript action hidden behind a fake 'stream' keyword in a string", () => {
    const versteck = "<< /T (>>stream\n) >>\n<< /S /JavaScript /JS (app.alert\\(1\\)) >>";
    const echterStrom = stream("", Buffer.from("BT ET"));
    expect(pruefePdf(pdf([KATALOG, SEITEN, versteck, echterStrom]))).toBe("aktiv");
  });

  it("scans what a wrong /Length leaves outside the stream, and finds untyped object streams", () => {
    // /Length says 5 bytes: the dictionary after them is, for a viewer, a live object.
    const versteckt = Buffer.from(
      "<< /Length 5 >>\nstream\nABCDE\n4 0 obj << /S /Foo /AA << /O 5 0 R >> >> endobj\nendstream",
      "latin1",
    );
    expect(pruefePdf(pdf([KATALOG, SEITEN, versteckt]))).toBe("aktiv");
    // An indirect /Length that fits is trusted: the binary data is skipped.
    const bild = Buffer.from("xx /JS xx", "latin1");
    const indirekt = pdf([
      KATALOG,
      SEITEN,
      Buffer.concat([
        Buffer.from("<< /Length 4 0 R /Subtype /Image >>\nstream\n", "latin1"),
        bild,
        Buffer.from("\nendstream"),
      ]),
      String(bild.length),
    ]);
    expect(pruefePdf(indirekt)).toBe("sauber");
    // An object stream without /Type /ObjStm (a reader goes by /N and /First).
    const ohneTyp = stream(
      "/N 1 /First 4 /Filter /FlateDecode",
      deflateSync(Buffer.from("6 0 << /AA 9 0 R >>")),
    );
    expect(pruefePdf(pdf([KATALOG, SEITEN, ohneTyp]))).toBe("aktiv");
  });

  it("refuses object streams it cannot read and decompression bombs", () => {
    const lzw = stream("/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode", Buffer.from("xyz"));
    expect(pruefePdf(pdf([KATALOG, SEITEN, lzw]))).toBe("unpruefbar");
    const bombe = stream(
      "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
      deflateSync(Buffer.alloc(65 * 1024 * 1024)),
    );
    expect(pruefePdf(pdf([KATALOG, SEITEN, bombe]))).toBe("unpruefbar");
  });

  it("does not refuse a scan whose image data happens to contain /JS or /AA bytes", async () => {
    const bild = Buffer.concat([
      randomBytes(5000),
      Buffer.from(" /JS /AA /XFA ", "latin1"),
      randomBytes(5000),
    ]);
    const scan = pdf([
      KATALOG,
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> >>",
      stream(
        "/Type /XObject /Subtype /Image /Width 100 /Height 100 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /DCTDecode",
        bild,
      ),
    ]);
    expect(await pruefeDatei({ bytes: scan, dateiname: "scan.pdf" })).toMatchObject({ ok: true });
  });

  it("checks a 20 MB scanned PDF of random image data, accepting it", async () => {
    const bild = randomBytes(20 * 1024 * 1024 - 2048);
    const scan = pdf([
      KATALOG,
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> >>",
      stream("/Type /XObject /Subtype /Image /Width 4000 /Height 5000 /Filter /DCTDecode", bild),
    ]);
    const start = performance.now();
    expect(await pruefeDatei({ bytes: scan, dateiname: "scan.pdf" })).toMatchObject({ ok: true });
    console.log(`pruefeDatei of a 20 MB PDF: ${(performance.now() - start).toFixed(0)} ms`);
  });

  it("refuses an encrypted PDF with 'pdf-verschluesselt'", async () => {
    const verschluesselt = pdf(
      [KATALOG, SEITEN, "<< /Filter /Standard /V 4 /R 4 /Length 128 /P -1028 >>"],
      "/Encrypt 3 0 R /ID [<00> <00>] ",
    );
    expect(await pruefeDatei({ bytes: verschluesselt, dateiname: "a.pdf" })).toEqual({
      ok: false,
      grund: "pdf-verschluesselt",
    });
  });
});

describe("file names", () => {
  it("keeps only the last path component and drops drive letters", async () => {
    expect(await pruefeDatei({ bytes: png(), dateiname: "../../etc/passwd" })).toMatchObject({
      ok: true,
      dateiname: "passwd.png",
    });
    expect(bereinigeDateiname("C:\\boot.ini")).toBe("boot.ini");
    expect(bereinigeDateiname("C:\\boot.ini", "pdf")).toBe("boot.pdf");
    expect(bereinigeDateiname("C:boot.ini")).toBe("boot.ini");
    expect(bereinigeDateiname("\\\\server\\freigabe\\..\\brief.pdf")).toBe("brief.pdf");
  });

  it("removes bidi overrides and control characters, so the extension cannot be disguised", async () => {
    // Shows as "rechnungexe.pdf" in a right-to-left-aware viewer; it is an .exe by name.
    const name = "rechnung\u202Efdp.exe";
    expect(await pruefeDatei({ bytes: harmlosesPdf(), dateiname: name })).toMatchObject({
      ok: true,
      dateiname: "rechnungfdp.pdf",
    });
    expect(bereinigeDateiname("a\u0000b\u0007c\u200B\u2066d.png")).toBe("abcd.png");
    expect(bereinigeDateiname("Zeile\u2028zwei\ndrei.png")).toBe("Zeile zwei drei.png");
  });

  it("defuses Windows device names, forbidden characters, leading and trailing dots", () => {
    expect(bereinigeDateiname("CON.pdf")).toBe("_CON.pdf");
    expect(bereinigeDateiname("lpt1.tar.gz", "png")).toBe("_lpt1.tar.png");
    expect(bereinigeDateiname('Kon<>:"|?*to.pdf')).toBe("Kon_______to.pdf");
    expect(bereinigeDateiname(".htaccess")).toBe("htaccess");
    expect(bereinigeDateiname("antrag.pdf. . ")).toBe("antrag.pdf");
    expect(bereinigeDateiname("  Antrag   auf\tWohngeld.pdf ")).toBe("Antrag auf Wohngeld.pdf");
  });

  it("cuts long names to 120 code points and keeps the extension", () => {
    const lang = `${"😀".repeat(200)}.pdf`;
    const kurz = bereinigeDateiname(lang, "pdf") ?? "";
    expect([...kurz]).toHaveLength(MAX_DATEINAME_ZEICHEN);
    expect(kurz.endsWith("😀.pdf")).toBe(true);
  });

  it("refuses a name of which nothing is left with 'name'", async () => {
    for (const dateiname of ["", "..", "../", "\u202E", "   ", "C:\\"]) {
      expect(await pruefeDatei({ bytes: png(), dateiname })).toEqual({ ok: false, grund: "name" });
    }
  });
});
