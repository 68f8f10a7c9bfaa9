import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mitarbeiterRolle } from "../src/schema.ts";

const skript = fileURLToPath(new URL("../scripts/mitarbeiter-anlegen.ts", import.meta.url));
const ausfuehren = promisify(execFile);

let db: Database;
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

/** Runs the script as an operator would; resolves with exit code and output. */
async function anlegen(args: string[], passwort?: string) {
  const kind = ausfuehren(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", skript, ...args],
    {
      // biome-ignore lint/style/noProcessEnv: the child gets this test's database and no password variable
      env: { PATH: process.env.PATH, DATABASE_URL: url, NODE_ENV: "test" },
    },
  );
  kind.child.stdin?.end(passwort === undefined ? "" : `${passwort}\n`);
  try {
    const { stdout, stderr } = await kind;
    return { code: 0, stdout, stderr };
  } catch (fehler) {
    const f = fehler as { code: number; stdout: string; stderr: string };
    return { code: f.code, stdout: f.stdout, stderr: f.stderr };
  }
}

describe("scripts/mitarbeiter-anlegen.ts", () => {
  it("creates a staff account with the password from stdin and its roles", async () => {
    const ergebnis = await anlegen(
      [
        "--email",
        "Skript@Dresden.example",
        "--name",
        "Erika Muster",
        "--rolle",
        "gv-14612000:sachbearbeitung",
        "--rolle",
        "lra-14625:admin",
      ],
      "Ein Satz, den nur die Verwaltung kennt",
    );
    expect(ergebnis).toMatchObject({ code: 0 });
    expect(ergebnis.stdout).toMatch(/^created staff account [0-9a-f-]{36}/);
    const rollen = await db.select().from(mitarbeiterRolle);
    expect(rollen.map((r) => `${r.oeSchluessel}:${r.rolle}`).sort()).toEqual([
      "gv-14612000:sachbearbeitung",
      "lra-14625:admin",
    ]);
  });

  it("refuses a weak password and a bad role, and explains its usage", async () => {
    const kurz = await anlegen(
      ["--email", "b@dresden.example", "--name", "B", "--rolle", "gv-14612000:kasse"],
      "zu kurz",
    );
    expect(kurz.code).toBe(1);
    expect(kurz.stderr).toContain("too short");
    const rolle = await anlegen(
      ["--email", "b@dresden.example", "--name", "B", "--rolle", "gv-14612000:chef"],
      "Ein Satz, den nur die Verwaltung kennt",
    );
    expect(rolle.code).toBe(1);
    const ohne = await anlegen(["--email", "b@dresden.example"]);
    expect(ohne.code).toBe(2);
    expect(ohne.stderr).toContain("usage:");
  });
});
