// The benchmarks' settings; nothing else in bench/ reads the environment.
// biome-ignore-all lint/style/noProcessEnv: this is the one place that does

const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** How long each load phase runs, in seconds. */
export const BENCH_SECONDS = number("BENCH_SECONDS", 20);

// Each entry point has ports of its own, apart from `npm start` (3000/1337/54329), `npm test`
// (3100/1338/54331) and the smoke test (3200/1339/54332), so that none fails because another runs.

/** The stack's ports for `npm run bench` (so that two checkouts can run it side by side). */
export const BENCH_PORTS = {
  web: number("BENCH_WEB_PORT", 3210),
  cms: number("BENCH_CMS_PORT", 1341),
  postgres: number("BENCH_PG_PORT", 54334),
};

/** The stack's ports for `npm run bench:js`. */
export const BENCH_JS_PORTS = {
  web: number("BENCH_JS_WEB_PORT", 3201),
  cms: number("BENCH_JS_CMS_PORT", 1340),
  postgres: number("BENCH_JS_PG_PORT", 54333),
};

/** `npm run bench:profile`: ports, seconds per scenario, and whether to reuse the last build. */
export const PROFILE = {
  webPort: number("PROFILE_WEB_PORT", 3300),
  pgPort: number("PROFILE_PG_PORT", 54335),
  seconds: number("PROFILE_SECONDS", 15),
  build: !process.env.PROFILE_NO_BUILD,
};

/**
 * `npm run bench:konto`: the Servicekonto's benchmarks on a database of their own (an embedded
 * PostgreSQL on KONTO_PG_PORT, or the server behind KONTO_DATABASE_URL), users signing in at once.
 */
export const KONTO = {
  pgPort: number("KONTO_PG_PORT", 54336),
  adminUrl: process.env.KONTO_DATABASE_URL,
  nutzer: number("KONTO_NUTZER", 20),
  seconds: number("KONTO_SECONDS", 20),
};

/**
 * `npm run bench:antraege`: submissions on a database of their own (an embedded PostgreSQL on
 * ANTRAG_PG_PORT, or the server behind ANTRAG_DATABASE_URL), users submitting at once.
 */
export const ANTRAG = {
  pgPort: number("ANTRAG_PG_PORT", 54337),
  adminUrl: process.env.ANTRAG_DATABASE_URL,
  nutzer: number("ANTRAG_NUTZER", 50),
  seconds: number("ANTRAG_SECONDS", 60),
  pool: number("ANTRAG_POOL", 10),
};

/**
 * `npm run bench:zahlungen`: payment intents created and confirmed by SEPA debit on a database of
 * their own (an embedded PostgreSQL on ZAHLUNG_PG_PORT, or the server behind ZAHLUNG_DATABASE_URL).
 */
export const ZAHLUNG = {
  pgPort: number("ZAHLUNG_PG_PORT", 54338),
  adminUrl: process.env.ZAHLUNG_DATABASE_URL,
  nutzer: number("ZAHLUNG_NUTZER", 50),
  seconds: number("ZAHLUNG_SECONDS", 30),
  pool: number("ZAHLUNG_POOL", 10),
};

/** The environment of a child process, with additions (the bare search server, the portal). */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  ...extra,
});

/** `npm run bench:js` against a running portal instead of a fresh stack. */
export const BENCH_URL = process.env.BENCH_URL;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * `npm run bench:beteiligung`: readers and writers on one procedure page, against a running
 * portal (`npm start`) and its database.
 */
export const BETEILIGUNG = {
  url: process.env.BETEILIGUNG_URL ?? "http://localhost:3000",
  databaseUrl:
    process.env.BETEILIGUNG_DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:54329/portal",
  beitraege: number("BETEILIGUNG_BEITRAEGE", 10_000),
  leser: number("BETEILIGUNG_LESER", 100),
  schreiber: number("BETEILIGUNG_SCHREIBER", 20),
  seconds: number("BETEILIGUNG_SECONDS", 30),
};
