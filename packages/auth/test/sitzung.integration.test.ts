import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { konto, sicherheitsereignis, sitzung } from "../src/schema.ts";
import { kontoSchluessel } from "../src/services/grenzen.ts";
import { protokolliere } from "../src/services/protokoll.ts";
import {
  beendeAlleSitzungen,
  beendeSitzung,
  beendeSitzungVonKonto,
  beginneSitzung,
  listeSitzungen,
  pruefeSitzung,
} from "../src/services/sitzung.ts";
import { tokenId } from "../src/services/token.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

let zaehler = 0;
async function neuesKonto() {
  const [row] = await db
    .insert(konto)
    .values({ email: `sitzung${++zaehler}@example.org`, emailBestaetigtAm: new Date() })
    .returning();
  return row!;
}

const t0 = new Date("2026-03-02T08:00:00Z");
const nach = (minuten: number) => new Date(t0.getTime() + minuten * 60 * 1000);

describe("sessions", () => {
  it("stores only the token's hash and finds the account by the token", async () => {
    const k = await neuesKonto();
    const { token, laeuftAbAm } = await beginneSitzung(db, {
      kontoId: k.id,
      geraet: "Firefox",
      jetzt: t0,
    });
    expect(laeuftAbAm).toEqual(nach(12 * 60));
    const rows = await db.select().from(sitzung).where(eq(sitzung.kontoId, k.id));
    expect(rows.map((r) => r.id)).toEqual([tokenId(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await pruefeSitzung(db, { token, jetzt: nach(1) })).toMatchObject({
      konto: { id: k.id, email: k.email, sprache: "de" },
    });
    expect(await pruefeSitzung(db, { token: tokenId(token), jetzt: nach(1) })).toBeNull();
    expect(await pruefeSitzung(db, { token: "", jetzt: nach(1) })).toBeNull();
  });

  it("ends after 30 idle minutes, and activity keeps it alive (written at most once a minute)", async () => {
    const k = await neuesKonto();
    const { token } = await beginneSitzung(db, { kontoId: k.id, jetzt: t0 });
    const aktiv = async () =>
      (
        await db
          .select()
          .from(sitzung)
          .where(eq(sitzung.id, tokenId(token)))
      )[0]?.zuletztAktivAm;

    expect(
      await pruefeSitzung(db, { token, jetzt: new Date(t0.getTime() + 30_000) }),
    ).not.toBeNull();
    expect(await aktiv()).toEqual(t0); // within the minute: no write
    expect(await pruefeSitzung(db, { token, jetzt: nach(29) })).not.toBeNull();
    expect(await aktiv()).toEqual(nach(29));
    expect(await pruefeSitzung(db, { token, jetzt: nach(58) })).not.toBeNull();
    // 30 minutes after the last activity it is over.
    expect(await pruefeSitzung(db, { token, jetzt: nach(88) })).toBeNull();
  });

  it("ends 12 hours after it began, however active", async () => {
    const k = await neuesKonto();
    const { token } = await beginneSitzung(db, { kontoId: k.id, jetzt: t0 });
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      expect(await pruefeSitzung(db, { token, jetzt: nach(minute) })).not.toBeNull();
    }
    expect(await pruefeSitzung(db, { token, jetzt: nach(12 * 60) })).toBeNull();
  });

  it("ends on sign-out, and everywhere except the asking session", async () => {
    const k = await neuesKonto();
    const a = await beginneSitzung(db, { kontoId: k.id });
    const b = await beginneSitzung(db, { kontoId: k.id });
    const c = await beginneSitzung(db, { kontoId: k.id });
    await beendeSitzung(db, { token: a.token });
    expect(await pruefeSitzung(db, { token: a.token })).toBeNull();
    expect(await pruefeSitzung(db, { token: b.token })).not.toBeNull();
    expect(await beendeAlleSitzungen(db, { kontoId: k.id, ausserToken: c.token })).toBe(1);
    expect(await pruefeSitzung(db, { token: b.token })).toBeNull();
    expect(await pruefeSitzung(db, { token: c.token })).not.toBeNull();
    expect(await beendeAlleSitzungen(db, { kontoId: k.id })).toBe(1);
    expect(await pruefeSitzung(db, { token: c.token })).toBeNull();
    // Signing out with an unknown or already ended token does nothing.
    await beendeSitzung(db, { token: "unbekannt" });
    await beendeSitzung(db, { token: a.token });
  });

  it("lists only an account's own live sessions, and ends only its own", async () => {
    const anna = await neuesKonto();
    const bert = await neuesKonto();
    const annaHier = await beginneSitzung(db, {
      kontoId: anna.id,
      geraet: "Anna Firefox",
      jetzt: t0,
    });
    await beginneSitzung(db, { kontoId: anna.id, geraet: "Anna Handy", jetzt: nach(5) });
    const annaAlt = await beginneSitzung(db, {
      kontoId: anna.id,
      geraet: "Anna alt",
      jetzt: nach(-60),
    });
    const bertS = await beginneSitzung(db, { kontoId: bert.id, geraet: "Bert", jetzt: t0 });

    const liste = await listeSitzungen(db, {
      kontoId: anna.id,
      aktuellerToken: annaHier.token,
      jetzt: nach(10),
    });
    expect(liste.map((s) => [s.geraet, s.aktuell])).toEqual([
      ["Anna Handy", false],
      ["Anna Firefox", true],
    ]);
    expect(liste.map((s) => s.id)).not.toContain(tokenId(annaAlt.token)); // idle for 70 minutes
    expect(JSON.stringify(liste)).not.toContain("Bert");
    expect(
      (await listeSitzungen(db, { kontoId: bert.id, jetzt: nach(10) })).map((s) => s.geraet),
    ).toEqual(["Bert"]);

    // Anna cannot end Bert's session with its id, only her own.
    expect(
      await beendeSitzungVonKonto(db, {
        kontoId: anna.id,
        sitzungId: tokenId(bertS.token),
        jetzt: nach(10),
      }),
    ).toBe(false);
    expect(await pruefeSitzung(db, { token: bertS.token, jetzt: nach(10) })).not.toBeNull();
    const handy = liste[0]!.id;
    expect(
      await beendeSitzungVonKonto(db, { kontoId: anna.id, sitzungId: handy, jetzt: nach(10) }),
    ).toBe(true);
    expect(
      (await listeSitzungen(db, { kontoId: anna.id, jetzt: nach(11) })).map((s) => s.geraet),
    ).toEqual(["Anna Firefox"]);
  });

  it("keeps at most 200 characters of the user agent", async () => {
    const k = await neuesKonto();
    await beginneSitzung(db, { kontoId: k.id, geraet: `${"🦊".repeat(150)}${"x".repeat(100)}` });
    const [row] = await db.select().from(sitzung).where(eq(sitzung.kontoId, k.id));
    expect([...(row?.geraet ?? "")]).toHaveLength(200);
  });

  it("goes with its account when the account is deleted", async () => {
    const k = await neuesKonto();
    const { token } = await beginneSitzung(db, { kontoId: k.id });
    await protokolliere(db, { kontoId: k.id, art: "angemeldet" });
    await db.delete(konto).where(eq(konto.id, k.id));
    expect(await pruefeSitzung(db, { token })).toBeNull();
    // The security log outlives the account.
    expect(
      await db.select().from(sicherheitsereignis).where(eq(sicherheitsereignis.kontoId, k.id)),
    ).toHaveLength(1);
  });
});

/** The database's own message of a failed statement (drizzle wraps it as the cause). */
async function fehlerVon(anweisung: PromiseLike<unknown>): Promise<string> {
  try {
    await anweisung;
  } catch (error) {
    const e = error as Error & { cause?: Error };
    return e.cause?.message ?? e.message;
  }
  throw new Error("the statement succeeded");
}

describe("the security log", () => {
  it("takes new events and refuses UPDATE, DELETE and TRUNCATE", async () => {
    await protokolliere(db, {
      kontoId: null,
      art: "anmeldung-fehlgeschlagen",
      details: { grund: "falsch" },
    });
    const [row] = await db.select().from(sicherheitsereignis).limit(1);
    expect(row).toBeDefined();
    expect(
      await fehlerVon(
        db
          .update(sicherheitsereignis)
          .set({ art: "angemeldet" })
          .where(eq(sicherheitsereignis.id, row!.id)),
      ),
    ).toMatch(/append-only/);
    expect(
      await fehlerVon(db.delete(sicherheitsereignis).where(eq(sicherheitsereignis.id, row!.id))),
    ).toMatch(/append-only/);
    expect(await fehlerVon(db.execute(sql`truncate sicherheitsereignis`))).toMatch(/append-only/);
    expect(await fehlerVon(db.execute(sql`delete from sicherheitsereignis`))).toMatch(
      /append-only/,
    );
    const [danach] = await db
      .select()
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.id, row!.id));
    expect(danach).toEqual(row);
  });
});

describe("kontoSchluessel", () => {
  it("is one keyed pseudonym per address, however typed, and contains no address", async () => {
    const schluessel = await kontoSchluessel(db, "Zoe@Example.org");
    expect(schluessel).toBe(await kontoSchluessel(db, " zoe@example.org "));
    expect(schluessel).not.toBe(await kontoSchluessel(db, "zoe@example.com"));
    expect(schluessel).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Long addresses differ even where only the end does.
    const a = `${"a".repeat(200)}1@example.org`;
    const b = `${"a".repeat(200)}2@example.org`;
    expect(await kontoSchluessel(db, a)).not.toBe(await kontoSchluessel(db, b));
  });
});
