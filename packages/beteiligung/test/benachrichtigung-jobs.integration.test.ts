import type { Mail } from "@portal/auth/types";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { type Jobs, startJobs } from "@portal/jobs/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verfahren } from "../src/schema.ts";
import { abonniere, bestaetigeAbo } from "../src/services/abo.ts";
import {
  arbeiteBenachrichtigungsJobs,
  BENACHRICHTIGUNG_PHASEN,
} from "../src/services/benachrichtigung.ts";

let db: Database;
let url: string;
let drop: () => Promise<void>;
let jobs: Jobs | undefined;
beforeAll(async () => {
  ({ db, drop, url } = await createTestDatabase(inject("adminUrl")));
});
afterAll(async () => {
  await jobs?.stop({ graceful: false, wait: true });
  await drop();
});

describe("arbeiteBenachrichtigungsJobs", () => {
  it("creates the queues and schedules, and a phase job mails the subscribers through `post`", async () => {
    const jetzt = new Date();
    const documentId = `jobs-${crypto.randomUUID()}`;
    await db.insert(verfahren).values({
      documentId,
      slug: documentId,
      gemeindeAgs: "14612000",
      titel: "Verfahren der Jobs",
      art: "dialog",
      dokumente: [],
      moderation: "nachtraeglich",
      meldeschwelle: 3,
      phasen: [
        {
          id: "phase-1",
          titel: "Dialog",
          beginn: new Date(jetzt.getTime() + 60_000).toISOString(),
          ende: new Date(jetzt.getTime() + 86_400_000).toISOString(),
          publikum: "oeffentlich",
          kommentieren: "anonym",
          bewerten: "nicht",
          kartenpunkt: "nicht",
          stellungnahme: "nicht",
          umfrage: "nicht",
        },
      ],
      fragen: [],
    });
    const r = await abonniere(db, {
      verfahrenId: documentId,
      email: "jobs@example.org",
      sprache: "de",
      client: "jobs-test",
      jetzt,
    });
    if (!r.ok) throw new Error("refused");
    await bestaetigeAbo(db, { token: r.bestaetigungsToken, jetzt });

    const mails: Mail[] = [];
    jobs = await startJobs(url, { arbeiten: true, anwendung: "test-benachrichtigung" });
    // The worker's clock: two minutes on, the phase has begun.
    await arbeiteBenachrichtigungsJobs(jobs, {
      db,
      post: async (m) => void mails.push(m),
      jetzt: () => new Date(jetzt.getTime() + 120_000),
    });
    const zeitplaene = (await jobs.getSchedules()).map((s) => s.name).sort();
    expect(zeitplaene).toEqual(["beteiligung-antworten-melden", "beteiligung-phasen-melden"]);

    await jobs.send(BENACHRICHTIGUNG_PHASEN.name, {});
    const ende = Date.now() + 30_000;
    while (mails.length === 0 && Date.now() < ende) await new Promise((r) => setTimeout(r, 200));
    expect(mails.map((m) => [m.an, m.betreff])).toEqual([
      ["jobs@example.org", "Neue Phase: Verfahren der Jobs"],
    ]);
  });
});
