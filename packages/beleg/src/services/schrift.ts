import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { create, type Font } from "fontkit";

// PDF/UA (ISO 14289-1 7.21) requires every font to be embedded, so the receipt cannot use the
// PDF standard fonts. DejaVu Sans (Bitstream Vera licence plus public-domain changes: free to
// embed and redistribute) covers Latin with all German letters, Greek, Cyrillic and many
// symbols and emoji; Hebrew and Arabic letters too, though pdfkit sets every line left to
// right (it has no bidi algorithm). It comes from npm (`dejavu-fonts-ttf`), so every machine that runs
// `npm ci` has it, without a system font package.

export interface Schrift {
  /** The parsed font, handed to pdfkit, which embeds a subset with a ToUnicode map. */
  font: Font;
}

const require = createRequire(import.meta.url);
let geladen: { normal: Schrift; fett: Schrift } | undefined;

function lade(pfad: string): Schrift {
  const font = create(readFileSync(pfad));
  if (!("hasGlyphForCodePoint" in font)) throw new Error(`${pfad} is a font collection`);
  return { font };
}

/**
 * The package's font folder, found at run time: a bundler must not try to bundle the fonts
 * (Turbopack has no loader for .ttf, and turns `require.resolve` into a module id). Looked up
 * in the `node_modules` of the working directory and its parents (the web app runs in
 * apps/web, the tests in packages/beleg), else resolved from this module.
 */
function fontOrdner(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const kandidat = path.join(dir, "node_modules", "dejavu-fonts-ttf", "ttf");
    if (existsSync(kandidat)) return kandidat;
    if (path.dirname(dir) === dir) break;
  }
  return path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

/** The two faces of the receipt, read once per process. */
export function schriften(): { normal: Schrift; fett: Schrift } {
  const ordner = fontOrdner();
  geladen ??= {
    normal: lade(path.join(ordner, "DejaVuSans.ttf")),
    fett: lade(path.join(ordner, "DejaVuSans-Bold.ttf")),
  };
  return geladen;
}

/** Printed for a character the font has no glyph for (DejaVu has U+FFFD itself). */
export const ERSATZZEICHEN = "\uFFFD";
/** More combining marks on one base letter than any language needs ("Zalgo" text) are dropped. */
const MAX_ZEICHEN_JE_BASIS = 4;
/**
 * pdfkit splits a word wider than the line letter by letter, at a cost that grows faster than
 * the square of the word's length (20,000 letters without a space took 50 s). A run longer
 * than MAX_LAUF letters is no word (German compounds and IBAN groups are shorter; a token, a
 * hash or a key held down are not): it gets a zero-width space every TEILSTUECK letters, a
 * break opportunity that viewers do not show and text extraction drops, so that its lines
 * fill the column.
 */
const MAX_LAUF = 48;
const TEILSTUECK = 12;
const UMBRUCHSTELLE = "\u200B";
const LANGER_LAUF = new RegExp(`\\S{${MAX_LAUF + 1},}`, "gu");

function umbrechbar(lauf: string): string {
  let aus = "";
  let zaehler = 0;
  for (const zeichen of lauf) {
    const marke = /\p{M}/u.test(zeichen);
    if (!marke && zaehler > 0 && zaehler % TEILSTUECK === 0) aus += UMBRUCHSTELLE;
    if (!marke) zaehler++;
    aus += zeichen;
  }
  return aus;
}

/**
 * Makes untrusted text printable in `schrift`: NFC; line breaks unified (or turned into spaces
 * when `mehrzeilig` is false); control, format and other default-ignorable characters dropped
 * (bidi overrides such as U+202E would otherwise reorder what the reader sees, and pdfkit does
 * not apply the bidi algorithm anyway); lone surrogates and characters without a glyph replaced
 * by U+FFFD, so that text extraction and screen readers get a visible placeholder rather than
 * an empty box with a wrong ToUnicode entry.
 */
export function druckbar(text: string, schrift: Schrift, mehrzeilig = true): string {
  let aus = "";
  let marken = 0;
  const ersetzt = text
    .replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      ERSATZZEICHEN,
    )
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, "\n");
  for (const zeichen of ersetzt) {
    if (zeichen === "\n" || zeichen === "\t") {
      aus += zeichen === "\n" && mehrzeilig ? "\n" : " ";
      marken = 0;
      continue;
    }
    if (/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(zeichen)) continue;
    if (/\p{M}/u.test(zeichen)) {
      if (++marken > MAX_ZEICHEN_JE_BASIS) continue;
    } else {
      marken = 0;
    }
    const codepunkt = zeichen.codePointAt(0) ?? 0xfffd;
    if (/\s/u.test(zeichen)) {
      aus += schrift.font.hasGlyphForCodePoint(codepunkt) ? zeichen : " ";
    } else {
      aus += schrift.font.hasGlyphForCodePoint(codepunkt) ? zeichen : ERSATZZEICHEN;
    }
  }
  return aus.replace(LANGER_LAUF, umbrechbar);
}
