import "server-only";
import {
  type Job,
  type Jobs,
  richteWarteschlangenEin,
  sende,
  type Warteschlange,
} from "@portal/jobs/server";
import nodemailer, { type SMTPSentMessageInfo, type Transporter } from "nodemailer";
import type { MailEnv } from "./env.ts";
import { type Mail, mailSchema } from "./types.ts";

// Mails go through the job queue: the web app records a mail in PostgreSQL (in the same moment
// as whatever caused it), the worker sends it over SMTP. A restart of either loses nothing, and a
// mail server that is away or refuses for a while (4xx) is tried again with backoff.
//
// Mails carry links with tokens (verification, password reset): nothing here logs a mail's
// subject, text or HTML, and the recipient only by its domain.

export { type MailEnv, mailEnv, mailEnvShape } from "./env.ts";

/**
 * The mail queue. Backoff from 30 s, doubled on each retry: the eighth retry comes about two hours
 * after the first attempt, which outlasts a mail server's restart or a short outage.
 */
export const MAIL_WARTESCHLANGE: Warteschlange = {
  name: "mail-versand",
  retryLimit: 8,
  retryDelay: 30,
  // Longer than the transport's timeouts together (see erstelleTransport).
  expireInSeconds: 120,
};

/** Every queue of this domain; senders and workers create them on start. */
export const MAIL_WARTESCHLANGEN = [MAIL_WARTESCHLANGE];

/**
 * Records a mail for the worker; returns the job id. Throws (a ZodError) for a mail that could
 * never be sent, so that the caller's bug shows where it is made and not later in the worker.
 */
export async function stelleZu(jobs: Jobs, mail: Mail): Promise<string | null> {
  return sende(jobs, MAIL_WARTESCHLANGE, mailSchema.parse(mail));
}

export type Transport = Transporter<SMTPSentMessageInfo>;

/**
 * The SMTP transport of `SMTP_URL`: smtp:// uses STARTTLS when the server offers it, smtps://
 * TLS from the start. Timeouts are short, so that a hanging server fails the attempt (and it is
 * retried) before the job expires.
 */
export function erstelleTransport(env: Pick<MailEnv, "SMTP_URL">): Transport {
  return nodemailer.createTransport({
    url: env.SMTP_URL,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

/** Where `SMTP_URL` points, for logs: without user and password. */
export function smtpZiel(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}

/** What the mail jobs need from the process that runs them. */
export interface MailArbeit {
  transport: Transport;
  /** `MAIL_FROM`: "Name <address>". */
  absender: string;
  log?: (line: string) => void;
}

/** What a mail job leaves in its output (pgboss.job.output). */
export type MailErgebnis = { gesendet: true; messageId: string } | { verworfen: string[] };

const domain = (address: string) => address.slice(address.lastIndexOf("@") + 1);

/**
 * Sends one mail job. A payload that can never be sent (it fails validation) is discarded
 * without retries: pg-boss 10 has no "fail for good", so the job completes with
 * `{ verworfen: [...] }` in its output and an error line in the log. Everything else that goes
 * wrong (connection, 4xx/5xx answers) throws, and pg-boss retries the job with backoff.
 */
export async function versendeMailJob(
  arbeit: MailArbeit,
  job: Pick<Job<unknown>, "id" | "data">,
): Promise<MailErgebnis> {
  const log = arbeit.log ?? ((line: string) => console.log(line));
  const geprueft = mailSchema.safeParse(job.data);
  if (!geprueft.success) {
    // The issues name the fields and what is wrong with them, never their values.
    const verworfen = geprueft.error.issues.map(
      (i) => `${i.path.join(".") || "(mail)"}: ${i.code}`,
    );
    log(`[mail] job ${job.id} discarded, it can never be sent: ${verworfen.join("; ")}`);
    return { verworfen };
  }
  const mail = geprueft.data;
  try {
    const info = await arbeit.transport.sendMail({
      from: arbeit.absender,
      to: mail.an,
      subject: mail.betreff,
      text: mail.text,
      html: mail.html,
      // Our HTML and text are final; no fetching of remote content while composing.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    log(`[mail] job ${job.id} sent to …@${domain(mail.an)} (${info.messageId})`);
    return { gesendet: true, messageId: info.messageId };
  } catch (error) {
    const e = error as Error & { code?: string; responseCode?: number };
    // Only the error's kind and the server's code: its message may quote the recipient.
    log(
      `[mail] job ${job.id} to …@${domain(mail.an)} failed (${e.code ?? e.name}${e.responseCode ? ` ${e.responseCode}` : ""}); retried later`,
    );
    throw new Error(`SMTP: ${e.code ?? e.name}${e.responseCode ? ` ${e.responseCode}` : ""}`);
  }
}

/** Creates the mail queue and works it: one mail at a time per worker process. */
export async function arbeiteMailJobs(jobs: Jobs, arbeit: MailArbeit): Promise<void> {
  await richteWarteschlangenEin(jobs, MAIL_WARTESCHLANGEN);
  await jobs.work<unknown>(
    MAIL_WARTESCHLANGE.name,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => (job ? versendeMailJob(arbeit, job) : undefined),
  );
}
