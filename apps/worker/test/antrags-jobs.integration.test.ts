import { entwurf } from "@portal/antraege/schema";
import { speichereEntwurf } from "@portal/antraege/server";
import { konto } from "@portal/auth/schema";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { type Jobs, startJobs } from "@portal/jobs/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  arbeiteAntragsJobs,
  ENTWUERFE_AUFRAEUMEN,
  ENTWUERFE_AUFRAEUMEN_CRON,
} from "../src/antraege.ts";

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
const JETZT = new Date("2027-06-01T01:40:00Z");

describe("the drafts' daily clean-up", () => {
  it("is scheduled at 03:40 Berlin time and, run, deletes expired drafts with their uploads", async () => {
    const [k] = await db.insert(konto).values({ email: "entwurf@example.org" }).returning();
    const mitDatei = (id: string) => ({
      nachweis: {
        id,
        dateiname: "nachweis.pdf",
        medientyp: "application/pdf",
        groesse: 1000,
      },
    });
    const speichere = async (antworten: Record<string, unknown>, jetzt: Date) => {
      const e = await speichereEntwurf(db, {
        zugang: { kontoId: k!.id },
        formular: "f",
        version: 1,
        antworten,
        loescheDatei: async () => {},
        jetzt,
      });
      if (!e.ok) throw new Error(e.fehler);
      return e.entwurf.id;
    };
    const altDatei = crypto.randomUUID();
    const alt = await speichere(mitDatei(altDatei), new Date(JETZT.getTime() - 31 * TAG));
    const frisch = await speichere(
      mitDatei(crypto.randomUUID()),
      new Date(JETZT.getTime() - 2 * TAG),
    );

    const geloescht: string[] = [];
    jobs = await startJobs(url, { arbeiten: true, anwendung: "test-worker" });
    await arbeiteAntragsJobs(jobs, {
      db,
      loescheDatei: async (s) => void geloescht.push(s),
      jetzt: () => JETZT,
    });
    const plan = (await jobs.getSchedules()).find((s) => s.name === ENTWUERFE_AUFRAEUMEN.name);
    expect(plan).toMatchObject({ cron: ENTWUERFE_AUFRAEUMEN_CRON, timezone: "Europe/Berlin" });

    await jobs.send(ENTWUERFE_AUFRAEUMEN.name, {});
    const ende = Date.now() + 30_000;
    while ((await db.select().from(entwurf)).length > 1 && Date.now() < ende)
      await new Promise((r) => setTimeout(r, 200));
    expect((await db.select({ id: entwurf.id }).from(entwurf)).map((e) => e.id)).toEqual([frisch]);
    expect(geloescht).toEqual([`entwurf/${alt}/${altDatei}`]);
  });
});
