// The benchmarks' settings; nothing else in bench/ reads the environment.
// biome-ignore-all lint/style/noProcessEnv: this is the one place that does

/** How long each load phase runs, in seconds. */
export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

/** `npm run bench:js`: measure this running portal instead of starting a stack. */
export const BENCH_URL = process.env.BENCH_URL || undefined;

/** The Chromium that measures the map on demand. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
