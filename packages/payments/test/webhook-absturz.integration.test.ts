import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { type Jobs, startJobs } from "@portal/jobs/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { paymentEvent, webhookZustellung } from "../src/schema.ts";
import {
  arbeiteWebhookJobs,
  legeWebhookAn,
  stelleWebhooksZu,
  WEBHOOK_ZUSTELLEN,
  WEBHOOKS_NACHHOLEN,
} from "../src/services/webhooks.ts";
import { bis, type Empfaenger, starteEmpfaenger } from "./webhook-empfaenger.ts";

// Issue 10, "Faults": kill the process between the database commit and the webhook send; the
// event is delivered after the restart exactly once as seen by a subscriber that de-duplicates
// by event id, also when a delivery runs twice.

let db: Database;
let url: string;
let drop: () => Promise<void>;
let jobs: Jobs | undefined;
let empfaenger: Empfaenger | undefined;
beforeAll(async () => {
  ({ db, url, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(async () => {
  await jobs?.stop({ graceful: false, wait: true });
  await empfaenger?.stop();
  await drop();
});

const OE = "oe:webhook-absturz";
const KIND = fileURLToPath(new URL("./webhook-absturz-kind.ts", import.meta.url));

/** Runs the child until it reports its commit, then kills it with SIGKILL. */
async function committeUndStirb(): Promise<{ intentId: string; status: string }> {
  const kind = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", KIND, url, OE],
    {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let fehler = "";
  kind.stderr.on("data", (t: Buffer) => {
    fehler += t.toString();
  });
  const beendet = new Promise<NodeJS.Signals | number | null>((r) =>
    kind.on("exit", (code, signal) => r(signal ?? code)),
  );
  const zeile = await new Promise<string>((gut, schlecht) => {
    let puffer = "";
    kind.stdout.on("data", (t: Buffer) => {
      puffer += t.toString();
      const ende = puffer.indexOf("\n");
      if (ende >= 0) gut(puffer.slice(0, ende));
    });
    kind.on("exit", () => schlecht(new Error(`child exited before committing: ${fehler}`)));
    setTimeout(() => schlecht(new Error(`child timed out: ${fehler}`)), 60_000).unref();
  });
  kind.kill("SIGKILL");
  expect(await beendet).toBe("SIGKILL");
  return JSON.parse(zeile);
}

const zustellungen = () =>
  db
    .select({
      id: webhookZustellung.id,
      status: webhookZustellung.status,
      eventId: webhookZustellung.eventId,
    })
    .from(webhookZustellung)
    .orderBy(webhookZustellung.id);

const jobsVon = async (name: string) =>
  (
    await db.execute<{ singleton_key: string; state: string }>(
      sql`select singleton_key, state::text as state from pgboss.job where name = ${name} order by created_on`,
    )
  ).rows;

describe("a crash between the commit and the webhook send", () => {
  it("loses nothing: the sweeper queues the rows, the subscriber sees each event exactly once", async () => {
    let geheimnis = "";
    empfaenger = await starteEmpfaenger(() => geheimnis);
    const abo = await legeWebhookAn(db, {
      oeSchluessel: OE,
      url: empfaenger.url,
      vonKontoId: "11111111-1111-4111-8111-111111111111",
      // The subscriber runs on 127.0.0.1, as in the development stack (WEBHOOK_LOKALE_ZIELE).
      lokaleZiele: true,
    });
    if (!abo.ok) throw new Error(abo.meldung.de);
    geheimnis = abo.geheimnis;
    // The first answer is lost (the subscriber records the event, then answers 500), so the
    // portal sends that event again: a duplicate the subscriber must absorb.
    empfaenger.antworte = (n) => (n === 1 ? 500 : 200);

    const { intentId, status } = await committeUndStirb();
    expect(status).toBe("processing");

    // After the crash: the events and their outbox rows are committed, nothing was sent.
    const events = await db.select().from(paymentEvent).where(eq(paymentEvent.intentId, intentId));
    expect(events.map((e) => e.type)).toEqual([
      "payment_intent.created",
      "payment_intent.processing",
    ]);
    const offen = await zustellungen();
    expect(offen.map((z) => [z.eventId, z.status])).toEqual(events.map((e) => [e.id, "offen"]));
    expect(empfaenger.anfragen).toHaveLength(0);

    // The restart: a worker with a real pg-boss against the test database.
    jobs = await startJobs(url, { arbeiten: true, anwendung: "test-webhooks" });
    await arbeiteWebhookJobs(jobs, { db, lokaleZiele: true });
    // The sweeper as its schedule would run it, and at the same time the web app's call:
    // queueing twice keeps one job per row (singletonKey = the delivery's id).
    await Promise.all([jobs.send(WEBHOOKS_NACHHOLEN.name, {}), stelleWebhooksZu(jobs, db)]);

    await bis(async () => {
      const z = await zustellungen();
      return z.every((r) => r.status === "zugestellt") ? z : null;
    }, 90_000);
    const ids = events.map((e) => `evt_${e.id}`);
    expect([...empfaenger.ereignisse.keys()].sort()).toEqual([...ids].sort());
    const processing = empfaenger.ereignisse.get(`evt_${events[1]?.id}`)?.ereignis;
    expect(processing).toMatchObject({
      type: "payment_intent.processing",
      data: { object: { id: intentId, status: "processing" } },
    });
    // Three requests for two events: the lost answer's retry was absorbed by the de-duplication.
    expect(empfaenger.anfragen).toHaveLength(3);
    expect(empfaenger.anfragen.every((a) => a.gueltig)).toBe(true);

    // Never more than one live job per row was queued.
    const gequeued = await jobsVon(WEBHOOK_ZUSTELLEN.name);
    expect(new Set(gequeued.map((j) => j.singleton_key))).toEqual(
      new Set(offen.map((z) => String(z.id))),
    );
    expect(gequeued).toHaveLength(offen.length);

    // The delivery job runs a second time for every row (queued again after it completed, e.g.
    // by a web app that retried its call): nothing more reaches the subscriber.
    const zweite = await Promise.all(
      offen.map((z) =>
        jobs!.send(WEBHOOK_ZUSTELLEN.name, { zustellungId: z.id }, { singletonKey: String(z.id) }),
      ),
    );
    expect(zweite.every(Boolean)).toBe(true);
    await bis(async () => {
      const alle = await Promise.all(
        zweite.map((id) => jobs!.getJobById(WEBHOOK_ZUSTELLEN.name, id!)),
      );
      return alle.every((j) => j?.state === "completed") ? alle : null;
    }, 60_000);
    expect(empfaenger.anfragen).toHaveLength(3);
    expect(empfaenger.ereignisse.size).toBe(2);
    // And the sweeper finds nothing left to queue.
    expect(await stelleWebhooksZu(jobs, db)).toBe(0);
  });
});
