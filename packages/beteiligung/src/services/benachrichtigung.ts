import type { Post } from "@portal/auth/types";
import type { Db } from "@portal/db/client";
import { type Jobs, richteWarteschlangenEin, type Warteschlange } from "@portal/jobs/server";
import {
  findeAbonnenten,
  findeVerfahrenMitPhasen,
  loescheUnbestaetigteAbos,
  merkePhasenMeldung,
} from "../queries/abo.ts";
import { findeOffeneAntworten, markiereAntwortenVersandt } from "../queries/benachrichtigung.ts";
import { abmeldeToken } from "./abo.ts";
import { antwortMail, phasenMail } from "./mails.ts";

// The notifications of issue 11, item 7, as pg-boss jobs of the worker: every 15 minutes the
// subscribers hear of phases that have begun; every minute the authors of contributions hear of
// replies made public since (an outbox written in the transaction that published the reply,
// services/beitrag.ts and services/moderation.ts). Mails go through `post` (the mail queue).

/** Every 15 minutes: phases that began, announced once to the procedure's subscribers. */
export const BENACHRICHTIGUNG_PHASEN: Warteschlange = {
  name: "beteiligung-phasen-melden",
  retryLimit: 3,
  retryDelay: 60,
  expireInSeconds: 600,
};
export const BENACHRICHTIGUNG_PHASEN_CRON = "*/15 * * * *";

/** Every minute: the replies made public, mailed to the parent's author. */
export const BENACHRICHTIGUNG_ANTWORTEN: Warteschlange = {
  name: "beteiligung-antworten-melden",
  retryLimit: 3,
  retryDelay: 30,
  expireInSeconds: 300,
};
export const BENACHRICHTIGUNG_ANTWORTEN_CRON = "* * * * *";

export const BENACHRICHTIGUNG_WARTESCHLANGEN = [
  BENACHRICHTIGUNG_PHASEN,
  BENACHRICHTIGUNG_ANTWORTEN,
];

/**
 * Announces the phases that have begun and not ended, each once (`beteiligung_phasen_meldung`),
 * to the confirmed subscribers of its procedure who subscribed before the phase began (so the
 * first run after a subscription, or after this job is deployed, does not announce what was
 * already running when they subscribed). Also deletes subscriptions never confirmed in time.
 * One transaction per phase: a failing mail queue rolls the record back and the next run tries
 * again (a subscriber may then get the mail twice, never not at all).
 */
export async function meldeNeuePhasen(
  db: Db,
  { post, jetzt }: { post: Post; jetzt: Date },
): Promise<{ phasen: number; mails: number }> {
  await loescheUnbestaetigteAbos(db, { jetzt });
  let phasen = 0;
  let mails = 0;
  for (const v of await findeVerfahrenMitPhasen(db)) {
    for (const phase of v.phasen) {
      const beginn = new Date(phase.beginn);
      const ende = new Date(phase.ende);
      if (beginn > jetzt || ende <= jetzt) continue;
      mails += await db.transaction(async (tx) => {
        const neu = await merkePhasenMeldung(tx, {
          verfahrenId: v.documentId,
          phaseId: phase.id,
          jetzt,
        });
        if (!neu) return 0;
        phasen++;
        const abonnenten = await findeAbonnenten(tx, { verfahrenId: v.documentId, vor: beginn });
        for (const a of abonnenten) {
          await post(
            phasenMail(a.email, a.sprache, {
              verfahrenTitel: v.titel,
              slug: v.slug,
              phaseTitel: phase.titel,
              ende,
              abmeldeToken: await abmeldeToken(db, a.id),
            }),
          );
        }
        return abonnenten.length;
      });
    }
  }
  return { phasen, mails };
}

const gleich = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Mails the author of each contribution that got a public reply since the last run, once per
 * reply: an anonymous author at the address they confirmed, an account at its confirmed address
 * in its language (`konto` of @portal/auth). Not for one's own reply, not for a reply that is no
 * longer public, not to an account without a confirmed address. Anonymous contributors are
 * mailed in German (their language is not stored with the contribution).
 */
export async function meldeAntworten(
  db: Db,
  { post, jetzt, limit = 200 }: { post: Post; jetzt: Date; limit?: number },
): Promise<{ mails: number }> {
  return db.transaction(async (tx) => {
    const offen = await findeOffeneAntworten(tx, { limit });
    let mails = 0;
    for (const o of offen) {
      if (o.status !== "veroeffentlicht" || !o.oeffentlich || !o.slug || !o.titel) continue;
      const eigene =
        (o.elternKontoId !== null && o.elternKontoId === o.antwortKontoId) ||
        gleich(o.elternEmail, o.antwortEmail);
      if (eigene) continue;
      const an = o.elternKontoId
        ? o.kontoBestaetigt && o.kontoEmail
          ? { email: o.kontoEmail, sprache: o.kontoSprache ?? "de" }
          : null
        : o.elternEmail
          ? { email: o.elternEmail, sprache: "de" as const }
          : null;
      if (!an) continue;
      await post(
        antwortMail(an.email, an.sprache, {
          verfahrenTitel: o.titel,
          slug: o.slug,
          beitragId: o.elternId,
        }),
      );
      mails++;
    }
    await markiereAntwortenVersandt(tx, { beitragIds: offen.map((o) => o.beitragId), jetzt });
    return { mails };
  });
}

/** What the notification jobs need from the worker. */
export interface BenachrichtigungsArbeit {
  db: Db;
  post: Post;
  /** The clock; tests pass a fixed one. */
  jetzt?: () => Date;
}

/** Registers both notification jobs and their schedules (the worker). */
export async function arbeiteBenachrichtigungsJobs(
  jobs: Jobs,
  arbeit: BenachrichtigungsArbeit,
): Promise<void> {
  await richteWarteschlangenEin(jobs, BENACHRICHTIGUNG_WARTESCHLANGEN);
  const jetzt = () => arbeit.jetzt?.() ?? new Date();
  await jobs.work(BENACHRICHTIGUNG_PHASEN.name, { batchSize: 1 }, async () =>
    meldeNeuePhasen(arbeit.db, { post: arbeit.post, jetzt: jetzt() }),
  );
  await jobs.schedule(
    BENACHRICHTIGUNG_PHASEN.name,
    BENACHRICHTIGUNG_PHASEN_CRON,
    {},
    {
      tz: "Europe/Berlin",
    },
  );
  await jobs.work(BENACHRICHTIGUNG_ANTWORTEN.name, { batchSize: 1 }, async () =>
    meldeAntworten(arbeit.db, { post: arbeit.post, jetzt: jetzt() }),
  );
  await jobs.schedule(
    BENACHRICHTIGUNG_ANTWORTEN.name,
    BENACHRICHTIGUNG_ANTWORTEN_CRON,
    {},
    {
      tz: "Europe/Berlin",
    },
  );
}
