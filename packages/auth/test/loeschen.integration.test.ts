import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { konto, mitgliedschaft, organisation, sicherheitsereignis } from "../src/schema.ts";
import { loescheKonto, zeigeLoeschfolgen } from "../src/services/datenschutz.ts";
import { hashePasswort } from "../src/services/passwort.ts";
import { speichereProfil } from "../src/services/profil.ts";
import { beginneSitzung } from "../src/services/sitzung.ts";
import type { Mail } from "../src/types.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const PASSWORT = "Ein Satz, den nur ich kenne 🦊";
let n = 0;
async function neuesKonto(mitPasswort = true) {
  const [k] = await db
    .insert(konto)
    .values({
      email: `loeschen${++n}@example.org`,
      sprache: "de",
      passwortHash: mitPasswort ? await hashePasswort(PASSWORT) : null,
    })
    .returning();
  if (!k) throw new Error("no konto");
  return k;
}
async function neueOrganisation() {
  const [o] = await db.insert(organisation).values({ name: "Verein", art: "verein" }).returning();
  if (!o) throw new Error("no organisation");
  return o.id;
}

/** Rows of every table with a konto_id column (sicherheitsereignis keeps the id on purpose). */
async function verweise(kontoId: string) {
  const tabellen = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.columns
        where column_name = 'konto_id' and table_schema = current_schema()
          and table_name <> 'sicherheitsereignis'`,
  );
  const treffer: string[] = [];
  for (const { table_name } of tabellen.rows) {
    const r = await db.execute(
      sql`select 1 from ${sql.identifier(table_name)} where konto_id = ${kontoId} limit 1`,
    );
    if (r.rows.length) treffer.push(table_name);
  }
  return { tabellen: tabellen.rows.map((t) => t.table_name), treffer };
}

describe("loescheKonto", () => {
  it("refuses a wrong password, then deletes everything with the right one", async () => {
    const k = await neuesKonto();
    await speichereProfil(db, { kontoId: k.id, profil: { vorname: "Zoë" }, ags: null });
    await beginneSitzung(db, {
      kontoId: k.id,
      geraet: "x",
      bereich: "buergerkonto",
      vertrauensniveau: "niedrig",
    });
    const allein = await neueOrganisation();
    await db
      .insert(mitgliedschaft)
      .values({ organisationId: allein, kontoId: k.id, rolle: "inhaber" });
    const mails: Mail[] = [];
    const post = async (m: Mail) => void mails.push(m);

    expect(await loescheKonto(db, { kontoId: k.id, passwort: "falsch" }, { post })).toEqual({
      ok: false,
      grund: "passwort-falsch",
    });
    expect(await loescheKonto(db, { kontoId: k.id, passwort: PASSWORT }, { post })).toEqual({
      ok: true,
    });
    const { tabellen, treffer } = await verweise(k.id);
    expect(tabellen).toEqual(expect.arrayContaining(["sitzung", "profil", "mitgliedschaft"]));
    expect(treffer).toEqual([]);
    expect(await db.select().from(organisation).where(eq(organisation.id, allein))).toEqual([]);
    const log = await db
      .select()
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.kontoId, k.id));
    expect(log.map((e) => e.art)).toContain("konto-geloescht");
    expect(mails.map((m) => m.an)).toEqual([k.email]);
  });

  it("asks an eID-only account for its confirmation", async () => {
    const k = await neuesKonto(false);
    const post = async () => {};
    expect(await loescheKonto(db, { kontoId: k.id }, { post })).toEqual({
      ok: false,
      grund: "bestaetigung-fehlt",
    });
    expect(await loescheKonto(db, { kontoId: k.id, bestaetigt: true }, { post })).toEqual({
      ok: true,
    });
  });

  it("tells beforehand what goes with the account and what stops it", async () => {
    const k = await neuesKonto(false);
    const andere = await neuesKonto();
    const allein = await neueOrganisation();
    const geteilt = await neueOrganisation();
    const mitZweitemInhaber = await neueOrganisation();
    await db.insert(mitgliedschaft).values([
      { organisationId: allein, kontoId: k.id, rolle: "inhaber" },
      { organisationId: geteilt, kontoId: k.id, rolle: "inhaber" },
      { organisationId: geteilt, kontoId: andere.id, rolle: "mitglied" },
      { organisationId: mitZweitemInhaber, kontoId: k.id, rolle: "inhaber" },
      { organisationId: mitZweitemInhaber, kontoId: andere.id, rolle: "inhaber" },
    ]);
    expect(await zeigeLoeschfolgen(db, { kontoId: k.id })).toEqual({
      passwortGesetzt: false,
      emailGesetzt: true,
      organisationenAllein: [{ id: allein, name: "Verein" }],
      organisationenBlockiert: [{ id: geteilt, name: "Verein" }],
    });
    expect((await zeigeLoeschfolgen(db, { kontoId: andere.id }))?.passwortGesetzt).toBe(true);
  });

  it("refuses the only owner of an organisation with other members", async () => {
    const inhaber = await neuesKonto();
    const mitglied = await neuesKonto();
    const org = await neueOrganisation();
    await db.insert(mitgliedschaft).values([
      { organisationId: org, kontoId: inhaber.id, rolle: "inhaber" },
      { organisationId: org, kontoId: mitglied.id, rolle: "mitglied" },
    ]);
    const post = async () => {};
    expect(await loescheKonto(db, { kontoId: inhaber.id, passwort: PASSWORT }, { post })).toEqual({
      ok: false,
      grund: "einziger-inhaber",
    });
    expect(await db.select().from(konto).where(eq(konto.id, inhaber.id))).toHaveLength(1);
  });
});
