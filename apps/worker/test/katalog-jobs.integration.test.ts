import type { Database } from "@portal/db/client";
import { type Jobs, richteWarteschlangenEin, startJobs } from "@portal/jobs/server";
import {
  arbeiteKatalogJobs,
  findLeistungBySlug,
  KATALOG_WARTESCHLANGEN,
  meldeCmsEreignis,
} from "@portal/katalog/server";
import { cmsAusSpeicher, cmsLeistung, createKatalogTestDatabase } from "@portal/katalog/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

let db: Database;
let url: string;
let drop: () => Promise<void>;
const offen: Jobs[] = [];
beforeAll(async () => {
  const test = await createKatalogTestDatabase(inject("adminUrl"));
  ({ db, drop } = test);
  url = test.url;
});
afterAll(async () => {
  for (const jobs of offen) await jobs.stop({ graceful: false, wait: true });
  await drop();
});

async function bis<T>(
  pruefe: () => Promise<T | null | undefined | false>,
  ms = 30_000,
): Promise<T> {
  const ende = Date.now() + ms;
  for (;;) {
    const wert = await pruefe();
    if (wert) return wert;
    if (Date.now() > ende) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("CMS events through the job queue", () => {
  it("an event recorded before a crash is applied by the next worker, retried while the portal is away", async () => {
    // The web app records the event, then "crashes" before any worker has run.
    const web = await startJobs(url, { arbeiten: false, anwendung: "test-web" });
    await richteWarteschlangenEin(web, KATALOG_WARTESCHLANGEN);
    await meldeCmsEreignis(web, { model: "leistung", documentId: "hundesteuer" });
    await web.stop({ graceful: false, wait: true });
    expect(await findLeistungBySlug(db, { slug: "hundesteuer", locale: "de" })).toBeNull();

    // A worker starts later; the portal refuses the first revalidation (still restarting).
    const revalidiert: string[][] = [];
    let versuche = 0;
    const worker = await startJobs(url, { arbeiten: true, anwendung: "test-worker" });
    offen.push(worker);
    await arbeiteKatalogJobs(worker, {
      db,
      cms: cmsAusSpeicher({
        leistungen: [cmsLeistung("hundesteuer", { titel: "Hundesteuer anmelden" })],
      }),
      revalidiere: async (tags) => {
        versuche++;
        if (versuche === 1) throw new Error("portal restarting");
        revalidiert.push(tags);
      },
    });
    await bis(async () => revalidiert.length > 0, 45_000);
    expect(versuche).toBe(2);
    expect(revalidiert[0]).toContain("leistungen");
    const daten = await findLeistungBySlug(db, { slug: "hundesteuer", locale: "de" });
    expect(daten?.original.titel).toBe("Hundesteuer anmelden");
  }, 60_000);
});
