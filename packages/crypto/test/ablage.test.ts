import { chmod, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dateiSchluesselablage,
  entschluessele,
  erzeugeFuerOes,
  SchluesselFehlt,
  verschluessele,
} from "../src/server.ts";

let dir: string;
const OES = ["oe:stadt-leipzig", "gv-14612000"];
// 2048 bits keep the test quick; the size is erzeugeSchluesselpaar's concern (jwe.test.ts).
const schnell = { modulusBits: 2048 };

beforeAll(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), "portal-crypto-")), "schluessel");
});
afterAll(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

describe("erzeugeFuerOes and dateiSchluesselablage", () => {
  it("writes one pair per OE, the private key with mode 0600, and keeps keys on a rerun", async () => {
    const erst = await erzeugeFuerOes(dir, OES, schnell);
    expect(erst["oe:stadt-leipzig"]?.neu).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([
      "gv-14612000.private.jwk.json",
      "gv-14612000.public.jwk.json",
      "oe%3Astadt-leipzig.private.jwk.json",
      "oe%3Astadt-leipzig.public.jwk.json",
    ]);
    const modus = (await stat(path.join(dir, "gv-14612000.private.jwk.json"))).mode & 0o777;
    expect(modus).toBe(0o600);

    const wieder = await erzeugeFuerOes(dir, [...OES, "oe:finanzamt-dresden"], schnell);
    expect(wieder["oe:stadt-leipzig"]).toEqual({ kid: erst["oe:stadt-leipzig"]?.kid, neu: false });
    expect(wieder["oe:finanzamt-dresden"]?.neu).toBe(true);
  });

  it("encrypts with the OE's public key and decrypts with its private key; another OE's fails", async () => {
    const ablage = dateiSchluesselablage(dir);
    const jwe = await verschluessele(
      "Antwort",
      await ablage.oeffentlicherSchluessel("oe:stadt-leipzig"),
    );
    const klar = await entschluessele(jwe, await ablage.privaterSchluessel("oe:stadt-leipzig"));
    expect(new TextDecoder().decode(klar)).toBe("Antwort");
    await expect(
      entschluessele(jwe, await ablage.privaterSchluessel("gv-14612000")),
    ).rejects.toMatchObject({
      grund: "falscher-schluessel",
    });
    expect(await ablage.oeffentlicherSchluessel("gv-14612000")).not.toHaveProperty("d");
  });

  it("says SchluesselFehlt for an unknown OE and for a directory with public keys only", async () => {
    const ablage = dateiSchluesselablage(dir);
    await expect(ablage.oeffentlicherSchluessel("oe:unbekannt")).rejects.toBeInstanceOf(
      SchluesselFehlt,
    );
    await rm(path.join(dir, "oe%3Afinanzamt-dresden.private.jwk.json"));
    await expect(ablage.privaterSchluessel("oe:finanzamt-dresden")).rejects.toBeInstanceOf(
      SchluesselFehlt,
    );
  });

  it("refuses OE keys that would leave the directory", async () => {
    const ablage = dateiSchluesselablage(dir);
    for (const oe of ["../etc/passwd", "..", "a/b", "a\\b", "", ".versteckt"]) {
      await expect(ablage.oeffentlicherSchluessel(oe)).rejects.toThrow();
    }
  });

  it.skipIf(process.platform === "win32")(
    "refuses a private key file others may read",
    async () => {
      const datei = path.join(dir, "gv-14612000.private.jwk.json");
      await chmod(datei, 0o644);
      await expect(dateiSchluesselablage(dir).privaterSchluessel("gv-14612000")).rejects.toThrow(
        /chmod 600/,
      );
      await chmod(datei, 0o600);
    },
  );
});
