import { loescheAbgelaufeneEntwuerfe } from "@portal/antraege/server";
import { dateiablage } from "@portal/dateien/server";
import type { Database } from "@portal/db/client";
import { type Jobs, richteWarteschlangenEin, type Warteschlange } from "@portal/jobs/server";

/**
 * The drafts' daily clean-up (issue 9): a draft untouched for ENTWURF_TAGE (30) days is deleted
 * with its uploads, as the runner's pages promise. Idempotent, so a failed run is simply
 * repeated by the next day's.
 */
export const ENTWUERFE_AUFRAEUMEN: Warteschlange = {
  name: "entwuerfe-aufraeumen",
  retryLimit: 2,
  retryDelay: 600,
  expireInSeconds: 60 * 60,
};

/** Daily at 03:40 in Saxony, after the accounts' clean-up. */
export const ENTWUERFE_AUFRAEUMEN_CRON = "40 3 * * *";

export type AntragsArbeit = {
  db: Database;
  /** Removes a stored upload (the worker: @portal/dateien's store). */
  loescheDatei?: (schluessel: string) => Promise<void>;
  /** The clock; tests pass a fixed one. */
  jetzt?: () => Date;
};

/** Works the drafts' clean-up queue and registers its daily schedule (idempotent). */
export async function arbeiteAntragsJobs(jobs: Jobs, arbeit: AntragsArbeit): Promise<void> {
  const uhr = arbeit.jetzt ?? (() => new Date());
  const loescheDatei = arbeit.loescheDatei ?? ((s: string) => dateiablage().loesche(s));
  await richteWarteschlangenEin(jobs, [ENTWUERFE_AUFRAEUMEN]);
  await jobs.work(ENTWUERFE_AUFRAEUMEN.name, { batchSize: 1 }, async () => {
    const geloescht = await loescheAbgelaufeneEntwuerfe(arbeit.db, { jetzt: uhr(), loescheDatei });
    console.log(`[worker] ${ENTWUERFE_AUFRAEUMEN.name}: ${geloescht} expired drafts deleted`);
    return { geloescht };
  });
  await jobs.schedule(
    ENTWUERFE_AUFRAEUMEN.name,
    ENTWUERFE_AUFRAEUMEN_CRON,
    {},
    {
      tz: "Europe/Berlin",
    },
  );
}
