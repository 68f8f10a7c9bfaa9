// The benchmarks' settings; nothing else in bench/ reads the environment.
// biome-ignore-all lint/style/noProcessEnv: this is the one place that does

/** How long each load phase runs, in seconds. */
export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
