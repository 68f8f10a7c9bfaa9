import { createDb, type Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rateLimitCounter } from "../src/schema.ts";
import { clientKey } from "../src/services/client.ts";
import { consume } from "../src/services/consume.ts";
import { definePolicy } from "../src/types.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const policy = definePolicy({ name: "test-formular", limit: 5, windowSeconds: 3600 });
// 10:15 UTC: the hour's window runs from 10:00 to 11:00.
const t0 = new Date("2026-03-02T10:15:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("consume", () => {
  it("lets exactly `limit` of 20 simultaneous requests through, across connections", async () => {
    // A pool of its own with a connection per request, so the 20 statements really race.
    const wide = createDb(db.$client.options.connectionString ?? "", { max: 20 });
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => consume(wide, policy, "parallel", { now: t0 })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(5);
      expect(results.flatMap((r) => (r.ok ? [r.remaining] : [])).sort((a, b) => a - b)).toEqual([
        0, 1, 2, 3, 4,
      ]);
      const refused = results.filter((r) => !r.ok);
      expect(refused).toHaveLength(15);
      expect(refused[0]).toEqual({
        ok: false,
        retryAfterSeconds: 45 * 60,
        retryAt: new Date("2026-03-02T11:00:00Z"),
      });
    } finally {
      await wide.$client.end();
    }
  });

  it("opens a fresh window when the old one has passed, without sleeping", async () => {
    for (let i = 0; i < 5; i++)
      expect((await consume(db, policy, "expiry", { now: t0 })).ok).toBe(true);
    const refused = await consume(db, policy, "expiry", { now: at(44 * 60 + 59) });
    expect(refused).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(await consume(db, policy, "expiry", { now: at(45 * 60) })).toEqual({
      ok: true,
      remaining: 4,
    });
  });

  it("counts each key and each policy on its own", async () => {
    const other = definePolicy({ name: "test-anderes", limit: 1, windowSeconds: 60 });
    expect(await consume(db, other, "a", { now: t0 })).toEqual({ ok: true, remaining: 0 });
    expect((await consume(db, other, "a", { now: t0 })).ok).toBe(false);
    expect(await consume(db, other, "b", { now: t0 })).toEqual({ ok: true, remaining: 0 });
    expect(await consume(db, policy, "a", { now: t0 })).toEqual({ ok: true, remaining: 4 });
  });

  it("uses the database clock when no clock is given", async () => {
    const minute = definePolicy({ name: "test-minute", limit: 1, windowSeconds: 60 });
    expect((await consume(db, minute, "clock")).ok).toBe(true);
    const refused = await consume(db, minute, "clock");
    if (refused.ok) throw new Error("second request in the same minute was let through");
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("deletes expired windows as it goes", async () => {
    const short = definePolicy({ name: "test-kurz", limit: 3, windowSeconds: 60 });
    for (const key of ["x", "y", "z"]) await consume(db, short, key, { now: t0 });
    const count = async () =>
      Number(
        (
          await db.execute<{ n: string }>(
            sql`select count(*) as n from ${rateLimitCounter} where policy = 'test-kurz'`,
          )
        ).rows[0]?.n,
      );
    expect(await count()).toBe(3);
    // Two minutes later the three windows are dead; the next request of anyone removes them.
    await consume(db, short, "x", { now: at(120) });
    expect(await count()).toBe(1);
  });

  it("refuses a policy that could not work", () => {
    expect(() => definePolicy({ name: "Mit Leerzeichen", limit: 5, windowSeconds: 60 })).toThrow();
    expect(() => definePolicy({ name: "null", limit: 0, windowSeconds: 60 })).toThrow();
  });
});

describe("clientKey", () => {
  it("stores no address: a stable keyed hash, the same for every connection to the database", async () => {
    const key = await clientKey(db, "203.0.113.7");
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain("203");
    expect(await clientKey(db, "203.0.113.7")).toBe(key);
    const second = createDb(db.$client.options.connectionString ?? "", { max: 1 });
    try {
      expect(await clientKey(second, "203.0.113.7")).toBe(key);
    } finally {
      await second.$client.end();
    }
    expect(await clientKey(db, "203.0.113.8")).not.toBe(key);
    // One IPv6 subscriber (a /64) is one client.
    expect(await clientKey(db, "2001:db8:1:2::a")).toBe(
      await clientKey(db, "2001:db8:1:2:ffff::1"),
    );
  });
});
