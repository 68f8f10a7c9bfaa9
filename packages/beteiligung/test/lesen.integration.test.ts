import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { beitrag } from "../src/schema.ts";
import { reicheBeitragEin } from "../src/services/beitrag.ts";
import { bewerte } from "../src/services/bewertung.ts";
import {
  moderationsliste,
  type OeffentlicherBeitrag,
  oeffentlicheBeitraege,
  statistik,
} from "../src/services/lesen.ts";
import { melde } from "../src/services/meldung.ts";
import { moderiere } from "../src/services/moderation.ts";
import { MITTE, mitKonto, regeln, SPAETER, veroeffentlichterKommentar } from "./hilfen.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const sekunde = (n: number) => new Date(MITTE.getTime() + n * 1000);

describe("oeffentlicheBeitraege", () => {
  it("pages the published public contributions newest first, with stable cursors", async () => {
    const r = regeln();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push(await veroeffentlichterKommentar(db, r, { text: `Nummer ${i}` }, sekunde(i)));
    }
    // Two at the same instant: the id decides their order, and neither is lost between pages.
    ids.push(await veroeffentlichterKommentar(db, r, { text: "gleichzeitig a" }, sekunde(7)));
    ids.push(await veroeffentlichterKommentar(db, r, { text: "gleichzeitig b" }, sekunde(7)));

    const gesehen: string[] = [];
    let nach: string | undefined;
    let seiten = 0;
    do {
      const seite = await oeffentlicheBeitraege(db, { verfahrenId: r.verfahrenId, nach, limit: 2 });
      gesehen.push(...seite.beitraege.map((b) => b.id));
      nach = seite.naechste ?? undefined;
      seiten++;
    } while (nach && seiten < 20);
    expect(seiten).toBe(5);
    expect([...gesehen].sort()).toEqual([...ids].sort());
    expect(new Set(gesehen).size).toBe(ids.length);
    expect(gesehen.slice(2)).toEqual(ids.slice(0, 7).reverse());

    // A cursor that is not ours starts at the beginning; limits are clamped.
    const kaputt = await oeffentlicheBeitraege(db, {
      verfahrenId: r.verfahrenId,
      nach: "' or 1=1 --",
      limit: 1000,
    });
    expect(kaputt.beitraege).toHaveLength(ids.length);
    expect(kaputt.naechste).toBeNull();
  });

  it("pages rows stamped by the database clock too (milliseconds, as the cursor holds them)", async () => {
    const r = regeln();
    const zeilen = await db
      .insert(beitrag)
      .values(
        [1, 2, 3].map((i) => ({
          verfahrenId: r.verfahrenId,
          mandantId: r.mandantId,
          phaseId: "auslegung",
          art: "kommentar" as const,
          text: `Import ${i}`,
          status: "veroeffentlicht" as const,
        })),
      )
      .returning({ id: beitrag.id });
    const gesehen: string[] = [];
    let nach: string | undefined;
    for (let i = 0; i < 5; i++) {
      const seite = await oeffentlicheBeitraege(db, { verfahrenId: r.verfahrenId, nach, limit: 1 });
      gesehen.push(...seite.beitraege.map((b) => b.id));
      if (!seite.naechste) break;
      nach = seite.naechste;
    }
    expect(gesehen.sort()).toEqual(zeilen.map((z) => z.id).sort());
  });

  it("nests public replies, counts ratings per value and shows no account or address", async () => {
    const r = regeln();
    const wurzel = await veroeffentlichterKommentar(db, r, { text: "Wurzel" }, sekunde(0));
    const antwort = await veroeffentlichterKommentar(
      db,
      r,
      { text: "Antwort", elternId: wurzel },
      sekunde(1),
    );
    const tief = await veroeffentlichterKommentar(
      db,
      r,
      { text: "Antwort auf die Antwort", elternId: antwort },
      sekunde(2),
    );
    const versteckt = await veroeffentlichterKommentar(
      db,
      r,
      { text: "wird verborgen", elternId: wurzel },
      sekunde(3),
    );
    await veroeffentlichterKommentar(db, r, { text: "darunter", elternId: versteckt }, sekunde(4));
    await moderiere(db, {
      beitragId: versteckt,
      nach: "verborgen",
      vonKontoId: crypto.randomUUID(),
    });

    for (const [i, wert] of (["zustimmung", "zustimmung", "ablehnung"] as const).entries()) {
      await bewerte(db, { regeln: r, beitragId: wurzel, person: `konto:${i}`, wert, jetzt: MITTE });
    }
    await bewerte(db, {
      regeln: r,
      beitragId: tief,
      person: "konto:x",
      wert: "neutral",
      jetzt: MITTE,
    });

    const { beitraege } = await oeffentlicheBeitraege(db, {
      verfahrenId: r.verfahrenId,
      limit: 10,
    });
    expect(beitraege).toHaveLength(1);
    const [w] = beitraege as [OeffentlicherBeitrag];
    expect(w).toMatchObject({
      id: wurzel,
      text: "Wurzel",
      bewertungen: { zustimmung: 2, neutral: 0, ablehnung: 1 },
      antworten: [
        {
          id: antwort,
          elternId: wurzel,
          bewertungen: { zustimmung: 0, neutral: 0, ablehnung: 0 },
          antworten: [{ id: tief, bewertungen: { neutral: 1 }, antworten: [] }],
        },
      ],
    });
    expect(w.antworten).toHaveLength(1);
    expect(Object.keys(w)).not.toContain("kontoId");
    expect(Object.keys(w)).not.toContain("email");
  });
});

describe("moderationsliste and statistik", () => {
  it("lists what waits and what was hidden in the staff member's procedures, oldest first", async () => {
    const vorab = regeln({ moderation: "vorab" });
    const anderes = regeln({ moderation: "vorab" });
    const neu = async (r: typeof vorab, jetzt: Date) => {
      const a = await reicheBeitragEin(db, {
        regeln: r,
        eingabe: { art: "kommentar", text: "wartet" },
        identitaet: mitKonto(),
        client: "test",
        jetzt,
      });
      if (!a.ok) throw new Error("no");
      return a.beitrag.id;
    };
    const zweiter = await neu(vorab, sekunde(10));
    const erster = await neu(vorab, sekunde(5));
    await neu(anderes, sekunde(1));
    const oeffentlich = await veroeffentlichterKommentar(db, vorab, {}, sekunde(2));
    for (const person of ["konto:1", "konto:2", "konto:3"]) {
      await melde(db, { beitragId: oeffentlich, person });
    }

    const liste = await moderationsliste(db, { verfahrenIds: [vorab.verfahrenId], limit: 10 });
    expect(liste.map((e) => [e.id, e.status, e.meldungen])).toEqual([
      [oeffentlich, "verborgen", 3],
      [erster, "ausstehend", 0],
      [zweiter, "ausstehend", 0],
    ]);
    expect(
      (
        await moderationsliste(db, {
          verfahrenIds: [vorab.verfahrenId],
          status: ["verborgen"],
          limit: 10,
        })
      ).map((e) => e.id),
    ).toEqual([oeffentlich]);
    expect(await moderationsliste(db, { verfahrenIds: [], limit: 10 })).toEqual([]);
    expect(
      await moderationsliste(db, {
        verfahrenIds: [vorab.verfahrenId, anderes.verfahrenId],
        limit: 2,
      }),
    ).toHaveLength(2);
  });

  it("counts a procedure's contributions by phase, kind and state", async () => {
    const r = regeln();
    await veroeffentlichterKommentar(db, r);
    await veroeffentlichterKommentar(db, r);
    const verborgen = await veroeffentlichterKommentar(db, r);
    await moderiere(db, {
      beitragId: verborgen,
      nach: "verborgen",
      vonKontoId: crypto.randomUUID(),
    });
    await reicheBeitragEin(db, {
      regeln: r,
      eingabe: { art: "kartenpunkt", lat: 51.05, lon: 13.74, text: "Hier" },
      identitaet: mitKonto(),
      client: "test",
      jetzt: MITTE,
    });
    await reicheBeitragEin(db, {
      regeln: r,
      eingabe: { art: "stellungnahme", text: "Stellungnahme" },
      identitaet: mitKonto(),
      client: "test",
      jetzt: SPAETER,
      institution: true,
    });
    const s = await statistik(db, { verfahrenId: r.verfahrenId });
    expect(s.gesamt).toBe(5);
    expect(s.nachPhase).toEqual({ auslegung: 4, toeb: 1 });
    expect(s.nachArt).toEqual({ kommentar: 3, kartenpunkt: 1, stellungnahme: 1 });
    expect(s.nachStatus).toEqual({ veroeffentlicht: 4, verborgen: 1 });
    expect(s.zeilen).toContainEqual({
      phaseId: "auslegung",
      art: "kommentar",
      status: "verborgen",
      anzahl: 1,
    });
    expect(await statistik(db, { verfahrenId: "gibt-es-nicht" })).toMatchObject({
      gesamt: 0,
      zeilen: [],
    });
  });
});
