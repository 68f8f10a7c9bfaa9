import { fehlendeZahlungsvermerke, vermerkeZahlung } from "@portal/antraege/server";
import type { Post } from "@portal/auth/server";
import type { Database } from "@portal/db/client";
import { type Jobs, richteWarteschlangenEin, type Warteschlange } from "@portal/jobs/server";
import { findOrganisationseinheit } from "@portal/katalog/server";
import { arbeiteWebhookJobs, endgueltigSeit, zahlungsergebnis } from "@portal/payments/server";
import { sendeNachricht } from "@portal/postfach/server";

/**
 * The applications' reconciliation with the payments: every five minutes, the payments that
 * became final in the last ABGLEICH_STUNDEN hours whose application has not recorded that
 * outcome (the web app records it right after the import or the confirmation, so only a crash
 * in between leaves one) are recorded now, the applicant told of a failure as there. Idempotent:
 * `vermerkeZahlung` records an outcome once however often it is called.
 */
export const ZAHLUNGEN_ABGLEICHEN: Warteschlange = {
  name: "antrag-zahlungen-abgleichen",
  retryLimit: 0,
  retryDelay: 60,
  expireInSeconds: 10 * 60,
};
export const ZAHLUNGEN_ABGLEICHEN_CRON = "*/5 * * * *";
/** How far back a run looks: a worker down for a day still catches up. */
export const ABGLEICH_STUNDEN = 26;

export type Zahlungsarbeit = {
  db: Database;
  /** Mail delivery (the worker: the mail queue). */
  post: Post;
  /** The clock; tests pass a fixed one. */
  jetzt?: () => Date;
};

/** One run of the reconciliation; returns how many outcomes it recorded. */
export async function gleicheZahlungenAb(arbeit: Zahlungsarbeit): Promise<number> {
  const { db, post } = arbeit;
  const jetzt = arbeit.jetzt?.() ?? new Date();
  const intents = await endgueltigSeit(db, {
    seit: new Date(jetzt.getTime() - ABGLEICH_STUNDEN * 3_600_000),
  });
  const ergebnisse = intents.flatMap((i) => zahlungsergebnis(i) ?? []);
  let vermerkt = 0;
  for (const ergebnis of await fehlendeZahlungsvermerke(db, ergebnisse)) {
    const r = await vermerkeZahlung(db, {
      ...ergebnis,
      post,
      sendeNachricht: (tx, nachricht) => sendeNachricht(tx, nachricht, { post }),
      stellenname: async (oe) =>
        (await findOrganisationseinheit(db, { schluessel: oe }))?.name ?? oe,
      jetzt,
    });
    if (r.neu) vermerkt++;
  }
  return vermerkt;
}

/**
 * The payments' background work (issue 10): the signed webhooks of payment events (each outbox
 * row POSTed by `zahlung-webhook-zustellen`, retried with backoff; `zahlung-webhooks-nachholen`
 * every minute queues the rows a crash left without a job) and the applications'
 * reconciliation above.
 */
export async function arbeiteZahlungsJobs(jobs: Jobs, arbeit: Zahlungsarbeit): Promise<void> {
  await arbeiteWebhookJobs(jobs, arbeit);
  await richteWarteschlangenEin(jobs, [ZAHLUNGEN_ABGLEICHEN]);
  await jobs.work(ZAHLUNGEN_ABGLEICHEN.name, { batchSize: 1 }, async () => {
    const vermerkt = await gleicheZahlungenAb(arbeit);
    if (vermerkt > 0)
      console.log(`[worker] ${ZAHLUNGEN_ABGLEICHEN.name}: ${vermerkt} payment outcomes recorded`);
    return { vermerkt };
  });
  await jobs.schedule(ZAHLUNGEN_ABGLEICHEN.name, ZAHLUNGEN_ABGLEICHEN_CRON, {});
}
