import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { istAblageSchluessel } from "../types.ts";

/**
 * Where uploaded files are kept: local disk or an S3-compatible object store. Never a public
 * folder: files leave the store only through the app, which checks who may see them. Keys come
 * from ids (`antraege/<uuid>/anlage-1`), never from the user's file name.
 */
export interface Dateiablage {
  /** Stores `bytes` under `schluessel`, replacing what was there. */
  speichere(schluessel: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `schluessel`, or `null` when there are none. */
  lade(schluessel: string): Promise<Uint8Array | null>;
  /** Removes `schluessel`; nothing happens when it does not exist. */
  loesche(schluessel: string): Promise<void>;
}

/** A key that is not of the form ABLAGE_SCHLUESSEL (a programming error, not a user's). */
export class UngueltigerSchluessel extends Error {
  override readonly name = "UngueltigerSchluessel";
  constructor(readonly schluessel: string) {
    super(`invalid storage key: ${JSON.stringify(schluessel.slice(0, 100))}`);
  }
}

export function pruefeSchluessel(schluessel: string): void {
  if (!istAblageSchluessel(schluessel)) throw new UngueltigerSchluessel(String(schluessel));
}

/**
 * Files under `verzeichnis` (by default `.data/dateien/`, outside every public folder), one file
 * per key (`a/b/c` → `<verzeichnis>/a/b/c`), mode 0600. Writes go to a temporary file in the same
 * directory and are renamed into place, so a reader sees the old or the new file, never a part.
 */
export function lokaleAblage(verzeichnis: string): Dateiablage {
  const wurzel = path.resolve(verzeichnis);
  const pfad = (schluessel: string) => {
    pruefeSchluessel(schluessel);
    const voll = path.resolve(wurzel, ...schluessel.split("/"));
    // The key pattern already excludes `..` and absolute paths; this guards against change.
    if (!voll.startsWith(wurzel + path.sep)) throw new UngueltigerSchluessel(schluessel);
    return voll;
  };
  return {
    async speichere(schluessel, bytes) {
      const ziel = pfad(schluessel);
      await mkdir(path.dirname(ziel), { recursive: true, mode: 0o700 });
      // Keys have no dots, so a temporary name with dots never collides with a key.
      const temp = `${ziel}.${randomBytes(8).toString("hex")}.tmp`;
      try {
        await writeFile(temp, bytes, { mode: 0o600, flag: "wx" });
        await rename(temp, ziel);
      } catch (err) {
        await unlink(temp).catch(() => {});
        throw err;
      }
    },
    async lade(schluessel) {
      try {
        return new Uint8Array(await readFile(pfad(schluessel)));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "EISDIR") return null;
        throw err;
      }
    },
    async loesche(schluessel) {
      const ziel = pfad(schluessel);
      await rm(ziel, { force: true });
    },
  };
}
