// Pure: limits, reasons and the file-name rules of @portal/dateien, safe in a client bundle
// (a form may show the same limits and clean a name for display).

/** The formats accepted by default: inert, widely readable, detectable by their first bytes. */
export const STANDARD_MEDIENTYPEN = ["application/pdf", "image/jpeg", "image/png"] as const;

/** The default upper size of one upload: 20 MB. */
export const STANDARD_MAX_BYTES = 20 * 1024 * 1024;

/** File names are cut to this many code points (what users count as characters), extension kept. */
export const MAX_DATEINAME_ZEICHEN = 120;

/** Why an upload was refused. */
export type Ablehnungsgrund =
  /** Larger than `maxBytes`. */
  | "zu-gross"
  /** No bytes at all. */
  | "leer"
  /** The content is not one of the allowed types (whatever the name says), or an executable. */
  | "typ"
  /** A PDF with active content: JavaScript, launch actions, embedded files, automatic actions. */
  | "pdf-aktiv"
  /** An encrypted (password-protected) PDF: its content cannot be checked. */
  | "pdf-verschluesselt"
  /** Nothing usable is left of the file name. */
  | "name";

/** What the user reads, German first, English second (the caller picks by locale). */
export const ABLEHNUNGSTEXTE: Record<Ablehnungsgrund, { de: string; en: string }> = {
  "zu-gross": { de: "Die Datei ist zu groß.", en: "The file is too large." },
  leer: { de: "Die Datei ist leer.", en: "The file is empty." },
  typ: {
    de: "Dieses Dateiformat ist nicht erlaubt. Erlaubt sind PDF, JPEG und PNG.",
    en: "This file format is not allowed. Allowed are PDF, JPEG and PNG.",
  },
  "pdf-aktiv": {
    de: "Das PDF enthält aktive Inhalte (z. B. JavaScript oder eingebettete Dateien) und wird nicht angenommen. Bitte speichern Sie es ohne diese Inhalte, zum Beispiel über „Drucken als PDF“.",
    en: "The PDF contains active content (such as JavaScript or embedded files) and is not accepted. Please save it without them, for example with “Print to PDF”.",
  },
  "pdf-verschluesselt": {
    de: "Das PDF ist verschlüsselt oder kennwortgeschützt. Bitte laden Sie es ohne Kennwortschutz hoch.",
    en: "The PDF is encrypted or password-protected. Please upload it without password protection.",
  },
  name: { de: "Der Dateiname ist ungültig.", en: "The file name is not valid." },
};

/** Windows device names: a file called `CON.pdf` or `nul.txt` cannot be saved there. */
const RESERVIERT = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file name fit to store and offer for download, or `undefined` when nothing is left.
 * - Only the last path component (`../../etc/passwd` → `passwd`, `C:\boot.ini` → `boot.ini`,
 *   `C:boot.ini` → `boot.ini`).
 * - No control characters and no format characters (bidi overrides such as U+202E, which make
 *   `rechnung‮fdp.exe` look like `rechnungexe.pdf`; zero-width characters, so also the joiners
 *   inside emoji sequences), no line separators, no unpaired UTF-16 surrogates (no UTF-8 header
 *   or database column can carry them).
 * - Characters Windows forbids (`<>:"|?*`) become `_`; whitespace collapsed; leading dots
 *   (hidden files) and trailing dots or spaces (dropped by Windows) removed.
 * - A Windows device name (`CON`, `LPT1` …) gets a leading `_`.
 * - With `endung` the extension is replaced by it (the detected type's, never the user's).
 * - At most MAX_DATEINAME_ZEICHEN code points, the extension kept.
 */
export function bereinigeDateiname(name: string, endung?: string): string | undefined {
  const letzter = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let sauber = letzter
    .replace(/^[A-Za-z]:/, "")
    // Tabs and line breaks are whitespace first (a space), other controls then go.
    .replace(/\s+/g, " ")
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/ +/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .replace(/[. ]+$/, "");

  let basis = sauber;
  let ext = "";
  const punkt = sauber.lastIndexOf(".");
  if (punkt > 0 && sauber.length - punkt <= 11) {
    basis = sauber.slice(0, punkt).replace(/[. ]+$/, "");
    ext = sauber.slice(punkt);
  }
  if (endung !== undefined) ext = `.${endung}`;
  if (basis.length === 0) return undefined;
  const ersterTeil = basis.split(".")[0] ?? "";
  if (RESERVIERT.test(ersterTeil.trim())) basis = `_${basis}`;

  const zeichen = [...basis];
  const platz = MAX_DATEINAME_ZEICHEN - [...ext].length;
  sauber = (zeichen.length > platz ? zeichen.slice(0, platz).join("").trimEnd() : basis) + ext;
  return sauber;
}

/**
 * A storage key: lower-case letters, digits, `-` and `/` between segments (`antraege/4f1c/anlage-1`).
 * No dots, so no `..`; no empty segment, no leading or trailing `/`. The caller builds keys from
 * ids, never from a user's file name.
 */
export const ABLAGE_SCHLUESSEL = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;
export const MAX_ABLAGE_SCHLUESSEL = 512;

export function istAblageSchluessel(schluessel: string): boolean {
  return (
    typeof schluessel === "string" &&
    schluessel.length <= MAX_ABLAGE_SCHLUESSEL &&
    ABLAGE_SCHLUESSEL.test(schluessel)
  );
}
