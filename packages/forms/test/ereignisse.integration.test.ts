import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { type Jobs, richteWarteschlangenEin, startJobs } from "@portal/jobs/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  arbeiteFormularJobs,
  FORMULAR_WARTESCHLANGEN,
  ladeFormular,
  meldeFormularEreignis,
} from "../src/server.ts";
import { cmsFormular, cmsMitFormularen } from "../src/testing.ts";

let db: Database;
let url: string;
let drop: () => Promise<void>;
const offen: Jobs[] = [];
beforeAll(async () => {
  const test = await createTestDatabase(inject("adminUrl"));
  ({ db, drop, url } = test);
});
afterAll(async () => {
  for (const jobs of offen) await jobs.stop({ graceful: false, wait: true });
  await drop();
});

async function bis<T>(
  pruefe: () => Promise<T | null | undefined | false>,
  ms = 45_000,
): Promise<T> {
  const ende = Date.now() + ms;
  for (;;) {
    const wert = await pruefe();
    if (wert) return wert;
    if (Date.now() > ende) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("Formular events through the job queue", () => {
  it("an event recorded while no worker runs is applied by the next one, retried while the CMS is away", async () => {
    const web = await startJobs(url, { arbeiten: false, anwendung: "test-web" });
    await richteWarteschlangenEin(web, FORMULAR_WARTESCHLANGEN);
    await meldeFormularEreignis(web, { model: "formular", documentId: "doc-bpa" });
    // Only Formular events belong in this queue.
    await expect(
      meldeFormularEreignis(web, { model: "leistung", documentId: "x" }),
    ).rejects.toThrow();
    await web.stop({ graceful: false, wait: true });
    expect(await ladeFormular(db, { schluessel: "bewohnerparkausweis" })).toBeNull();

    const cms = cmsMitFormularen([cmsFormular("bewohnerparkausweis", "doc-bpa")]);
    cms.ausfall = true;
    const abfragen = { n: 0 };
    const get = cms.get.bind(cms);
    cms.get = async (...args) => {
      abfragen.n++;
      // The CMS comes back after the first attempt.
      if (abfragen.n > 1) cms.ausfall = false;
      return get(...args);
    };
    const worker = await startJobs(url, { arbeiten: true, anwendung: "test-worker" });
    offen.push(worker);
    await arbeiteFormularJobs(worker, { db, cms });
    const def = await bis(() => ladeFormular(db, { schluessel: "bewohnerparkausweis" }));
    expect(def).toMatchObject({ version: 1, leistung: "bewohnerparkausweis-beantragen" });
    expect(abfragen.n).toBe(2);
  }, 60_000);
});
