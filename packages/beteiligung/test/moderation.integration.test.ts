import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { beitrag, moderation } from "../src/schema.ts";
import { bestaetigeBeitrag, reicheBeitragEin } from "../src/services/beitrag.ts";
import { moderiere } from "../src/services/moderation.ts";
import { BEITRAGSSTATUS, type Beitragsstatus, MODERATIONSUEBERGAENGE } from "../src/types.ts";
import { kommentarForm, MITTE, mitEmail, regeln } from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const mitarbeiterin = crypto.randomUUID();
const verlauf = (id: string) =>
  db.select().from(moderation).where(eq(moderation.beitragId, id)).orderBy(moderation.zeitpunkt);

/** A contribution of a pre-moderated procedure, waiting ("ausstehend"). */
async function wartender(verfahren = regeln({ moderation: "vorab" })) {
  const antwort = await reicheBeitragEin(db, {
    regeln: verfahren,
    eingabe: { art: "kommentar", text: "Bitte prüfen" },
    identitaet: { art: "konto", kontoId: crypto.randomUUID() },
    client: "test",
    jetzt: MITTE,
  });
  if (!antwort.ok) throw new Error(JSON.stringify(antwort));
  return { id: antwort.beitrag.id, verfahrenId: verfahren.verfahrenId };
}

/** Brings a new contribution into `status` by allowed steps. */
async function imStatus(status: Beitragsstatus): Promise<string> {
  if (status === "unbestaetigt") {
    const a = await reicheBeitragEin(db, {
      regeln: regeln(),
      eingabe: kommentarForm(MITTE),
      identitaet: mitEmail(),
      client: "test",
      jetzt: MITTE,
    });
    if (!a.ok) throw new Error("no");
    return a.beitrag.id;
  }
  const { id } = await wartender();
  const wege: Record<Exclude<Beitragsstatus, "unbestaetigt">, Beitragsstatus[]> = {
    ausstehend: [],
    veroeffentlicht: ["veroeffentlicht"],
    verborgen: ["veroeffentlicht", "verborgen"],
    abgelehnt: ["abgelehnt"],
  };
  for (const nach of wege[status]) {
    const r = await moderiere(db, { beitragId: id, nach, vonKontoId: mitarbeiterin });
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  return id;
}

describe("moderiere", () => {
  it("releases, hides, re-releases and rejects, each with an audit entry in order", async () => {
    const { id } = await wartender();
    const schritte: [Beitragsstatus, Beitragsstatus, string | undefined][] = [
      ["ausstehend", "veroeffentlicht", "Freigabe"],
      ["veroeffentlicht", "verborgen", "Personenbezogene Daten Dritter"],
      ["verborgen", "veroeffentlicht", undefined],
      ["veroeffentlicht", "verborgen", "  "],
      ["verborgen", "abgelehnt", "Beleidigung"],
    ];
    let t = MITTE.getTime();
    for (const [von, nach, notiz] of schritte) {
      t += 1000;
      expect(
        await moderiere(db, {
          beitragId: id,
          nach,
          vonKontoId: mitarbeiterin,
          notiz,
          jetzt: new Date(t),
        }),
      ).toEqual({ ok: true, von, nach });
    }
    const eintraege = await verlauf(id);
    expect(eintraege.map((e) => [e.von, e.nach, e.notiz])).toEqual([
      ["ausstehend", "veroeffentlicht", "Freigabe"],
      ["veroeffentlicht", "verborgen", "Personenbezogene Daten Dritter"],
      ["verborgen", "veroeffentlicht", null],
      ["veroeffentlicht", "verborgen", null],
      ["verborgen", "abgelehnt", "Beleidigung"],
    ]);
    expect(eintraege.every((e) => e.vonKontoId === mitarbeiterin)).toBe(true);
  });

  it("refuses every transition outside the table with a message, and audits nothing", async () => {
    for (const von of BEITRAGSSTATUS) {
      for (const nach of BEITRAGSSTATUS) {
        if (MODERATIONSUEBERGAENGE[von].includes(nach)) continue;
        const id = await imStatus(von);
        const vorher = (await verlauf(id)).length;
        const antwort = await moderiere(db, { beitragId: id, nach, vonKontoId: mitarbeiterin });
        expect(antwort, `${von} → ${nach}`).toMatchObject({
          ok: false,
          fehler: "uebergang",
          meldung: {
            de: expect.stringContaining("kann nicht"),
            en: expect.stringContaining("cannot"),
          },
        });
        expect(await verlauf(id)).toHaveLength(vorher);
      }
    }
  });

  it("does not let staff confirm an e-mail for the contributor", async () => {
    const id = await imStatus("unbestaetigt");
    expect(
      await moderiere(db, { beitragId: id, nach: "veroeffentlicht", vonKontoId: mitarbeiterin }),
    ).toMatchObject({ ok: false, fehler: "uebergang" });
    expect(await bestaetigeBeitrag(db, { token: "falsch", jetzt: MITTE })).toMatchObject({
      ok: false,
    });
  });

  it("decides once when two moderators act at the same time", async () => {
    const { id } = await wartender();
    const [a, b] = await Promise.all([
      moderiere(db, { beitragId: id, nach: "veroeffentlicht", vonKontoId: crypto.randomUUID() }),
      moderiere(db, { beitragId: id, nach: "abgelehnt", vonKontoId: crypto.randomUUID() }),
    ]);
    expect([a, b].filter((x) => x.ok)).toHaveLength(1);
    expect(await verlauf(id)).toHaveLength(1);
  });

  it("keeps staff to their procedures and refuses an overlong note", async () => {
    const { id, verfahrenId } = await wartender();
    expect(
      await moderiere(db, {
        beitragId: id,
        nach: "veroeffentlicht",
        vonKontoId: mitarbeiterin,
        verfahrenIds: ["ein-anderes"],
      }),
    ).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
    expect(
      await moderiere(db, {
        beitragId: id,
        nach: "veroeffentlicht",
        vonKontoId: mitarbeiterin,
        notiz: "x".repeat(2001),
      }),
    ).toMatchObject({ ok: false, fehler: "eingabe" });
    expect(
      await moderiere(db, {
        beitragId: id,
        nach: "veroeffentlicht",
        vonKontoId: mitarbeiterin,
        verfahrenIds: [verfahrenId],
      }),
    ).toMatchObject({ ok: true });
    expect(
      await moderiere(db, {
        beitragId: crypto.randomUUID(),
        nach: "veroeffentlicht",
        vonKontoId: mitarbeiterin,
      }),
    ).toMatchObject({ ok: false, fehler: "nicht-gefunden" });
  });

  it("keeps the trail append-only; it goes only with its contribution", async () => {
    const { id } = await wartender();
    await moderiere(db, { beitragId: id, nach: "veroeffentlicht", vonKontoId: mitarbeiterin });
    await expect(
      db.update(moderation).set({ notiz: "umgeschrieben" }).where(eq(moderation.beitragId, id)),
    ).rejects.toThrow();
    await expect(db.delete(moderation).where(eq(moderation.beitragId, id))).rejects.toThrow();
    expect(await verlauf(id)).toHaveLength(1);
    await db.delete(beitrag).where(eq(beitrag.id, id));
    expect(await verlauf(id)).toEqual([]);
  });
});
