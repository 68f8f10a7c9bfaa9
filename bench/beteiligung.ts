// Participation benchmark (issue 11, docs/benchmarks.md): `npm run bench:beteiligung` with the
// portal running (`npm start`, a production build). A procedure of its own is put into the read
// model with BETEILIGUNG_BEITRAEGE (10,000) published contributions (a tenth of them map points,
// a fifth of the comments with a reply, ratings on many); then for BETEILIGUNG_SECONDS (30)
// BETEILIGUNG_LESER (100) readers load its page (/de/beteiligung/<slug>, the newest contributions
// with their replies and rating counts) while BETEILIGUNG_SCHREIBER (20) writers post comments
// through the participation API the widget uses (honeypot, signed fill time, rate limit and the
// insert: the whole domain call), each post from an address of its own, as many citizens send.
// It prints p50/p95/p99 for both; it reports, it asserts nothing. At the end it removes the
// procedure and its contributions again.
import { cpus, loadavg, totalmem } from "node:os";
import pg from "pg";
import { fire, percentile } from "./autocannon.ts";
import { BETEILIGUNG } from "./env.ts";

const SLUG = "bench-beteiligung";
const ID = "bench-beteiligung";
const ORIGIN = "http://localhost";
const load1 = () => loadavg()[0]?.toFixed(1) ?? "?";

const db = new pg.Client({ connectionString: BETEILIGUNG.databaseUrl });
await db.connect();

async function aufraeumen() {
  await db.query("delete from beteiligung_beitrag where verfahren_id = $1", [ID]);
  await db.query("delete from beteiligung_verfahren where document_id = $1", [ID]);
}

async function anlegen() {
  await aufraeumen();
  const jetzt = Date.now();
  const phase = {
    id: "bench",
    titel: "Online-Dialog (Benchmark)",
    beginn: new Date(jetzt - 86_400_000).toISOString(),
    ende: new Date(jetzt + 86_400_000).toISOString(),
    publikum: "oeffentlich",
    kommentieren: "anonym",
    bewerten: "anonym",
    kartenpunkt: "anonym",
    stellungnahme: "nicht",
    umfrage: "nicht",
  };
  await db.query(
    `insert into beteiligung_verfahren (document_id, slug, gemeinde_ags, titel, art, kurzbeschreibung,
       beschreibung, dokumente, gebiet, moderation, meldeschwelle, archiviert, phasen, fragen)
     values ($1, $2, '14612000', 'Benchmark-Verfahren mit vielen Beiträgen', 'dialog',
       'Für npm run bench:beteiligung angelegt; wird danach wieder entfernt.', null, '[]', null,
       'nachtraeglich', 3, false, $3, '[]')`,
    [ID, SLUG, JSON.stringify([phase])],
  );
  // Contributions spread over the last 30 days, newest first on the page.
  await db.query(
    `insert into beteiligung_beitrag (verfahren_id, mandant_id, phase_id, art, text, name, lat, lon,
       status, erstellt)
     select $1, '14612000', 'bench',
       case when i % 10 = 0 then 'kartenpunkt' else 'kommentar' end,
       'Beitrag ' || i || ': ' || repeat('Mehr sichere Radwege und Abstellanlagen am Bahnhof. ', 1 + i % 6),
       case when i % 3 = 0 then null else 'Person ' || i end,
       case when i % 10 = 0 then 51.0 + (i % 100) / 1000.0 end,
       case when i % 10 = 0 then 13.7 + (i % 100) / 1000.0 end,
       'veroeffentlicht', now() - (i || ' minutes')::interval * 4
     from generate_series(1, $2::int) as i`,
    [ID, BETEILIGUNG.beitraege],
  );
  await db.query(
    `insert into beteiligung_beitrag (verfahren_id, mandant_id, phase_id, art, eltern_id, text,
       status, erstellt)
     select verfahren_id, mandant_id, phase_id, 'kommentar', id, 'Antwort: Das sehe ich auch so.',
       'veroeffentlicht', erstellt + interval '1 minute'
     from beteiligung_beitrag
     where verfahren_id = $1 and art = 'kommentar' and eltern_id is null and random() < 0.2`,
    [ID],
  );
  await db.query(
    `insert into beteiligung_bewertung (beitrag_id, person, wert)
     select b.id, 'email:bench-' || p, (array['zustimmung', 'neutral', 'ablehnung'])[1 + (p % 3)]
     from beteiligung_beitrag b, generate_series(1, 3) as p
     where b.verfahren_id = $1 and b.eltern_id is null and random() < 0.5`,
    [ID],
  );
  const { rows } = await db.query<{ n: string }>(
    "select count(*) as n from beteiligung_beitrag where verfahren_id = $1",
    [ID],
  );
  return Number(rows[0]?.n ?? 0);
}

type Zeile = {
  lauf: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
  fehler: number;
};
const zeile = (lauf: string, r: Awaited<ReturnType<typeof fire>>): Zeile => ({
  lauf,
  p50: percentile(r.latencies, 50),
  p95: percentile(r.latencies, 95),
  p99: percentile(r.latencies, 99),
  rps: r.result.requests.total / r.result.duration,
  n: r.result.requests.total,
  fehler: r.result.non2xx + r.result.errors + r.result.timeouts,
});

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; portal ${BETEILIGUNG.url}`,
);
try {
  const gesamt = await anlegen();
  console.log(`[bench] procedure ${SLUG}: ${gesamt} contributions (with replies)`);
  const seite = `/de/beteiligung/${SLUG}`;
  const erste = await fetch(`${BETEILIGUNG.url}${seite}`);
  if (erste.status !== 200) throw new Error(`${seite} answered ${erste.status}`);
  await erste.arrayBuffer();

  const karte = await fetch(`${BETEILIGUNG.url}/api/beteiligung/v1/verfahren/${SLUG}`, {
    headers: { Origin: ORIGIN },
  });
  const { formular } = (await karte.json()) as { formular: { angezeigtUm: string } | null };
  if (!formular) throw new Error("the benchmark procedure takes no comments");
  // The minimum fill time, once: every post then carries the same signed time.
  await new Promise((r) => setTimeout(r, 3_500));

  let n = 0;
  const loadVorher = load1();
  const [leser, schreiber] = await Promise.all([
    fire({
      url: BETEILIGUNG.url,
      connections: BETEILIGUNG.leser,
      duration: BETEILIGUNG.seconds,
      requests: [{ method: "GET", path: seite }],
    }),
    fire({
      url: BETEILIGUNG.url,
      connections: BETEILIGUNG.schreiber,
      duration: BETEILIGUNG.seconds,
      requests: [
        {
          method: "POST",
          path: `/api/beteiligung/v1/verfahren/${SLUG}/beitraege`,
          setupRequest: (req) => {
            const i = ++n;
            return {
              ...req,
              headers: {
                "Content-Type": "application/json",
                Origin: ORIGIN,
                // Each post from an address of its own (the stack has no proxy in front).
                "X-Forwarded-For": `2001:db8:${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}::1`,
              },
              body: JSON.stringify({
                text: `Benchmark-Kommentar ${i}: Bitte mehr Fahrradbügel am Albertplatz.`,
                webseite: "",
                angezeigtUm: formular.angezeigtUm,
                sprache: "de",
              }),
            };
          },
        },
      ],
    }),
  ]);
  const zeilen = [
    zeile(`read ${seite} (${BETEILIGUNG.leser} readers)`, leser),
    zeile(`write comment (${BETEILIGUNG.schreiber} writers)`, schreiber),
  ];
  const f = (x: number) => x.toLocaleString("en", { maximumFractionDigits: 1 });
  console.log(`\nload average ${loadVorher} → ${load1()}`);
  console.log("| run | p50 ms | p95 ms | p99 ms | req/s | requests (failed) |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const z of zeilen)
    console.log(
      `| ${z.lauf} | ${f(z.p50)} | ${f(z.p95)} | ${f(z.p99)} | ${f(z.rps)} | ${z.n} (${z.fehler}) |`,
    );
  const { rows } = await db.query<{ n: string }>(
    "select count(*) as n from beteiligung_beitrag where verfahren_id = $1 and text like 'Benchmark-Kommentar %'",
    [ID],
  );
  console.log(`\nwritten and stored: ${rows[0]?.n} of ${schreiber.result["2xx"]} acknowledged`);
} finally {
  await aufraeumen();
  await db.end();
}
