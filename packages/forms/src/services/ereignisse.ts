import type { CmsClient } from "@portal/cms-client/client";
import type { Db } from "@portal/db/client";
import { type Jobs, richteWarteschlangenEin, sende, type Warteschlange } from "@portal/jobs/server";
import { z } from "zod";
import { type FormularEreignis, resyncFormulare, verarbeiteFormularEreignis } from "./sync.ts";

// CMS events for Formulare reach the portal through the job queue, as the catalogue's do: the
// webhook only records the event, a worker applies it (one transaction), failed attempts are
// retried with backoff, and a nightly full resync catches anything missed.

export const FORMULAR_EREIGNISSE: Warteschlange = {
  name: "formulare-cms-ereignis",
  retryLimit: 12,
  retryDelay: 2,
  expireInSeconds: 120,
};
export const FORMULAR_RESYNC: Warteschlange = {
  name: "formulare-resync",
  retryLimit: 5,
  retryDelay: 30,
  expireInSeconds: 900,
};

/** Every queue of the forms; senders and workers create them on start. */
export const FORMULAR_WARTESCHLANGEN = [FORMULAR_EREIGNISSE, FORMULAR_RESYNC];

const ereignisSchema = z.object({
  model: z.literal("formular"),
  documentId: z.string().min(1).max(100),
});

/** Records a CMS event of a Formular for the worker; returns the job id. */
export async function meldeFormularEreignis(
  jobs: Jobs,
  ereignis: FormularEreignis,
): Promise<string | null> {
  return sende(jobs, FORMULAR_EREIGNISSE, ereignisSchema.parse(ereignis));
}

/** What the forms' jobs need from the process that runs them. */
export interface FormularArbeit {
  db: Db;
  cms: CmsClient;
}

/**
 * Registers the forms' workers: CMS events one at a time per worker, and the nightly full resync
 * (03:27 Europe/Berlin, after the catalogue's).
 */
export async function arbeiteFormularJobs(jobs: Jobs, arbeit: FormularArbeit): Promise<void> {
  await richteWarteschlangenEin(jobs, FORMULAR_WARTESCHLANGEN);
  await jobs.work<FormularEreignis>(
    FORMULAR_EREIGNISSE.name,
    { batchSize: 1, pollingIntervalSeconds: 0.5 },
    async ([job]) => {
      if (!job) return;
      await verarbeiteFormularEreignis(arbeit.db, arbeit.cms, ereignisSchema.parse(job.data));
    },
  );
  await jobs.work(FORMULAR_RESYNC.name, { batchSize: 1 }, async () => {
    await resyncFormulare(arbeit.db, arbeit.cms);
  });
  await jobs.schedule(FORMULAR_RESYNC.name, "27 3 * * *", {}, { tz: "Europe/Berlin" });
}
