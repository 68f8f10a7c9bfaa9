import type { Database } from "@portal/db/client";
import type { Jobs } from "@portal/jobs/server";
import { arbeiteWebhookJobs } from "@portal/payments/server";

/**
 * The payments' background work (issue 10): the signed webhooks of payment events. Each outbox
 * row is POSTed by `zahlung-webhook-zustellen` (retried with backoff), and
 * `zahlung-webhooks-nachholen` runs every minute to queue the rows a crash left without a job.
 */
export async function arbeiteZahlungsJobs(jobs: Jobs, arbeit: { db: Database }): Promise<void> {
  await arbeiteWebhookJobs(jobs, arbeit);
}
