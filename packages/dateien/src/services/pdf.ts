import "server-only";
import { inflateSync } from "node:zlib";

// A scan for active content in a PDF without a full parser. Where dictionaries can be:
// in the file body (between objects' `obj` and `endobj`, outside stream data) and, since
// PDF 1.5, compressed inside object streams (`/Type /ObjStm`, almost always FlateDecode). Both
// are scanned for the names below, with `#xx` escapes decoded (`/J#61vaScript` is
// `/JavaScript`). Other stream data (images, fonts, page content) is skipped: it holds no
// dictionaries, and scanning random binary for three-byte names like `/JS` would refuse
// harmless scans of paper documents.
//
// Stream data is skipped only where /Length proves its end (see pruefePdf); the long names are
// looked for everywhere. Known limits (README.md): object streams with another filter than
// FlateDecode or with a predictor are refused as "cannot be checked" rather than read; strings
// in other encodings (a name is a name, but a hex string `<2F4A53>` is not one) are not names;
// no xref-table walk, so an object only a repairing viewer would find is seen only if it lies
// outside skipped stream data.

/** Names whose presence makes a PDF active. */
const AKTIVE_NAMEN = new Set([
  "JavaScript", // document-level scripts, JavaScript actions
  "JS", // the script of a JavaScript action (also under /OpenAction)
  "Launch", // runs a program or opens a file
  "EmbeddedFile", // a file inside the PDF (an executable, an Office file with macros)
  "EmbeddedFiles",
  "GoToE", // go to an embedded document
  "AA", // additional actions: run on open, close, page view, field change without a click
  "RichMedia", // Flash and other active media
  "XFA", // XML forms; carry scripts of their own
]);

export type PdfBefund = "sauber" | "aktiv" | "verschluesselt" | "unpruefbar";

/** Decompressed object streams may not exceed this in total (a zip bomb is refused). */
const MAX_ENTPACKT = 64 * 1024 * 1024;

// A name runs to the next whitespace (NUL included, PDF 32000-1 § 7.2.2) or delimiter.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is PDF whitespace
const NAME = /\/([^\x00\t\n\f\r ()<>[\]{}/%]*)/g;

function namen(text: string): Set<string> {
  const gefunden = new Set<string>();
  for (const treffer of text.matchAll(NAME)) {
    const roh = treffer[1] ?? "";
    gefunden.add(
      roh.includes("#")
        ? roh.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
            String.fromCharCode(Number.parseInt(hex, 16)),
          )
        : roh,
    );
  }
  return gefunden;
}

const istAktiv = (text: string) => {
  for (const name of namen(text)) if (AKTIVE_NAMEN.has(name)) return true;
  return false;
};

/**
 * Names long enough not to turn up by chance in binary data (a three-byte name like `/JS`
 * followed by a delimiter appears about once in 20 MB of random bytes): these are looked for
 * in the whole file, stream data included. That catches a dictionary smuggled into what the
 * scan took for stream data (a string literal `(>>stream)` before it); every JavaScript action
 * names its type `/S /JavaScript` next to its `/JS`.
 */
const LANGE_AKTIVE_NAMEN = [...AKTIVE_NAMEN].filter((n) => n.length >= 6);

/** Objects that hold just an integer (`12 0 obj 3456 endobj`): indirect stream lengths. */
function ganzzahlObjekte(text: string): Map<string, number> {
  const objekte = new Map<string, number>();
  for (const m of text.matchAll(/(\d+)\s+(\d+)\s+obj\s*(\d+)\s*endobj/g)) {
    objekte.set(`${m[1]} ${m[2]}`, Number(m[3]));
  }
  return objekte;
}

/** The /Length of a stream: a direct integer, or `n g R` resolved through `objekte`. */
function streamLaenge(woerterbuch: string, objekte: () => Map<string, number>): number | undefined {
  const verweis = /\/Length\s+(\d+)\s+(\d+)\s+R/.exec(woerterbuch);
  if (verweis) return objekte().get(`${verweis[1]} ${verweis[2]}`);
  const direkt = /\/Length\s+(\d+)/.exec(woerterbuch);
  return direkt?.[1] ? Number(direkt[1]) : undefined;
}

/** Scans a PDF's bytes; see the module comment for what is and is not seen. */
export function pruefePdf(bytes: Uint8Array): PdfBefund {
  // latin1 maps every byte to one char, so offsets in the text are offsets in the file.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const ausserhalb: string[] = [];
  const objektStroeme: { woerterbuch: string; daten: Buffer }[] = [];

  let objekte: Map<string, number> | undefined;
  const ganzzahlen = () => {
    objekte ??= ganzzahlObjekte(text);
    return objekte;
  };
  let segment = 0; // start of the current stretch outside stream data
  let suche = 0;
  for (;;) {
    const start = text.indexOf("stream", suche);
    if (start === -1) break;
    suche = start + 6;
    // A stream keyword follows its dictionary's `>>` (and whitespace); "endstream" and words
    // like "upstream" in text are no stream.
    if (!/>>\s*$/.test(text.slice(Math.max(segment, start - 64), start))) continue;
    let datenStart = start + 6;
    if (text[datenStart] === "\r") datenStart++;
    if (text[datenStart] === "\n") datenStart++;
    // The stream's dictionary: from its object's `obj` keyword to the `stream` keyword.
    const kopf = text.slice(Math.max(segment, start - 4096), start);
    const woerterbuch = kopf.slice(Math.max(0, kopf.lastIndexOf("obj")));
    const dictNamen = namen(woerterbuch);

    // Data is skipped only where its end is certain: /Length (direct, or an indirect object
    // found in the file) lands on `endstream`. Viewers find objects by their xref offsets, not
    // by reading past streams, so an object placed where a wrong /Length says "data" is live;
    // such stretches stay in the scan.
    const laenge = streamLaenge(woerterbuch, ganzzahlen);
    const sicheresEnde =
      laenge !== undefined &&
      /^\s*endstream/.test(text.slice(datenStart + laenge, datenStart + laenge + 12))
        ? datenStart + laenge
        : undefined;
    const ende = sicheresEnde ?? text.indexOf("endstream", datenStart);
    if (ende === -1) break; // no end: the rest is scanned as body

    // An object stream by its type, or by /N and /First (a reader may not check the type).
    if (dictNamen.has("ObjStm") || (dictNamen.has("N") && dictNamen.has("First"))) {
      objektStroeme.push({
        woerterbuch,
        daten: Buffer.from(bytes.buffer, bytes.byteOffset + datenStart, ende - datenStart),
      });
    }
    if (sicheresEnde === undefined) continue; // not skipped: scanned with the body
    ausserhalb.push(text.slice(segment, start));
    segment = text.indexOf("endstream", sicheresEnde) + 9;
    suche = segment;
  }
  ausserhalb.push(text.slice(segment));

  const koerper = ausserhalb.join("\n");
  // /Encrypt in a trailer or cross-reference stream dictionary: the strings and streams are
  // encrypted, object streams cannot be read, so nothing inside can be checked.
  if (namen(koerper).has("Encrypt")) return "verschluesselt";
  if (istAktiv(koerper)) return "aktiv";
  const alle = namen(text);
  if (LANGE_AKTIVE_NAMEN.some((n) => alle.has(n))) return "aktiv";

  let entpackt = 0;
  for (const { woerterbuch, daten } of objektStroeme) {
    const filter = namen(woerterbuch);
    // Predictors (PNG row filters) would need decoding first; object streams rarely use them.
    if (filter.has("DecodeParms") || filter.has("DP")) return "unpruefbar";
    let inhalt: Buffer;
    if (filter.has("FlateDecode") || filter.has("Fl")) {
      try {
        inhalt = inflateSync(daten, { maxOutputLength: Math.max(1, MAX_ENTPACKT - entpackt) });
      } catch {
        return "unpruefbar"; // broken, chained with another filter, or a decompression bomb
      }
    } else if (filter.has("Filter")) {
      return "unpruefbar";
    } else {
      inhalt = daten;
    }
    entpackt += inhalt.length;
    if (istAktiv(inhalt.toString("latin1"))) return "aktiv";
  }
  return "sauber";
}
