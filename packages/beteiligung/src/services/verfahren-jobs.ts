import type { CmsClient } from "@portal/cms-client/client";
import { dateiablage } from "@portal/dateien/server";
import type { Db } from "@portal/db/client";
import { type Jobs, richteWarteschlangenEin, sende, type Warteschlange } from "@portal/jobs/server";
import { z } from "zod";
import { loescheUnbestaetigteBeitraege } from "./beitrag.ts";
import { type Dateiquellen, spiegleDateien } from "./dokumente.ts";
import {
  BETEILIGUNG_MODELLE,
  type BeteiligungsEreignis,
  synchronisiereBeteiligung,
  verarbeiteBeteiligungsEreignis,
} from "./verfahren.ts";

// CMS events of Mandanten and Beteiligungsverfahren reach the portal through the job queue, as
// the catalogue's and the forms' do: the webhook only records the event, a worker applies it (one
// transaction), failed attempts are retried with backoff, and a nightly full resync catches
// anything missed.

export const BETEILIGUNG_EREIGNISSE: Warteschlange = {
  name: "beteiligung-cms-ereignis",
  retryLimit: 12,
  retryDelay: 2,
  expireInSeconds: 120,
};
export const BETEILIGUNG_RESYNC: Warteschlange = {
  name: "beteiligung-resync",
  retryLimit: 5,
  retryDelay: 30,
  expireInSeconds: 900,
};

/**
 * Daily: contributions whose e-mail confirmation expired unused go, with their address and
 * their attachments' files.
 */
export const BETEILIGUNG_AUFRAEUMEN: Warteschlange = {
  name: "beteiligung-aufraeumen",
  retryLimit: 2,
  retryDelay: 600,
  expireInSeconds: 900,
};
export const BETEILIGUNG_AUFRAEUMEN_CRON = "45 3 * * *";

/** Every queue of the procedures; senders and workers create them on start. */
export const BETEILIGUNG_WARTESCHLANGEN = [
  BETEILIGUNG_EREIGNISSE,
  BETEILIGUNG_RESYNC,
  BETEILIGUNG_AUFRAEUMEN,
];

const ereignisSchema = z.object({
  model: z.enum(BETEILIGUNG_MODELLE),
  documentId: z.string().min(1).max(100),
});

/** Records a CMS event of a Mandant or Verfahren for the worker; returns the job id. */
export async function meldeBeteiligungsEreignis(
  jobs: Jobs,
  ereignis: BeteiligungsEreignis,
): Promise<string | null> {
  return sende(jobs, BETEILIGUNG_EREIGNISSE, ereignisSchema.parse(ereignis));
}

/** What the procedures' jobs need from the process that runs them. */
export interface BeteiligungsArbeit {
  db: Db;
  cms: CmsClient;
  /**
   * Where the procedures' files are copied after each change (`spiegleDateien`), so that the
   * portal serves them when the CMS is down; without it they are copied when first asked for.
   */
  dateien?: Dateiquellen;
  /** Removes a stored file (default: @portal/dateien's store); tests pass their own. */
  loescheDatei?: (schluessel: string) => Promise<void>;
  /** The clock; tests pass a fixed one. */
  jetzt?: () => Date;
}

/** Copies the procedures' new files; a failure is logged, not retried (the next request copies). */
async function spiegle(arbeit: BeteiligungsArbeit): Promise<void> {
  if (!arbeit.dateien) return;
  const r = await spiegleDateien(arbeit.db, arbeit.dateien).catch((error: unknown) => {
    console.warn(`[worker] beteiligung files not copied: ${String(error)}`);
    return null;
  });
  if (r?.fehlgeschlagen) console.warn(`[worker] beteiligung files: ${r.fehlgeschlagen} not copied`);
}

/**
 * The daily clean-up: deletes the contributions whose confirmation expired unused, then, once
 * that has committed, their attachments' files. A file that cannot be removed is logged with its
 * key (ids only, no personal data) and does not undo the deletion; it is left behind.
 */
export async function raeumeUnbestaetigteAuf(
  arbeit: Pick<BeteiligungsArbeit, "db" | "loescheDatei" | "jetzt">,
): Promise<{ geloescht: number; dateien: number }> {
  const loesche = arbeit.loescheDatei ?? ((s: string) => dateiablage().loesche(s));
  const { geloescht, ablageSchluessel } = await loescheUnbestaetigteBeitraege(arbeit.db, {
    jetzt: arbeit.jetzt?.() ?? new Date(),
  });
  let dateien = 0;
  for (const schluessel of ablageSchluessel) {
    try {
      await loesche(schluessel);
      dateien++;
    } catch (fehler) {
      console.error("[worker] an attachment of a deleted contribution could not be removed", {
        schluessel,
        fehler,
      });
    }
  }
  if (geloescht > 0)
    console.log(
      `[worker] ${BETEILIGUNG_AUFRAEUMEN.name}: ${geloescht} unconfirmed contributions deleted, ${dateien} files removed`,
    );
  return { geloescht, dateien };
}

/**
 * Registers the workers: CMS events one at a time per worker, the nightly full resync
 * (03:37 Europe/Berlin, after the catalogue's and the forms') and the clean-up of unconfirmed
 * contributions (03:45).
 */
export async function arbeiteBeteiligungsJobs(
  jobs: Jobs,
  arbeit: BeteiligungsArbeit,
): Promise<void> {
  await richteWarteschlangenEin(jobs, BETEILIGUNG_WARTESCHLANGEN);
  await jobs.work<BeteiligungsEreignis>(
    BETEILIGUNG_EREIGNISSE.name,
    { batchSize: 1, pollingIntervalSeconds: 0.5 },
    async ([job]) => {
      if (!job) return;
      const r = await verarbeiteBeteiligungsEreignis(
        arbeit.db,
        arbeit.cms,
        ereignisSchema.parse(job.data),
      );
      if (r?.art === "gespeichert") await spiegle(arbeit);
    },
  );
  await jobs.work(BETEILIGUNG_RESYNC.name, { batchSize: 1 }, async () => {
    await synchronisiereBeteiligung(arbeit.db, arbeit.cms);
    await spiegle(arbeit);
  });
  await jobs.schedule(BETEILIGUNG_RESYNC.name, "37 3 * * *", {}, { tz: "Europe/Berlin" });
  await jobs.work(BETEILIGUNG_AUFRAEUMEN.name, { batchSize: 1 }, async () =>
    raeumeUnbestaetigteAuf(arbeit),
  );
  await jobs.schedule(
    BETEILIGUNG_AUFRAEUMEN.name,
    BETEILIGUNG_AUFRAEUMEN_CRON,
    {},
    {
      tz: "Europe/Berlin",
    },
  );
}
