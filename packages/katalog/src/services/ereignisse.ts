import type { CmsClient } from "@portal/cms-client/client";
import type { Db } from "@portal/db/client";
import { type Jobs, richteWarteschlangenEin, sende, type Warteschlange } from "@portal/jobs/server";
import { z } from "zod";
import { type CmsEreignis, type KatalogTag, resyncKatalog, verarbeiteCmsEreignis } from "./sync.ts";

// CMS events reach the read model through the job queue: the webhook only records the event, a
// worker applies it (one transaction) and then expires the portal's cached pages. A portal restart
// or a database hiccup during a publish loses nothing: the job waits in PostgreSQL and failed
// attempts are retried with backoff. A nightly full resync catches anything else.

export const CMS_EREIGNISSE: Warteschlange = {
  name: "katalog-cms-ereignis",
  retryLimit: 12,
  retryDelay: 2,
  expireInSeconds: 120,
};
export const RESYNC: Warteschlange = {
  name: "katalog-resync",
  retryLimit: 5,
  retryDelay: 30,
  expireInSeconds: 900,
};

/** Every queue of the catalogue; senders and workers create them on start. */
export const KATALOG_WARTESCHLANGEN = [CMS_EREIGNISSE, RESYNC];

const ereignisSchema = z.object({
  model: z.string().max(100),
  documentId: z.string().min(1).max(100),
});

/** Records a CMS event for the worker; returns the job id. */
export async function meldeCmsEreignis(jobs: Jobs, ereignis: CmsEreignis): Promise<string | null> {
  return sende(jobs, CMS_EREIGNISSE, ereignisSchema.parse(ereignis));
}

/** What the catalogue's jobs need from the process that runs them. */
export interface KatalogArbeit {
  db: Db;
  cms: CmsClient;
  /** Expires the portal's cached pages with these tags; throws if the portal did not confirm. */
  revalidiere: (tags: string[]) => Promise<void>;
}

/**
 * Registers the catalogue's workers on the queue: CMS events one at a time per worker, and the
 * nightly full resync (03:17 Europe/Berlin).
 */
export async function arbeiteKatalogJobs(jobs: Jobs, arbeit: KatalogArbeit): Promise<void> {
  await richteWarteschlangenEin(jobs, KATALOG_WARTESCHLANGEN);
  await jobs.work<CmsEreignis>(
    CMS_EREIGNISSE.name,
    { batchSize: 1, pollingIntervalSeconds: 0.5 },
    async ([job]) => {
      if (!job) return;
      const tags: KatalogTag[] = await verarbeiteCmsEreignis(
        arbeit.db,
        arbeit.cms,
        ereignisSchema.parse(job.data),
      );
      if (tags.length) await arbeit.revalidiere(tags);
    },
  );
  await jobs.work(RESYNC.name, { batchSize: 1 }, async () => {
    const { tags } = await resyncKatalog(arbeit.db, arbeit.cms);
    await arbeit.revalidiere(tags);
  });
  await jobs.schedule(RESYNC.name, "17 3 * * *", {}, { tz: "Europe/Berlin" });
}
