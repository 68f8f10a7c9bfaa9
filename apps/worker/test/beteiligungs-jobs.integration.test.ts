import {
  arbeiteBeteiligungsJobs,
  BETEILIGUNG_AUFRAEUMEN,
  BETEILIGUNG_AUFRAEUMEN_CRON,
} from "@portal/beteiligung/server";
import type { CmsClient } from "@portal/cms-client/client";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { type Jobs, startJobs } from "@portal/jobs/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

// The clean-up itself (expired unconfirmed contributions deleted, the rest kept) is tested in
// @portal/beteiligung; here: the worker schedules it daily and a run completes.

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

describe("the participation's daily clean-up", () => {
  it("is scheduled at 03:45 Berlin time and, run, completes", async () => {
    jobs = await startJobs(url, { arbeiten: true, anwendung: "test-worker" });
    // This test sends no CMS events, so the CMS client is never asked.
    await arbeiteBeteiligungsJobs(jobs, { db, cms: {} as CmsClient });
    const plan = (await jobs.getSchedules()).find((s) => s.name === BETEILIGUNG_AUFRAEUMEN.name);
    expect(plan).toMatchObject({ cron: BETEILIGUNG_AUFRAEUMEN_CRON, timezone: "Europe/Berlin" });

    const id = await jobs.send(BETEILIGUNG_AUFRAEUMEN.name, {});
    const ende = Date.now() + 30_000;
    let zustand: string | undefined;
    while (zustand !== "completed" && Date.now() < ende) {
      await new Promise((r) => setTimeout(r, 200));
      zustand = (await jobs.getJobById(BETEILIGUNG_AUFRAEUMEN.name, id ?? ""))?.state;
    }
    expect(zustand).toBe("completed");
  });
});
