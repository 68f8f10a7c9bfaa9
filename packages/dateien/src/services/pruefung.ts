import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import {
  type Ablehnungsgrund,
  bereinigeDateiname,
  STANDARD_MAX_BYTES,
  STANDARD_MEDIENTYPEN,
} from "../types.ts";
import { pruefePdf } from "./pdf.ts";

export type GepruefteDatei = {
  ok: true;
  /** The type detected from the content (never from the name or the browser's claim). */
  medientyp: string;
  /** The cleaned name, with the detected type's extension (`foto.pdf` holding a PNG → `foto.png`). */
  dateiname: string;
  groesse: number;
  /** Hex SHA-256 of the bytes, for integrity checks and de-duplication. */
  sha256: string;
};
export type AbgelehnteDatei = { ok: false; grund: Ablehnungsgrund };

/**
 * Programs, whatever their name: Windows PE (`MZ`), ELF, Mach-O (32/64 bit, both byte orders,
 * universal binaries – `CAFEBABE`, which Java class files share; both are refused) and scripts
 * (`#!`). Checked before and independently of the allow list, so a caller that allows a
 * generic type cannot let one through.
 */
function istProgramm(b: Uint8Array): boolean {
  const beginntMit = (...sig: number[]) => sig.every((x, i) => b[i] === x);
  return (
    beginntMit(0x4d, 0x5a) ||
    beginntMit(0x7f, 0x45, 0x4c, 0x46) ||
    beginntMit(0xfe, 0xed, 0xfa, 0xce) ||
    beginntMit(0xfe, 0xed, 0xfa, 0xcf) ||
    beginntMit(0xce, 0xfa, 0xed, 0xfe) ||
    beginntMit(0xcf, 0xfa, 0xed, 0xfe) ||
    beginntMit(0xca, 0xfe, 0xba, 0xbe) ||
    beginntMit(0x23, 0x21)
  );
}

function hatPdfSchluss(b: Uint8Array): boolean {
  const ende = Buffer.from(b.buffer, b.byteOffset, b.byteLength)
    .subarray(Math.max(0, b.byteLength - 1024))
    .toString("latin1");
  return /startxref\s+\d+\s+%%EOF/.test(ende);
}

/**
 * Checks an upload by its content. Order: empty, size, executable, type by magic bytes
 * (`file-type`) against `erlaubt`, for PDFs active content and encryption, then the name.
 * The name never decides the type: an EXE called `antrag.pdf` is refused as "typ", a PNG called
 * `scan.pdf` is accepted as `scan.png` when PNG is allowed.
 * Only types `file-type` recognises by their bytes can be allowed (no text/plain, no CSV).
 */
export async function pruefeDatei(eingabe: {
  bytes: Uint8Array;
  dateiname: string;
  erlaubt?: readonly string[];
  maxBytes?: number;
}): Promise<GepruefteDatei | AbgelehnteDatei> {
  const { bytes, dateiname } = eingabe;
  const erlaubt = eingabe.erlaubt ?? STANDARD_MEDIENTYPEN;
  const maxBytes = eingabe.maxBytes ?? STANDARD_MAX_BYTES;

  if (bytes.byteLength === 0) return { ok: false, grund: "leer" };
  if (bytes.byteLength > maxBytes) return { ok: false, grund: "zu-gross" };
  if (istProgramm(bytes)) return { ok: false, grund: "typ" };

  // A malformed file may make a detector throw (file-type issue #391); that is no file we take.
  const erkannt = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!erkannt || !erlaubt.includes(erkannt.mime)) return { ok: false, grund: "typ" };
  // file-type calls anything starting with `%PDF-` a PDF (its issue #780): `%PDF-` before an
  // HTML page would pass. A PDF ends with `startxref` … `%%EOF` (viewers look in the last
  // 1024 bytes); without them it is not a PDF we accept.
  if (erkannt.mime === "application/pdf" && !hatPdfSchluss(bytes))
    return { ok: false, grund: "typ" };

  if (erkannt.mime === "application/pdf") {
    const befund = pruefePdf(bytes);
    if (befund === "verschluesselt") return { ok: false, grund: "pdf-verschluesselt" };
    // What cannot be checked is treated as what we refuse.
    if (befund !== "sauber") return { ok: false, grund: "pdf-aktiv" };
  }

  const name = bereinigeDateiname(dateiname, erkannt.ext);
  if (name === undefined) return { ok: false, grund: "name" };

  return {
    ok: true,
    medientyp: erkannt.mime,
    dateiname: name,
    groesse: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}
