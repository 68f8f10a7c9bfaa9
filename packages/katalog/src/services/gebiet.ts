import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "@portal/db/client";
import { gemeinde, kreis, ortsteil, postleitzahl, verband } from "../schema.ts";
import type { GemeindeSeed } from "../types.ts";
import { namensformen, normalizeOrtsname } from "./ortsname.ts";

// Not `new URL("../…/seed/geo/", import.meta.url)`: Turbopack takes that for an asset reference
// and fails the web app's build on the directory (the app bundles this module through server.ts,
// though only the stack calls it).
const seedDir = join(dirname(fileURLToPath(import.meta.url)), "../../../../seed/geo/");
const read = <T>(file: string): T[] => JSON.parse(readFileSync(`${seedDir}${file}`, "utf8")) as T[];

/**
 * Loads the geographic reference data (seed/geo, built from the official Saxon data) in one
 * transaction. Idempotent: the tables are replaced as a whole, so a changed seed file simply wins.
 */
export async function seedGebiet(db: Db): Promise<{ gemeinden: number }> {
  const gemeinden = read<GemeindeSeed>("gemeinden.json");
  const chunk = <T>(rows: T[], size = 1000) =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
      rows.slice(i * size, (i + 1) * size),
    );
  await db.transaction(async (tx) => {
    await tx.delete(ortsteil);
    await tx.delete(postleitzahl);
    await tx.delete(gemeinde);
    await tx.delete(verband);
    await tx.delete(kreis);
    await tx.insert(kreis).values(read<typeof kreis.$inferInsert>("kreise.json"));
    await tx.insert(verband).values(read<typeof verband.$inferInsert>("verbaende.json"));
    await tx.insert(gemeinde).values(
      gemeinden.map((g) => ({
        ...g,
        suchname: normalizeOrtsname(g.name),
        // "Seiffen/Erzgeb., Kurort" is how the official name writes "Seiffen/Erzgeb.".
        namensformen: [...new Set([...namensformen(g.name), ...namensformen(g.amtlicherName)])],
      })),
    );
    for (const rows of chunk(read<{ plz: string; ags: string; ort: string }>("plz.json"))) {
      await tx.insert(postleitzahl).values(rows);
    }
    for (const rows of chunk(read<{ ags: string; name: string }>("ortsteile.json"))) {
      await tx
        .insert(ortsteil)
        .values(
          rows.map((o) => ({
            ...o,
            suchname: normalizeOrtsname(o.name),
            namensformen: namensformen(o.name),
          })),
        )
        .onConflictDoNothing();
    }
  });
  return { gemeinden: gemeinden.length };
}
