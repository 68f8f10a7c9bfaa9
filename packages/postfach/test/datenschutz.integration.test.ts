import { konto, mitgliedschaft, organisation } from "@portal/auth/schema";
import { exportiereKonto, loescheKonto } from "@portal/auth/server";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { nachricht, nachrichtAnhang } from "../src/schema.ts";
import { exportiereNachrichten, sendeNachricht } from "../src/services/nachricht.ts";

// The account's export and deletion live in @portal/auth, the messages here: this checks across
// the two that the copy of one's data holds the Postfach as the web app composes it (GDPR Art.
// 15, 20), and that the foreign keys (nachricht.konto_id, nachricht_anhang.nachricht_id, both ON
// DELETE CASCADE) leave nothing of a deleted account in the Postfach (Art. 17).

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const post = async () => {};
const ABSENDER = { oeSchluessel: "oe:stadt-leipzig", name: "Stadt Leipzig" };

let n = 0;
async function neuesKonto() {
  const [row] = await db
    .insert(konto)
    .values({ email: `weg${++n}@example.org`, emailBestaetigtAm: new Date() })
    .returning();
  if (!row) throw new Error("no konto");
  return row;
}

async function sende(an: { kontoId: string } | { organisationId: string }) {
  const antwort = await sendeNachricht(
    db,
    {
      an,
      absender: ABSENDER,
      betreff: "Bescheid",
      text: "Inhalt",
      anhaenge: [
        { dateiname: "Bescheid.pdf", medientyp: "application/pdf", inhalt: Buffer.from("%PDF-1") },
      ],
    },
    { post },
  );
  if (!antwort.ok) throw new Error(JSON.stringify(antwort.fehler));
  return antwort.id;
}

describe("deleting an account", () => {
  it("deletes its messages and their attachments, and those of an organisation it was alone in", async () => {
    const weg = await neuesKonto();
    const bleibt = await neuesKonto();
    const [allein] = await db
      .insert(organisation)
      .values({ name: "Ein-Personen-Verein", art: "verein" })
      .returning();
    if (!allein) throw new Error("no organisation");
    await db
      .insert(mitgliedschaft)
      .values({ organisationId: allein.id, kontoId: weg.id, rolle: "inhaber" });

    const eigene = [await sende({ kontoId: weg.id }), await sende({ kontoId: weg.id })];
    const derOrganisation = await sende({ organisationId: allein.id });
    const fremde = await sende({ kontoId: bleibt.id });
    const geloeschte = [...eigene, derOrganisation];

    expect(await loescheKonto(db, { kontoId: weg.id, bestaetigt: true }, { post })).toEqual({
      ok: true,
    });

    expect(await db.select().from(nachricht).where(eq(nachricht.kontoId, weg.id))).toEqual([]);
    expect(
      await db
        .select({ id: nachricht.id })
        .from(nachricht)
        .where(inArray(nachricht.id, geloeschte)),
    ).toEqual([]);
    expect(
      await db
        .select({ id: nachrichtAnhang.id })
        .from(nachrichtAnhang)
        .where(inArray(nachrichtAnhang.nachrichtId, geloeschte)),
    ).toEqual([]);
    // Someone else's Postfach is untouched.
    expect(
      await db.select({ id: nachricht.id }).from(nachricht).where(eq(nachricht.id, fremde)),
    ).toHaveLength(1);
    expect(
      await db
        .select({ id: nachrichtAnhang.id })
        .from(nachrichtAnhang)
        .where(eq(nachrichtAnhang.nachrichtId, fremde)),
    ).toHaveLength(1);
  });
});

describe("the copy of one's data", () => {
  it("holds the account's messages with their attachments named, not their content", async () => {
    const k = await neuesKonto();
    const id = await sende({ kontoId: k.id });
    const daten = await exportiereKonto(
      db,
      { kontoId: k.id },
      { nachrichten: await exportiereNachrichten(db, { kontoId: k.id }) },
    );
    expect(daten?.nachrichten).toEqual([
      expect.objectContaining({
        id,
        absenderName: "Stadt Leipzig",
        betreff: "Bescheid",
        text: "Inhalt",
        anhaenge: [
          {
            id: expect.any(String),
            dateiname: "Bescheid.pdf",
            medientyp: "application/pdf",
            groesse: 6,
          },
        ],
      }),
    ]);
    expect(JSON.stringify(daten)).not.toContain("%PDF");
  });
});
