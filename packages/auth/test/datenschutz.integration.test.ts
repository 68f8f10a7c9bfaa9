import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { konto, mitgliedschaft, organisation } from "../src/schema.ts";
import { exportiereKonto } from "../src/services/datenschutz.ts";
import { speichereProfil } from "../src/services/profil.ts";
import { beginneSitzung } from "../src/services/sitzung.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

describe("exportiereKonto", () => {
  it("holds the account's data without secrets, and the parts of other domains", async () => {
    const [k] = await db
      .insert(konto)
      .values({ email: "export@example.org", sprache: "de", passwortHash: "$argon2id$geheim" })
      .returning();
    if (!k) throw new Error("no konto");
    await speichereProfil(db, { kontoId: k.id, profil: { vorname: "Zoë" }, ags: null });
    await beginneSitzung(db, {
      kontoId: k.id,
      geraet: "Firefox",
      bereich: "buergerkonto",
      vertrauensniveau: "niedrig",
    });
    const [org] = await db
      .insert(organisation)
      .values({ name: "Verein Elbwiesen", art: "verein" })
      .returning();
    if (!org) throw new Error("no organisation");
    await db
      .insert(mitgliedschaft)
      .values({ organisationId: org.id, kontoId: k.id, rolle: "inhaber" });

    const daten = await exportiereKonto(db, { kontoId: k.id }, { nachrichten: [{ betreff: "x" }] });
    expect(daten?.konto).toMatchObject({ email: "export@example.org", passwortGesetzt: true });
    expect(JSON.stringify(daten)).not.toContain("geheim");
    expect(daten?.profil?.vorname).toBe("Zoë");
    expect(daten?.sitzungen).toHaveLength(1);
    expect(daten?.mitgliedschaften).toEqual([
      expect.objectContaining({ organisation: "Verein Elbwiesen", rolle: "inhaber" }),
    ]);
    expect(daten?.mitarbeiter).toBeNull();
    expect(daten).toMatchObject({ nachrichten: [{ betreff: "x" }] });
  });

  it("is undefined for an unknown account", async () => {
    expect(
      await exportiereKonto(db, { kontoId: "00000000-0000-4000-8000-000000000000" }),
    ).toBeUndefined();
  });
});
