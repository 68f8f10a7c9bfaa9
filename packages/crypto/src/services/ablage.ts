import "server-only";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type OeffentlicherSchluessel,
  oeffentlicherJwkSchema,
  oeSchluesselSchema,
  type PrivaterSchluessel,
  privaterJwkSchema,
} from "../types.ts";
import { erzeugeSchluesselpaar } from "./jwe.ts";

/**
 * Where the key pairs of the Organisationseinheiten are kept. The portal (citizen side) needs
 * only `oeffentlicherSchluessel`; `privaterSchluessel` is for the back office alone. In
 * production the private keys exist only on the back office's hosts (a directory that only its
 * user can read, named by CRYPTO_SCHLUESSEL_VERZEICHNIS; a KMS/HSM implementation of this
 * interface later): the web app's copy of the directory holds the `*.public.jwk.json` files only.
 */
export interface Schluesselablage {
  /** The public key of `oe`; throws SchluesselFehlt when there is none. */
  oeffentlicherSchluessel(oe: string): Promise<OeffentlicherSchluessel>;
  /** The private key of `oe`; throws SchluesselFehlt when there is none (e.g. on the portal). */
  privaterSchluessel(oe: string): Promise<PrivaterSchluessel>;
}

/** No key of that kind for that Organisationseinheit in this keystore. */
export class SchluesselFehlt extends Error {
  override readonly name = "SchluesselFehlt";
  constructor(
    readonly oe: string,
    readonly art: "oeffentlich" | "privat",
  ) {
    super(`no ${art === "privat" ? "private" : "public"} key for ${oe}`);
  }
}

// OE keys hold `:` (`oe:stadt-leipzig`), which Windows does not allow in file names; percent
// encoding keeps the mapping one-to-one (no two OEs share a file).
const dateiname = (oe: string, art: "public" | "private") =>
  `${encodeURIComponent(oeSchluesselSchema.parse(oe))}.${art}.jwk.json`;

const posix = process.platform !== "win32";

async function liesJson(datei: string): Promise<unknown | undefined> {
  try {
    return JSON.parse(await readFile(datei, "utf8"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half a key. */
async function schreibeAtomar(datei: string, inhalt: string, modus: number): Promise<void> {
  const temp = `${datei}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temp, inhalt, { mode: modus, flag: "wx" });
    await chmod(temp, modus); // the umask may have taken bits away; never added any
    await rename(temp, datei);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}

/**
 * A keystore in a directory: `<dir>/<oe>.public.jwk.json` and `<dir>/<oe>.private.jwk.json`
 * (mode 0600; `<oe>` percent-encoded, so `oe:stadt-leipzig` is `oe%3Astadt-leipzig`).
 * A private key file that group or others may read is refused (as ssh does), on POSIX systems.
 */
export function dateiSchluesselablage(verzeichnis: string): Schluesselablage {
  return {
    async oeffentlicherSchluessel(oe) {
      const json = await liesJson(path.join(verzeichnis, dateiname(oe, "public")));
      if (json === undefined) throw new SchluesselFehlt(oe, "oeffentlich");
      return oeffentlicherJwkSchema.parse(json);
    },
    async privaterSchluessel(oe) {
      const datei = path.join(verzeichnis, dateiname(oe, "private"));
      const json = await liesJson(datei);
      if (json === undefined) throw new SchluesselFehlt(oe, "privat");
      if (posix && ((await stat(datei)).mode & 0o077) !== 0) {
        throw new Error(`private key file ${datei} is readable by others; chmod 600 it`);
      }
      return privaterJwkSchema.parse(json);
    },
  };
}

/**
 * Makes a key pair for each Organisationseinheit in `oes` that has none yet in `verzeichnis`
 * (for the seed and for provisioning a new authority). Existing keys are kept: rerunning the
 * seed must not make earlier ciphertexts unreadable. Returns the kid of each OE's public key.
 */
export async function erzeugeFuerOes(
  verzeichnis: string,
  oes: readonly string[],
  optionen: { modulusBits?: number } = {},
): Promise<Record<string, { kid: string; neu: boolean }>> {
  await mkdir(verzeichnis, { recursive: true, mode: 0o700 });
  const ablage = dateiSchluesselablage(verzeichnis);
  const ergebnis: Record<string, { kid: string; neu: boolean }> = {};
  for (const oe of oes) {
    const vorhanden = await ablage.oeffentlicherSchluessel(oe).catch((err: unknown) => {
      if (err instanceof SchluesselFehlt) return undefined;
      throw err;
    });
    if (vorhanden) {
      ergebnis[oe] = { kid: vorhanden.kid, neu: false };
      continue;
    }
    const paar = await erzeugeSchluesselpaar(optionen);
    // Private first: a public key on disk means its private key is there too.
    await schreibeAtomar(
      path.join(verzeichnis, dateiname(oe, "private")),
      `${JSON.stringify(paar.privat, null, 2)}\n`,
      0o600,
    );
    await schreibeAtomar(
      path.join(verzeichnis, dateiname(oe, "public")),
      `${JSON.stringify(paar.oeffentlich, null, 2)}\n`,
      0o644,
    );
    ergebnis[oe] = { kid: paar.kid, neu: true };
  }
  return ergebnis;
}
