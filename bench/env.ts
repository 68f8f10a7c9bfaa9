// The benchmarks' settings; nothing else in bench/ reads the environment.
// biome-ignore-all lint/style/noProcessEnv: this is the one place that does

const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** How long each load phase runs, in seconds. */
export const BENCH_SECONDS = number("BENCH_SECONDS", 20);

/** The stack's ports for `npm run bench` (so that two checkouts can run it side by side). */
export const BENCH_PORTS = {
  web: number("BENCH_WEB_PORT", 3200),
  cms: number("BENCH_CMS_PORT", 1339),
  postgres: number("BENCH_PG_PORT", 54332),
};

/** `npm run bench:profile`: ports, seconds per scenario, and whether to reuse the last build. */
export const PROFILE = {
  webPort: number("PROFILE_WEB_PORT", 3300),
  pgPort: number("PROFILE_PG_PORT", 54333),
  seconds: number("PROFILE_SECONDS", 15),
  build: !process.env.PROFILE_NO_BUILD,
};

/** The environment of a child process, with additions (the bare search server, the portal). */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  ...extra,
});

/** `npm run bench:js` against a running portal instead of a fresh stack. */
export const BENCH_URL = process.env.BENCH_URL;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
