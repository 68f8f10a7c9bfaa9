// The background worker: `node --conditions=react-server --import tsx apps/worker/src/main.ts`.
// Started by the development stack beside the web app; in production one or more instances.
import { inaktivitaetsEnv } from "@portal/auth/server";
import { arbeiteBenachrichtigungsJobs, arbeiteBeteiligungsJobs } from "@portal/beteiligung/server";
import { createCmsClient, ladeMedium } from "@portal/cms-client/client";
import { dateiablage } from "@portal/dateien/server";
import { createDb } from "@portal/db/client";
import { arbeiteFormularJobs } from "@portal/forms/server";
import { startJobs } from "@portal/jobs/server";
import { arbeiteKatalogJobs } from "@portal/katalog/server";
import { arbeiteMailJobs, erstelleTransport, smtpZiel, stelleZu } from "@portal/mail/server";
import type { Mail } from "@portal/mail/types";
import { arbeiteAntragsJobs } from "./antraege.ts";
import { workerEnv } from "./env.ts";
import { arbeiteKontoJobs } from "./konto.ts";
import { revalidiereImPortal } from "./portal.ts";
import { arbeiteZahlungsJobs } from "./zahlungen.ts";

const env = workerEnv();
// Read now, so that a wrong KONTO_INAKTIV_TAGE / KONTO_WARNUNG_TAGE stops the start, not the job.
const inaktivitaet = inaktivitaetsEnv();
const db = createDb(env.DATABASE_URL, { max: 4 });
const jobs = await startJobs(env.DATABASE_URL, { arbeiten: true, anwendung: "portal-worker" });

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing running jobs…`);
  // A job cut off here is not lost: it expires and is retried by the next worker.
  await jobs.stop({ graceful: true, timeout: 10_000, wait: true });
  await db.$client.end();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));

const cms = createCmsClient({ baseUrl: env.CMS_URL, token: env.CMS_READ_TOKEN });
await arbeiteKatalogJobs(jobs, {
  db,
  cms,
  revalidiere: revalidiereImPortal(env.PORTAL_URL, env.CMS_WEBHOOK_SECRET),
});
// No page reads the forms' versions yet (the runner comes later), so no cache tags expire.
await arbeiteFormularJobs(jobs, { db, cms });
// The procedures' pages render from the database on every request: no cache tags to expire.
await arbeiteBeteiligungsJobs(jobs, {
  db,
  cms,
  dateien: {
    ablage: dateiablage(),
    quelle: (pfad, maxBytes) => ladeMedium({ baseUrl: env.CMS_URL }, pfad, maxBytes),
  },
});
await arbeiteMailJobs(jobs, { transport: erstelleTransport(env), absender: env.MAIL_FROM });
const post = async (mail: Mail) => void (await stelleZu(jobs, mail));
await arbeiteKontoJobs(jobs, { db, post, grenzen: inaktivitaet });
await arbeiteAntragsJobs(jobs, { db });
await arbeiteZahlungsJobs(jobs, { db, post });
await arbeiteBenachrichtigungsJobs(jobs, { db, post });
console.log(`[worker] mails go out through ${smtpZiel(env.SMTP_URL)}`);
console.log(
  `[worker] accounts unused for ${inaktivitaet.inaktivTage} days are deleted, warned ${inaktivitaet.warnungTage} days before`,
);
console.log(
  "[worker] ready: katalog-cms-ereignis, katalog-resync, formulare-cms-ereignis, formulare-resync, beteiligung-cms-ereignis, beteiligung-resync, beteiligung-aufraeumen, beteiligung-phasen-melden, beteiligung-antworten-melden, mail-versand, konto-aufraeumen, entwuerfe-aufraeumen, zahlung-webhook-zustellen, zahlung-webhooks-nachholen, antrag-zahlungen-abgleichen",
);
