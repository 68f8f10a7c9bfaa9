import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { beitrag, meldung, moderation } from "../src/schema.ts";
import { reicheBeitragEin } from "../src/services/beitrag.ts";
import { melde } from "../src/services/meldung.ts";
import { moderiere } from "../src/services/moderation.ts";
import { MITTE, regeln, STUNDE, veroeffentlichterKommentar } from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const statusVon = async (id: string) =>
  (await db.select({ s: beitrag.status }).from(beitrag).where(eq(beitrag.id, id)))[0]?.s;
const verlauf = (id: string) =>
  db.select().from(moderation).where(eq(moderation.beitragId, id)).orderBy(moderation.zeitpunkt);

describe("melde", () => {
  it("hides a published contribution at the threshold, audited without a staff account", async () => {
    const id = await veroeffentlichterKommentar(db, regeln());
    expect(await melde(db, { beitragId: id, person: "konto:a", grund: "Beleidigung" })).toEqual({
      ok: true,
      gezaehlt: true,
      verborgen: false,
    });
    // The same person again counts once.
    expect(await melde(db, { beitragId: id, person: "konto:a", grund: "nochmal" })).toEqual({
      ok: true,
      gezaehlt: false,
      verborgen: false,
    });
    expect(await melde(db, { beitragId: id, person: "konto:b" })).toMatchObject({
      verborgen: false,
    });
    expect(await statusVon(id)).toBe("veroeffentlicht");
    expect(await melde(db, { beitragId: id, person: "email:c", grund: "Spam" })).toEqual({
      ok: true,
      gezaehlt: true,
      verborgen: true,
    });
    expect(await statusVon(id)).toBe("verborgen");
    expect(await verlauf(id)).toMatchObject([
      {
        vonKontoId: null,
        von: "veroeffentlicht",
        nach: "verborgen",
        notiz: "Meldeschwelle erreicht",
      },
    ]);
    // Later reports are recorded for the review, without a second audit entry.
    expect(await melde(db, { beitragId: id, person: "konto:d" })).toMatchObject({
      ok: true,
      gezaehlt: true,
      verborgen: false,
    });
    expect(await db.select().from(meldung).where(eq(meldung.beitragId, id))).toHaveLength(4);
    expect(await verlauf(id)).toHaveLength(1);
  });

  it("hides once when many report at the same time", async () => {
    const id = await veroeffentlichterKommentar(db, regeln());
    const antworten = await Promise.all(
      Array.from({ length: 12 }, (_, i) => melde(db, { beitragId: id, person: `konto:${i}` })),
    );
    expect(antworten.filter((a) => a.ok && a.verborgen)).toHaveLength(1);
    expect(await statusVon(id)).toBe("verborgen");
    expect(await verlauf(id)).toHaveLength(1);
  });

  it("follows the procedure's own threshold, and counts anew after staff release it", async () => {
    const id = await veroeffentlichterKommentar(db, regeln());
    const schwelle = 2;
    await melde(db, { beitragId: id, person: "konto:a", meldeschwelle: schwelle, jetzt: MITTE });
    expect(
      await melde(db, { beitragId: id, person: "konto:b", meldeschwelle: schwelle, jetzt: MITTE }),
    ).toMatchObject({ verborgen: true });
    const spaeter = new Date(MITTE.getTime() + STUNDE);
    expect(
      await moderiere(db, {
        beitragId: id,
        nach: "veroeffentlicht",
        vonKontoId: crypto.randomUUID(),
        notiz: "Sachliche Kritik",
        jetzt: spaeter,
      }),
    ).toMatchObject({ ok: true });
    const danach = new Date(spaeter.getTime() + STUNDE);
    expect(
      await melde(db, { beitragId: id, person: "konto:c", meldeschwelle: schwelle, jetzt: danach }),
    ).toMatchObject({ gezaehlt: true, verborgen: false });
    expect(await statusVon(id)).toBe("veroeffentlicht");
    expect(
      await melde(db, { beitragId: id, person: "konto:d", meldeschwelle: schwelle, jetzt: danach }),
    ).toMatchObject({ verborgen: true });
  });

  it("refuses what the public cannot see, and an overlong reason", async () => {
    const r = regeln({ moderation: "vorab" });
    const wartend = await reicheBeitragEin(db, {
      regeln: r,
      eingabe: { art: "kommentar", text: "wartet" },
      identitaet: { art: "konto", kontoId: crypto.randomUUID() },
      client: "test",
      jetzt: MITTE,
    });
    if (!wartend.ok) throw new Error("no");
    expect(await melde(db, { beitragId: wartend.beitrag.id, person: "konto:a" })).toMatchObject({
      ok: false,
      fehler: "nicht-gefunden",
    });
    expect(await melde(db, { beitragId: crypto.randomUUID(), person: "konto:a" })).toMatchObject({
      ok: false,
      fehler: "nicht-gefunden",
    });
    const id = await veroeffentlichterKommentar(db, regeln());
    expect(
      await melde(db, { beitragId: id, person: "konto:a", grund: "x".repeat(1001) }),
    ).toMatchObject({ ok: false, fehler: "eingabe" });
    // Reported through another procedure (with its own, lower threshold): not found there.
    expect(
      await melde(db, {
        beitragId: id,
        person: "konto:b",
        meldeschwelle: 1,
        verfahrenId: "anderes",
      }),
    ).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    expect(await statusVon(id)).toBe("veroeffentlicht");
  });
});
