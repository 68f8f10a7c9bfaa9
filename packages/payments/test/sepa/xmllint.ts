import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** `../shared/data/sepa` from the repository root (the shared folder sits beside the worktree). */
export const SEPA_DATEN = fileURLToPath(
  new URL("../../../../../shared/data/sepa/", import.meta.url),
);

export function schema(name: string): string {
  const pfad = join(SEPA_DATEN, name);
  if (!existsSync(pfad))
    throw new Error(`Schema not found: ${pfad} (expected the shared folder ../shared/data/sepa)`);
  return pfad;
}

/**
 * Validates an XML file or string against an XSD with libxml2's xmllint. Fails (never skips) when
 * xmllint is missing: the XSD check is what the issue asks to show.
 */
export function xmllint(
  xsd: string,
  xml: { datei: string } | { text: string },
  befehl = "xmllint",
): { ok: boolean; ausgabe: string } {
  let verzeichnis: string | undefined;
  let datei: string;
  if ("datei" in xml) {
    datei = xml.datei;
  } else {
    verzeichnis = mkdtempSync(join(tmpdir(), "sepa-xmllint-"));
    datei = join(verzeichnis, "dokument.xml");
    writeFileSync(datei, xml.text, "utf8");
  }
  try {
    const r = spawnSync(befehl, ["--noout", "--nonet", "--schema", schema(xsd), datei], {
      encoding: "utf8",
    });
    if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        "xmllint is not installed: install libxml2-utils (Debian/Ubuntu: apt-get install libxml2-utils) to run the XSD checks.",
      );
    }
    if (r.error) throw r.error;
    return { ok: r.status === 0, ausgabe: `${r.stdout}${r.stderr}` };
  } finally {
    if (verzeichnis) rmSync(verzeichnis, { recursive: true, force: true });
  }
}
