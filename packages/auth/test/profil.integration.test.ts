import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { konto } from "../src/schema.ts";
import { ladeProfil, speichereProfil } from "../src/services/profil.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const neuesKonto = async (email: string) => {
  const [row] = await db.insert(konto).values({ email, sprache: "de" }).returning();
  if (!row) throw new Error("no konto");
  return row.id;
};

describe("ladeProfil / speichereProfil", () => {
  it("stores, overwrites and clears the profile of one account only", async () => {
    const kontoId = await neuesKonto("profil1@example.org");
    const anderes = await neuesKonto("profil2@example.org");
    expect(await ladeProfil(db, { kontoId })).toBeUndefined();

    await speichereProfil(db, {
      kontoId,
      profil: { vorname: "Zoë", plz: "01067", ort: "Dresden", geburtsdatum: "1980-02-29" },
      ags: "14612000",
    });
    expect(await ladeProfil(db, { kontoId })).toMatchObject({
      vorname: "Zoë",
      plz: "01067",
      ags: "14612000",
      geburtsdatum: "1980-02-29",
    });

    await speichereProfil(db, { kontoId, profil: { nachname: "Müller" }, ags: "14612000" });
    expect(await ladeProfil(db, { kontoId })).toMatchObject({
      vorname: null,
      nachname: "Müller",
      plz: null,
      ags: null,
    });
    expect(await ladeProfil(db, { kontoId: anderes })).toBeUndefined();
  });
});
