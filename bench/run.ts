// Benchmarks (docs/benchmarks.md): `npm run bench` (both), `npm run bench -- load`, `npm run bench -- publish`.
// Starts the whole stack (production build) fresh on its own ports and prints the figures.
import { join } from "node:path";
import { createDb } from "@portal/db/client";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { CmsAdmin } from "../e2e/support/cms-admin.ts";
import { root, startStack } from "../tooling/stack/src/stack.ts";
import { BENCH_SECONDS } from "./env.ts";
import { scaleCatalogue } from "./synthetic.ts";

const which = process.argv[2] ?? "all";
const CONNECTIONS = 50;
const DURATION = BENCH_SECONDS;

const stack = await startStack({
  dataDir: join(root, ".data/bench"),
  fresh: true,
  ports: { web: 3200, cms: 1339, postgres: 54332 },
  log: (line) =>
    line.startsWith("[cms] ") || line.startsWith("[web] ") ? undefined : console.log(line),
});

async function load(title: string, urls: string[], warm = true) {
  // First visits render and fill the cache; the benchmark measures the steady state after that.
  if (warm)
    for (const url of urls) await fetch(`${stack.webUrl}${url}`).then((r) => r.arrayBuffer());
  let i = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: stack.webUrl,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (req) => ({ ...req, path: urls[i++ % urls.length] ?? "/de" }) }],
  });
  // autocannon's histogram has no 95th percentile; keep every response time and compute it.
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1);
  const failed = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${title.padEnd(34)} p50 ${pct(50)} ms · p95 ${pct(95)} ms · p99 ${pct(99)} ms · ${Math.round(result.requests.average)} req/s · ${result.requests.total} requests, ${failed} failed`,
  );
  return result;
}

try {
  if (which === "all" || which === "load") {
    const db = createDb(stack.portalDatabaseUrl, { max: 2 });
    const total = await scaleCatalogue(db, 2000);
    const { rows } = await db.execute<{ slug: string }>(
      sql`select slug from leistung where locale = 'de' order by random() limit 300`,
    );
    await db.$client.end();
    console.log(
      `\nCatalogue: ${total} services; ${CONNECTIONS} connections, ${DURATION} s per run\n`,
    );
    await load(
      "service page (300 services)",
      rows.map((r) => `/de/leistungen/${r.slug}`),
    );
    await load(
      "service page + authority (place)",
      rows
        .slice(0, 100)
        .map(
          (r, n) =>
            `/de/leistungen/${r.slug}/in/${["14612000", "14713000", "14521430", "14626110"][n % 4]}`,
        ),
    );
    const queries = [
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
    await load(
      "search (10 queries, cached)",
      queries.map((q) => `/de/suche?q=${encodeURIComponent(q)}`),
    );
    // Every request a query nobody asked before: rendered and stored, the worst case for search.
    const words = [
      "Ausweis",
      "Wohngeld",
      "Hund",
      "Bauantrag",
      "Gewerbe",
      "Pass",
      "Fahrzeug",
      "Geburt",
    ];
    const fresh = Array.from(
      { length: 60_000 },
      (_, n) => `/de/suche?q=${encodeURIComponent(`${words[n % words.length]} ${n}`)}`,
    );
    await load("search (every query new)", fresh, false);
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
        if (performance.now() - started > 60_000) throw new Error(`edit ${n} not live after 60 s`);
        await new Promise((r) => setTimeout(r, 50));
      }
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const median = (latencies[9]! + latencies[10]!) / 2;
    console.log(
      `\nPublish → live over 20 edits (edit + publish via the CMS admin API, poll the page every 50 ms):`,
    );
    console.log(
      `median ${Math.round(median)} ms · worst ${Math.round(latencies[19]!)} ms · best ${Math.round(latencies[0]!)} ms`,
    );
  }
} finally {
  await stack.stop();
}
