import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lokaleAblage, UngueltigerSchluessel } from "../src/server.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "portal-dateien-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("lokaleAblage", () => {
  it("stores, replaces, loads and deletes a file; absent keys load as null", async () => {
    const ablage = lokaleAblage(path.join(dir, "dateien"));
    const schluessel = "antraege/4f1c2a/anlage-1";
    await ablage.speichere(schluessel, Buffer.from("erste Fassung"));
    await ablage.speichere(schluessel, Buffer.from("zweite Fassung"));
    expect(Buffer.from((await ablage.lade(schluessel)) ?? []).toString()).toBe("zweite Fassung");

    const datei = path.join(dir, "dateien", "antraege", "4f1c2a", "anlage-1");
    if (process.platform !== "win32") expect((await stat(datei)).mode & 0o777).toBe(0o600);
    // The temporary files of the atomic writes are gone.
    expect(await readdir(path.dirname(datei))).toEqual(["anlage-1"]);

    await ablage.loesche(schluessel);
    expect(await ablage.lade(schluessel)).toBeNull();
    await ablage.loesche(schluessel); // idempotent
    expect(await ablage.lade("gibt-es-nicht")).toBeNull();
    expect(await ablage.lade("antraege")).toBeNull(); // a directory is no file
  });

  it("refuses keys that could leave the directory or are not of the key form", async () => {
    const ablage = lokaleAblage(path.join(dir, "dateien"));
    const schlecht = [
      "../ausserhalb",
      "a/../../b",
      "/etc/passwd",
      "..",
      "a\\..\\b",
      "C:/x",
      "a//b",
      "a/",
      "",
      "Gross",
      "datei.pdf",
      "a b",
      "x".repeat(513),
    ];
    for (const s of schlecht) {
      await expect(ablage.speichere(s, Buffer.from("x"))).rejects.toBeInstanceOf(
        UngueltigerSchluessel,
      );
      await expect(ablage.lade(s)).rejects.toBeInstanceOf(UngueltigerSchluessel);
      await expect(ablage.loesche(s)).rejects.toBeInstanceOf(UngueltigerSchluessel);
    }
    expect(await readdir(dir)).not.toContain("ausserhalb");
  });
});
