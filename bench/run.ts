// Benchmarks (docs/benchmarks.md): `npm run bench` (all), `npm run bench -- load`, `npm run bench --
// search` (the search runs only), `npm run bench -- publish`. Starts the whole stack (production
// build) fresh on its own ports (BENCH_WEB_PORT, BENCH_CMS_PORT, BENCH_PG_PORT; default 3210, 1341,
// 54334) and prints the figures as a table. It reports; it asserts nothing, so a slow machine
// gives slow figures, not a failure.
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { createDb } from "@portal/db/client";
import { sucheLeistungen } from "@portal/katalog/server";
import { sql } from "drizzle-orm";
import { CmsAdmin } from "../e2e/support/cms-admin.ts";
import { root, startStack } from "../tooling/stack/src/stack.ts";
import { fire, percentile } from "./autocannon.ts";
import { BENCH_PORTS, BENCH_SECONDS } from "./env.ts";
import { neueSuchanfragen } from "./queries.ts";
import { startBareSearch } from "./servers.ts";
import { scaleCatalogue } from "./synthetic.ts";

const which = process.argv[2] ?? "all";
const CONNECTIONS = 50;
const DURATION = BENCH_SECONDS;

type Row = {
  run: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  failed: number;
  kb: number;
  load: string;
  target?: string;
  note?: string;
};
const rows: Row[] = [];
const load1 = () => loadavg()[0]?.toFixed(1) ?? "?";

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);

const stack = await startStack({
  dataDir: join(root, ".data/bench"),
  fresh: true,
  ports: BENCH_PORTS,
  log: (line) =>
    line.startsWith("[cms] ") || line.startsWith("[web] ") ? undefined : console.log(line),
});

async function load(
  title: string,
  urls: string[],
  options: { warm?: boolean; baseUrl?: string; target?: string } = {},
): Promise<Row> {
  const baseUrl = options.baseUrl ?? stack.webUrl;
  // First visits render and fill the cache; the benchmark measures the steady state after that.
  if (options.warm ?? true)
    for (const url of urls) await fetch(`${baseUrl}${url}`).then((r) => r.arrayBuffer());
  let i = 0;
  const loadBefore = load1();
  const { result, latencies } = await fire({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (req) => ({ ...req, path: urls[i++ % urls.length] ?? "/de" }) }],
  });
  const pct = (p: number) => percentile(latencies, p);
  const row: Row = {
    run: title,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
    kb: result.throughput.total / Math.max(1, result.requests.total) / 1024,
    load: `${loadBefore} → ${load1()}`,
    target: options.target,
    // A "never asked before" run that ran out of queries would repeat some: say so.
    note: options.warm === false && i > urls.length ? `${i - urls.length} repeated` : undefined,
  };
  rows.push(row);
  console.log(
    `${title.padEnd(44)} p50 ${row.p50.toFixed(1)} ms · p95 ${row.p95.toFixed(1)} ms · p99 ${row.p99.toFixed(1)} ms · ${Math.round(row.rps)} req/s · ${row.requests} requests, ${row.failed} failed · load ${row.load}`,
  );
  return row;
}

const searchUrl = (q: string) => `/de/suche?q=${encodeURIComponent(q)}`;

function printTable() {
  const f = (n: number) => n.toLocaleString("en", { maximumFractionDigits: 1 });
  console.log(
    "\n| run | p50 ms | p95 ms | p99 ms | req/s | requests (failed) | KiB/resp | load avg | target p95 |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---|---|");
  for (const r of rows)
    console.log(
      `| ${r.run}${r.note ? ` (${r.note})` : ""} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${Math.round(r.rps).toLocaleString("en")} | ${r.requests} (${r.failed}) | ${f(r.kb)} | ${r.load} | ${r.target ?? "–"} |`,
    );
}

try {
  if (which === "all" || which === "load" || which === "search") {
    const db = createDb(stack.portalDatabaseUrl, { max: 2 });
    const total = await scaleCatalogue(db, 2000);
    const { rows: services } = await db.execute<{ slug: string }>(
      sql`select slug from leistung where locale = 'de' order by random() limit 300`,
    );
    const { rows: texts } = await db.execute<{ text: string }>(
      sql`select titel || ' ' || suchbegriffe as text from leistung where locale = 'de'`,
    );
    console.log(
      `\nCatalogue: ${total} services; ${CONNECTIONS} connections, ${DURATION} s per run\n`,
    );

    // Never-seen queries: disjoint lists for the warm-up, the portal and the bare handler.
    const cachedQueries = [
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
    const used = new Set(cachedQueries.map((q) => q.toLowerCase()));
    const list = (n: number, seed: number) => {
      const qs = neueSuchanfragen(
        texts.map((t) => t.text),
        n,
        seed,
        used,
      );
      for (const q of qs) used.add(q.toLowerCase());
      return qs;
    };
    const warmPortal = list(300, 1);
    const warmBare = list(300, 2);
    const forPortal = list(25_000, 3);
    const forBare = list(25_000, 4);
    // What kind of questions these are: how many find something exactly, only after correction,
    // or nothing (asked directly of the service, a sample, before the runs).
    const kinds = { exakt: 0, unscharf: 0, keine: 0 };
    for (const q of forPortal.slice(0, 300)) {
      const r = await sucheLeistungen(db, { anfrage: q, sprache: "de", limit: 20, offset: 0 });
      kinds[r.gesamt === 0 ? "keine" : r.unscharf ? "unscharf" : "exakt"]++;
    }
    await db.$client.end();
    console.log(
      `Never-seen queries: ${forPortal.length} + ${forBare.length}, e.g. ${forPortal
        .slice(0, 6)
        .map((q) => JSON.stringify(q))
        .join(
          ", ",
        )}; of 300: ${kinds.exakt} exact hits, ${kinds.unscharf} hits after spelling correction, ${kinds.keine} nothing\n`,
    );

    if (which !== "search") {
      await load(
        "service page (300 services)",
        services.map((r) => `/de/leistungen/${r.slug}`),
        { target: "≤ 50 ms" },
      );
      await load(
        "service page + authority (place)",
        services
          .slice(0, 100)
          .map(
            (r, n) =>
              `/de/leistungen/${r.slug}/in/${["14612000", "14713000", "14521430", "14626110"][n % 4]}`,
          ),
      );
    }
    await load("search (10 queries, cached)", cachedQueries.map(searchUrl), { target: "≤ 80 ms" });

    // (a) Every request a query nobody asked before (first a short warm-up of other new queries,
    // so that the run measures a warm server, not its first compilation).
    for (const q of warmPortal) await fetch(`${stack.webUrl}${searchUrl(q)}`).then((r) => r.text());
    const portal = await load("search, every query new (portal)", forPortal.map(searchUrl), {
      warm: false,
      target: "≤ 250 ms",
    });
    // (b) The limit for this design: the same search, same pool, no Next.
    const bare = await startBareSearch(stack.portalDatabaseUrl);
    try {
      for (const q of warmBare) await fetch(`${bare.url}${searchUrl(q)}`).then((r) => r.text());
      const limit = await load(
        "search, every query new (bare Node + pg, JSON)",
        forBare.map(searchUrl),
        {
          warm: false,
          baseUrl: bare.url,
        },
      );
      const ratio = portal.rps / limit.rps;
      console.log(
        `\nnever-seen search, portal / bare handler: ${ratio.toFixed(2)} (target ≥ 0.5); portal p95 ${portal.p95.toFixed(0)} ms (target ≤ 250 ms)`,
      );
    } finally {
      bare.stop();
    }
  }
  if (which === "all" || which === "publish") {
    const admin = await CmsAdmin.login(
      stack.cmsUrl,
      stack.credentials.editorEmail,
      stack.credentials.editorPassword,
    );
    const leistung = await admin.findLeistung("personalausweis-beantragen");
    const latencies: number[] = [];
    for (let n = 1; n <= 20; n++) {
      const marker = `Benchmark-Änderung ${n} ${Date.now()}`;
      const started = performance.now();
      await admin.updateAndPublishLeistung(leistung.documentId, {
        kurztext: `${marker}. ${leistung.kurztext}`,
      });
      for (;;) {
        const html = await fetch(`${stack.webUrl}/de/leistungen/${leistung.slug}`).then((r) =>
          r.text(),
        );
        if (html.includes(marker)) break;
        if (performance.now() - started > 60_000) {
          console.log(`edit ${n} not live after 60 s`);
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const median = ((latencies[9] ?? 0) + (latencies[10] ?? 0)) / 2;
    console.log(
      `\nPublish → live over 20 edits (edit + publish via the CMS admin API, poll the page every 50 ms):`,
    );
    console.log(
      `median ${Math.round(median)} ms · worst ${Math.round(latencies[19] ?? 0)} ms · best ${Math.round(latencies[0] ?? 0)} ms (target ≤ 5 s)`,
    );
  }
  if (rows.length) printTable();
  console.log(
    `\nload average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
} finally {
  await stack.stop();
}
