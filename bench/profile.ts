// Where a search request's time goes: `npm run bench:profile`. Without the CMS (whose start alone
// takes minutes on a busy machine): an embedded PostgreSQL with the seeded services loaded straight
// into the read model and scaled to 2,000 as in the benchmark, and the production build of the
// portal started under `--cpu-prof`. Then, one after another, 50 connections for PROFILE_SECONDS
// each on
//   isr      /de/suche?q=<new query>          (the rewrite to the cached route, as citizens use it)
//   dynamic  /de/suche?q=<new query>&seite=01 (no rewrite matches: the per-request route)
//   cached   /de/suche?q=<one of 10 queries>  (page cache hits)
// each in a server of its own, so each profile holds one kind of request; the summary per profile
// is printed (bench/profile-summary.ts). Ports: PROFILE_WEB_PORT (3300), PROFILE_PG_PORT (54333).
// `npm run bench:profile -- isr dynamic` runs only those. Set PROFILE_NO_BUILD=1 to reuse the build.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { ensureDatabase } from "@portal/db/admin";
import { createDb } from "@portal/db/client";
import { migrateDb } from "@portal/db/migrate";
import { seedGebiet } from "@portal/katalog/server";
import { startEmbeddedPostgres } from "@portal/postgres/embedded";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { root } from "../tooling/stack/src/stack.ts";
import { childEnv, PROFILE } from "./env.ts";
import { neueSuchanfragen } from "./queries.ts";
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

async function startWeb(profileDir: string): Promise<ChildProcess> {
  mkdirSync(profileDir, { recursive: true });
  // `next start` is started through node directly, so that only the server writes a profile.
  const child = spawn(
    process.execPath,
    [
      `--cpu-prof`,
      `--cpu-prof-dir=${profileDir}`,
      join(webDir, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(WEB_PORT),
    ],
    { cwd: webDir, env: webEnv, stdio: "ignore", detached: true },
  );
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`http://localhost:${WEB_PORT}/api/orte?q=`);
      if (res.status < 500) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the portal did not start");
}

async function run(title: string, urls: string[]) {
  let i = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: `http://localhost:${WEB_PORT}`,
    connections: 50,
    duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, path: urls[i++ % urls.length] ?? "/de" }) }],
  });
  instance.on("response", (_c, _s, _b, t) => latencies.push(t));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.floor(q * latencies.length)]?.toFixed(1);
  console.log(
    `[profile] ${title}: ${Math.round(result.requests.total / result.duration)} req/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, ${result.non2xx + result.errors} failed, ${Math.round(result.throughput.total / Math.max(1, result.requests.total))} bytes/response, load ${loadavg()[0]?.toFixed(1)}`,
  );
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

try {
  for (const [n, scenario] of scenarios.entries()) {
    const profileDir = join(dataDir, `cpu-${scenario}`);
    const web = await startWeb(profileDir);
    try {
      const warm = fresh(200, 100 + n);
      const suffix = scenario === "dynamic" ? "&seite=01" : "";
      for (const q of scenario === "cached" ? CACHED : warm)
        await fetch(`http://localhost:${WEB_PORT}${url(q, suffix)}`).then((r) => r.text());
      const urls =
        scenario === "cached"
          ? CACHED.map((q) => url(q))
          : fresh(20_000, 200 + n).map((q) => url(q, suffix));
      await run(scenario, urls);
    } finally {
      const exited = new Promise((r) => web.once("exit", r));
      if (web.pid) process.kill(-web.pid, "SIGINT");
      await exited;
    }
    for (const f of readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"))) {
      console.log(`\n[profile] ${scenario}: ${join(profileDir, f)}`);
      console.log(
        execFileSync(
          process.execPath,
          ["--import", "tsx", join(root, "bench/profile-summary.ts"), join(profileDir, f), "30"],
          { encoding: "utf8" },
        ),
      );
    }
  }
} finally {
  await pg.stop();
}
