// Where a search request's time goes: `npm run bench:profile [-- <scenarios>]`. Without the CMS
// (whose start alone takes minutes on a busy machine): an embedded PostgreSQL with the seeded
// services loaded straight into the read model and scaled to 2,000 as in the benchmark, and the
// production build of the portal. Scenarios (default: isr dynamic cached):
//   isr      /de/suche?q=<new query>          (the rewrite to the cached route, as citizens use it)
//   dynamic  /de/suche?q=<new query>&seite=01 (no rewrite matches: the per-request route)
//   cached   /de/suche?q=<one of 10 queries>  (page cache hits)
// Each runs 50 connections for PROFILE_SECONDS in a server of its own started with --cpu-prof, and
// the profile of the time under load is summarised (bench/profile-summary.ts).
// `compare` instead runs one server without the profiler and the bare handler (bench/bare-search.ts)
// and alternates batches of the scenarios plus `bare` (or those named after `compare`), five rounds, reporting the CPU milliseconds
// per request of the web server (or bare handler) and of PostgreSQL: steadier on a shared machine.
// Ports: PROFILE_WEB_PORT (3300), PROFILE_PG_PORT (54335). PROFILE_NO_BUILD=1 reuses the build.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { join } from "node:path";
import { ensureDatabase } from "@portal/db/admin";
import { createDb } from "@portal/db/client";
import { migrateDb } from "@portal/db/migrate";
import { seedGebiet } from "@portal/katalog/seed";
import { startEmbeddedPostgres } from "@portal/postgres/embedded";
import { sql } from "drizzle-orm";
import { root } from "../tooling/stack/src/stack.ts";
import { fire, percentile } from "./autocannon.ts";
import { cpuSeconds, postmaster } from "./cpu.ts";
import { childEnv, PROFILE } from "./env.ts";
import { neueSuchanfragen } from "./queries.ts";
import { startBareSearch } from "./servers.ts";
import { scaleCatalogue } from "./synthetic.ts";

const WEB_PORT = PROFILE.webPort;
const PG_PORT = PROFILE.pgPort;
const SECONDS = PROFILE.seconds;
const scenarios = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["isr", "dynamic", "cached"];
const dataDir = join(root, ".data/profile");
const webDir = join(root, "apps/web");

if (PROFILE.build) {
  console.log("[profile] next build …");
  execFileSync("npx", ["next", "build"], {
    cwd: webDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: childEnv({ NODE_ENV: "production" }),
  });
}
rmSync(dataDir, { recursive: true, force: true });
const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, "postgres"), port: PG_PORT });
await ensureDatabase(pg.url("postgres"), "portal");
const databaseUrl = pg.url("portal");
const db = createDb(databaseUrl, { max: 2 });
const texts: string[] = [];
try {
  await migrateDb(db);
  await seedGebiet(db);
  // The seeded services as the CMS would publish them (German and English), without the CMS.
  type Seed = Record<string, unknown> & {
    slug: string;
    titel: string;
    kurztext: string;
    volltext: string;
    suchbegriffe?: string[];
    en?: { titel: string; kurztext: string; volltext: string };
  };
  const dir = join(root, "seed/cms/leistungen");
  const seeds = readdirSync(dir).flatMap(
    (f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Seed[],
  );
  const MODULE_KEYS = [
    "voraussetzungen",
    "unterlagen",
    "gebuehren",
    "zahlungshinweis",
    "fristen",
    "bearbeitungsdauer",
    "verfahrensablauf",
    "rechtsgrundlagen",
    "hinweise",
    "weiterfuehrendeInformationen",
    "formulare",
  ];
  const LISTS = ["gebuehren", "rechtsgrundlagen", "weiterfuehrendeInformationen", "formulare"];
  // Straight into the read model, as bench/synthetic.ts writes its clones.
  for (const s of seeds) {
    const texte = [["de", s] as const, ...(s.en ? [["en", s.en] as const] : [])];
    for (const [locale, t] of texte) {
      const module = Object.fromEntries(
        MODULE_KEYS.map((k) => [k, s[k] ?? (LISTS.includes(k) ? [] : null)]),
      );
      await db.execute(sql`
        insert into leistung (document_id, locale, slug, leika_schluessel, titel, bezeichnung, kurztext, suchbegriffe, module, zustaendigkeit)
        values (${`seed-${s.slug}`}, ${locale}, ${s.slug}, ${String(s.leikaSchluessel)}, ${t.titel},
                ${(s.bezeichnung as string | null) ?? null}, ${t.kurztext}, ${(s.suchbegriffe ?? []).join(", ")},
                ${JSON.stringify({ ...module, volltext: t.volltext, freigabe: null })}::jsonb,
                ${JSON.stringify(s.zustaendigkeit ?? { ebene: "gemeinde", ausnahmen: [] })}::jsonb)`);
    }
  }
  const total = await scaleCatalogue(db, 2000);
  const { rows } = await db.execute<{ text: string }>(
    sql`select titel || ' ' || suchbegriffe as text from leistung where locale = 'de'`,
  );
  texts.push(...rows.map((r) => r.text));
  console.log(`[profile] ${total} services in the read model`);
} finally {
  await db.$client.end();
}

const webEnv = childEnv({
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: databaseUrl,
  CMS_URL: "http://127.0.0.1:9",
  CMS_WEBHOOK_SECRET: "profile-profile-profile-profile",
  PUBLIC_URL: `http://localhost:${WEB_PORT}`,
});

async function startWeb(profileDir: string, profile: boolean): Promise<ChildProcess> {
  mkdirSync(profileDir, { recursive: true });
  // `next start` is started through node directly, so that only the server writes a profile.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
      createRequire(join(webDir, "package.json")).resolve("next/dist/bin/next"),
      "start",
      "-p",
      String(WEB_PORT),
    ],
    { cwd: webDir, env: webEnv, stdio: ["ignore", "ignore", "inherit"], detached: true },
  );
  children.push(() => child.pid && process.kill(-child.pid, "SIGINT"));
  for (let i = 0; i < 240 && child.exitCode === null; i++) {
    try {
      const res = await fetch(`http://localhost:${WEB_PORT}/api/orte?q=`);
      if (res.status < 500) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the portal did not start");
}

const pgDir = join(dataDir, "postgres");
const now = () => Number(process.hrtime.bigint() / 1000n);

async function run(title: string, urls: string[], webPid: number) {
  let i = 0;
  const cpuBefore = { web: cpuSeconds([webPid]), pg: cpuSeconds([postmaster(pgDir)]) };
  const from = now();
  const { result, latencies } = await fire({
    url: `http://localhost:${WEB_PORT}`,
    connections: 50,
    duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, path: urls[i++ % urls.length] ?? "/de" }) }],
  });
  const to = now();
  const n = Math.max(1, result.requests.total);
  const ms = (before: number, after: number) => ((1000 * (after - before)) / n).toFixed(2);
  const p = (q: number) => percentile(latencies, 100 * q).toFixed(1);
  console.log(
    `[profile] ${title}: ${Math.round(result.requests.total / result.duration)} req/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, ${result.non2xx + result.errors} failed, ${Math.round(result.throughput.total / n)} bytes/response; CPU per request: web ${ms(cpuBefore.web, cpuSeconds([webPid]))} ms, PostgreSQL ${ms(cpuBefore.pg, cpuSeconds([postmaster(pgDir)]))} ms; load ${loadavg()[0]?.toFixed(1)}`,
  );
  return { from, to };
}

const used = new Set<string>();
const fresh = (n: number, seed: number) => {
  const qs = neueSuchanfragen(texts, n, seed, used);
  for (const q of qs) used.add(q.toLowerCase());
  return qs;
};
const url = (q: string, suffix = "") => `/de/suche?q=${encodeURIComponent(q)}${suffix}`;
const CACHED = [
  "Personalausweis",
  "Persoanlausweis",
  "Wohngeld",
  "Hund anmelden",
  "Baugenehmigung",
  "Führerschein",
  "Gewerbe",
  "Reisepass",
  "Geburtsurkunde",
  "Kfz Zulassung",
];

function urlsFor(scenario: string, n: number, seed: number): string[] {
  if (scenario === "cached") return CACHED.map((q) => url(q));
  return fresh(n, seed).map((q) => url(q, scenario === "dynamic" ? "&seite=01" : ""));
}

async function stopWeb(web: ChildProcess) {
  const exited = new Promise((r) => web.once("exit", r));
  if (web.pid) process.kill(-web.pid, "SIGINT");
  await exited;
}

async function profileScenarios() {
  for (const [n, scenario] of scenarios.entries()) {
    const profileDir = join(dataDir, `cpu-${scenario}`);
    const web = await startWeb(profileDir, true);
    let window = { from: 0, to: 0 };
    try {
      for (const u of urlsFor(scenario, 200, 100 + n))
        await fetch(`http://localhost:${WEB_PORT}${u}`).then((r) => r.text());
      window = await run(scenario, urlsFor(scenario, 20_000, 200 + n), web.pid ?? 0);
    } finally {
      await stopWeb(web);
    }
    for (const f of readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"))) {
      console.log(`\n[profile] ${scenario}: ${join(profileDir, f)}`);
      console.log(
        execFileSync(
          process.execPath,
          [
            "--import",
            "tsx",
            join(root, "bench/profile-summary.ts"),
            join(profileDir, f),
            "30",
            String(window.from),
            String(window.to),
          ],
          { encoding: "utf8" },
        ),
      );
    }
  }
}

/** Batches of `amount` requests, one scenario after another, five rounds; CPU per request. */
async function compare() {
  const ROUNDS = 5;
  const AMOUNT = 300;
  const asked = scenarios.slice(1);
  const kinds = asked.length ? asked : ["isr", "dynamic", "cached", "bare"];
  const web = await startWeb(join(dataDir, "compare"), false);
  const bare = await startBareSearch(databaseUrl);
  children.push(bare.stop);
  const results = new Map<string, { web: number[]; pg: number[]; rps: number[]; p95: number[] }>();
  try {
    // Warm both servers up (JIT, pools) with queries of their own.
    for (const kind of ["isr", "dynamic", "cached"])
      for (const u of urlsFor(kind, 100, 7))
        await fetch(`http://localhost:${WEB_PORT}${u}`).then((r) => r.text());
    for (const u of urlsFor("isr", 100, 8)) await fetch(`${bare.url}${u}`).then((r) => r.text());
    for (let round = 0; round < ROUNDS; round++)
      for (const [k, kind] of kinds.entries()) {
        const base = kind === "bare" ? bare.url : `http://localhost:${WEB_PORT}`;
        const urls = urlsFor(kind === "bare" ? "isr" : kind, AMOUNT, 1000 + 10 * round + k);
        const pid = kind === "bare" ? bare.pid : (web.pid ?? 0);
        let i = 0;
        const before = { web: cpuSeconds([pid]), pg: cpuSeconds([postmaster(pgDir)]) };
        const started = performance.now();
        const { result, latencies } = await fire({
          url: base,
          connections: 20,
          amount: AMOUNT,
          requests: [
            { setupRequest: (req) => ({ ...req, path: urls[i++ % urls.length] ?? "/de" }) },
          ],
        });
        const seconds = (performance.now() - started) / 1000;
        const r = results.get(kind) ?? { web: [], pg: [], rps: [], p95: [] };
        const n = Math.max(1, result.requests.total);
        r.web.push((1000 * (cpuSeconds([pid]) - before.web)) / n);
        r.pg.push((1000 * (cpuSeconds([postmaster(pgDir)]) - before.pg)) / n);
        r.rps.push(n / seconds);
        r.p95.push(percentile(latencies, 95));
        results.set(kind, r);
        if (result.non2xx + result.errors)
          console.log(`[compare] ${kind}: ${result.non2xx + result.errors} failed`);
      }
  } finally {
    bare.stop();
    await stopWeb(web);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(
    `\n[compare] ${ROUNDS} rounds × ${AMOUNT} requests, 20 connections; medians (load ${loadavg()[0]?.toFixed(1)})`,
  );
  console.log(
    "| scenario | CPU ms/request: server | CPU ms/request: PostgreSQL | req/s | p95 ms |",
  );
  console.log("|---|---:|---:|---:|---:|");
  for (const [kind, r] of results)
    console.log(
      `| ${kind} | ${median(r.web).toFixed(2)} | ${median(r.pg).toFixed(2)} | ${Math.round(median(r.rps))} | ${Math.round(median(r.p95))} |`,
    );
}

// Stopped from outside (Ctrl+C): the servers and PostgreSQL stop too.
const children: (() => void)[] = [];
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    for (const stop of children) stop();
    void pg.stop().finally(() => process.exit(130));
  });

try {
  if (scenarios[0] === "compare") await compare();
  else await profileScenarios();
} finally {
  await pg.stop();
}
