import { konto, kontoToken } from "@portal/auth/schema";
import type { Mail } from "@portal/auth/types";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { type Jobs, startJobs } from "@portal/jobs/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { arbeiteKontoJobs, KONTO_AUFRAEUMEN, KONTO_AUFRAEUMEN_CRON } from "../src/konto.ts";

let db: Database;
let url: string;
let drop: () => Promise<void>;
let jobs: Jobs | undefined;
beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(async () => {
  await jobs?.stop({ graceful: false, wait: true });
  await drop();
});

const TAG = 24 * 60 * 60 * 1000;
const JETZT = new Date("2027-06-01T01:30:00Z");

async function bis<T>(pruefe: () => Promise<T | null | undefined | false>, ms = 30_000) {
  const ende = Date.now() + ms;
  for (;;) {
    const wert = await pruefe();
    if (wert) return wert;
    if (Date.now() > ende) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the accounts' daily clean-up", () => {
  it("is scheduled at 03:30 Berlin time and, run, deletes what is due", async () => {
    const [alt] = await db
      .insert(konto)
      .values({
        email: "lange-her@example.org",
        emailBestaetigtAm: new Date(JETZT.getTime() - 1000 * TAG),
        zuletztAngemeldetAm: new Date(JETZT.getTime() - 800 * TAG),
        inaktivGewarntAm: new Date(JETZT.getTime() - 40 * TAG),
      })
      .returning();
    const [aktiv] = await db
      .insert(konto)
      .values({ email: "aktiv@example.org", zuletztAngemeldetAm: JETZT })
      .returning();
    await db.insert(kontoToken).values({
      id: "abgelaufen",
      kontoId: aktiv!.id,
      zweck: "email-bestaetigung",
      laeuftAbAm: new Date(JETZT.getTime() - 900 * TAG),
    });

    const mails: Mail[] = [];
    jobs = await startJobs(url, { arbeiten: true, anwendung: "test-worker" });
    await arbeiteKontoJobs(jobs, {
      db,
      post: async (mail) => void mails.push(mail),
      grenzen: { inaktivTage: 730, warnungTage: 31 },
      jetzt: () => JETZT,
    });

    const plan = (await jobs.getSchedules()).find((s) => s.name === KONTO_AUFRAEUMEN.name);
    expect(plan).toMatchObject({ cron: KONTO_AUFRAEUMEN_CRON, timezone: "Europe/Berlin" });
    expect(KONTO_AUFRAEUMEN_CRON).toBe("30 3 * * *");

    await jobs.send(KONTO_AUFRAEUMEN.name, {});
    await bis(
      async () => (await db.select().from(konto).where(eq(konto.id, alt!.id))).length === 0,
    );
    expect(mails.map((m) => m.an)).toEqual(["lange-her@example.org"]);
    expect(await db.select().from(kontoToken)).toEqual([]);
  });
});
