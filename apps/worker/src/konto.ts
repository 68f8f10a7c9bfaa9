import { dateienDesKontos } from "@portal/antraege/server";
import { type Inaktivitaetsgrenzen, type Post, raeumeKontenAuf } from "@portal/auth/server";
import { dateiablage } from "@portal/dateien/server";
import type { Database } from "@portal/db/client";
import { type Jobs, richteWarteschlangenEin, type Warteschlange } from "@portal/jobs/server";

/**
 * The Servicekonto's daily clean-up (issue 8, data protection): inactive accounts warned and
 * deleted, expired tokens and one-time identifications removed. Retried twice, ten minutes
 * apart; a run that fails for good is repeated by the next day's anyway (each step is
 * idempotent: a warned account is not warned again, a deleted one is gone).
 */
export const KONTO_AUFRAEUMEN: Warteschlange = {
  name: "konto-aufraeumen",
  retryLimit: 2,
  retryDelay: 600,
  // A backlog (the first run on an old database) may take a while; each account is its own
  // transaction, so a run cut off keeps what it did.
  expireInSeconds: 60 * 60,
};

/** Daily at 03:30 in Saxony, beside the catalogue's resync at 03:17: the quiet hour. */
export const KONTO_AUFRAEUMEN_CRON = "30 3 * * *";

export type KontoArbeit = {
  db: Database;
  /** Hands a mail to the mail queue (the worker: `stelleZu`). */
  post: Post;
  grenzen: Inaktivitaetsgrenzen;
  /** Removes a stored file (default: @portal/dateien's store); tests pass their own. */
  loescheDatei?: (schluessel: string) => Promise<void>;
  /** The clock; tests pass a fixed one. */
  jetzt?: () => Date;
};

/** Works the clean-up queue and registers its daily schedule (idempotent). */
export async function arbeiteKontoJobs(jobs: Jobs, arbeit: KontoArbeit): Promise<void> {
  const uhr = arbeit.jetzt ?? (() => new Date());
  const loesche = arbeit.loescheDatei ?? ((s: string) => dateiablage().loesche(s));
  await richteWarteschlangenEin(jobs, [KONTO_AUFRAEUMEN]);
  await jobs.work(KONTO_AUFRAEUMEN.name, { batchSize: 1 }, async () => {
    const ergebnis = await raeumeKontenAuf(arbeit.db, {
      jetzt: uhr(),
      post: arbeit.post,
      grenzen: arbeit.grenzen,
      // A deleted account's drafts' uploads and receipts go with it.
      dateien: {
        sammle: (kontoId) => dateienDesKontos(arbeit.db, { kontoId }),
        loesche,
      },
    });
    // Numbers only: no address or id of an account in the log.
    console.log(`[worker] ${KONTO_AUFRAEUMEN.name}: ${JSON.stringify(ergebnis)}`);
    return ergebnis;
  });
  await jobs.schedule(KONTO_AUFRAEUMEN.name, KONTO_AUFRAEUMEN_CRON, {}, { tz: "Europe/Berlin" });
}
