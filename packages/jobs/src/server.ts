import "server-only";
import PgBoss from "pg-boss";

// Background work goes through pg-boss, a job queue in the portal's own PostgreSQL (schema
// "pgboss"): a job survives a restart of the web app or the worker, a failed job is retried with
// backoff, and more worker processes simply take more jobs.

export type Jobs = PgBoss;
export type Job<T> = PgBoss.Job<T>;

/** A queue and its retry policy; each domain declares its own. */
export interface Warteschlange {
  /** Letters, digits and hyphens: "<domain>-<what>". */
  name: string;
  retryLimit: number;
  /** Seconds before the first retry; doubled on each further one (retryBackoff). */
  retryDelay: number;
  /** A job running longer than this counts as failed (and is retried). */
  expireInSeconds: number;
}

/**
 * Connects to the queue. `arbeiten: false` for processes that only send (the web app): they take
 * no part in pg-boss's maintenance and scheduling, which the worker does.
 */
export async function startJobs(
  url: string,
  options: { arbeiten: boolean; anwendung: string },
): Promise<Jobs> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: options.anwendung,
    max: options.arbeiten ? 4 : 2,
    supervise: options.arbeiten,
    schedule: options.arbeiten,
    migrate: true,
  });
  boss.on("error", (error) => console.error(`[jobs] ${options.anwendung}:`, error));
  await boss.start();
  return boss;
}

/** Creates the queues (idempotent: an existing queue is left as it is). */
export async function richteWarteschlangenEin(jobs: Jobs, warteschlangen: Warteschlange[]) {
  for (const w of warteschlangen) {
    await jobs.createQueue(w.name, { ...w, retryBackoff: true });
  }
}

/**
 * Sends a job; on a database hiccup tries again a few times (0.2 s, 0.4 s, 0.8 s) before giving up,
 * so that a short outage during a publish does not lose the event.
 */
export async function sende(
  jobs: Jobs,
  warteschlange: Warteschlange,
  data: object,
  versuche = 4,
): Promise<string | null> {
  for (let versuch = 1; ; versuch++) {
    try {
      return await jobs.send(warteschlange.name, data, {
        retryLimit: warteschlange.retryLimit,
        retryDelay: warteschlange.retryDelay,
        retryBackoff: true,
        expireInSeconds: warteschlange.expireInSeconds,
      });
    } catch (error) {
      if (versuch >= versuche) throw error;
      await new Promise((r) => setTimeout(r, 100 * 2 ** versuch));
    }
  }
}
