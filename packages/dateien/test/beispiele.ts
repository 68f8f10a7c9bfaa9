import { deflateSync } from "node:zlib";

// Real, minimal sample files built in the test (no binary fixtures in the repository).

const CRC_TABELLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = (CRC_TABELLE[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(typ: string, daten: Buffer): Buffer {
  const laenge = Buffer.alloc(4);
  laenge.writeUInt32BE(daten.length);
  const td = Buffer.concat([Buffer.from(typ, "latin1"), daten]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([laenge, td, crc]);
}

/** A valid 1×1 PNG (RGB, one white pixel). */
export function png(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG's frame: SOI, JFIF APP0, a comment, EOI (what detectors and viewers start with). */
export function jpeg(): Buffer {
  const app0 = Buffer.from([
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
    0x00, 0x00,
  ]);
  const kommentar = Buffer.concat([
    Buffer.from([0xff, 0xfe, 0x00, 0x07]),
    Buffer.from("Test\0", "latin1"),
  ]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, kommentar, Buffer.from([0xff, 0xd9])]);
}

/**
 * A well-formed PDF (correct xref offsets) from object bodies; `trailerZusatz` goes into the
 * trailer dictionary. Object 1 must be the catalog.
 */
export function pdf(objekte: (string | Buffer)[], trailerZusatz = ""): Buffer {
  const teile: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let laenge = teile[0]?.length ?? 0;
  const offsets: number[] = [];
  objekte.forEach((inhalt, i) => {
    offsets.push(laenge);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, "latin1"),
      typeof inhalt === "string" ? Buffer.from(inhalt, "latin1") : inhalt,
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    teile.push(b);
    laenge += b.length;
  });
  const xref = [
    "xref",
    `0 ${objekte.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objekte.length + 1} /Root 1 0 R ${trailerZusatz}>>`,
    "startxref",
    String(laenge),
    "%%EOF",
    "",
  ].join("\n");
  teile.push(Buffer.from(xref, "latin1"));
  return Buffer.concat(teile);
}

export const stream = (woerterbuch: string, daten: Buffer) =>
  Buffer.concat([
    Buffer.from(`<< ${woerterbuch} /Length ${daten.length} >>\nstream\n`, "latin1"),
    daten,
    Buffer.from("\nendstream", "latin1"),
  ]);

const SEITEN = [
  "<< /Type /Catalog /Pages 2 0 R >>",
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
  stream("", Buffer.from("BT /F1 12 Tf 72 770 Td (Antrag) Tj ET", "latin1")),
];

/** A one-page PDF with nothing active. */
export const harmlosesPdf = () => pdf(SEITEN);

/** The same PDF whose catalog runs JavaScript when opened. */
export const pdfMitJavaScript = () =>
  pdf([
    "<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
    ...SEITEN.slice(1),
    "<< /Type /Action /S /JavaScript /JS (app.alert\\('hallo'\\)) >>",
  ]);
