import "server-only";
import { dbEnv } from "@portal/db/env";
import { type Jobs, richteWarteschlangenEin, startJobs } from "@portal/jobs/server";
import { KATALOG_WARTESCHLANGEN } from "@portal/katalog/server";
import { MAIL_WARTESCHLANGEN } from "@portal/mail/server";

let jobs: Promise<Jobs> | undefined;

/** The job queue, for sending only (the worker process runs the jobs). */
export function getJobs(): Promise<Jobs> {
  jobs ??= (async () => {
    const boss = await startJobs(dbEnv().DATABASE_URL, {
      arbeiten: false,
      anwendung: "portal-web",
    });
    await richteWarteschlangenEin(boss, [...KATALOG_WARTESCHLANGEN, ...MAIL_WARTESCHLANGEN]);
    return boss;
  })().catch((error) => {
    jobs = undefined; // try again on the next request
    throw error;
  });
  return jobs;
}
