// Servicekonto benchmark (docs/benchmarks.md): `npm run bench:konto`. Sign-in throughput and
// latency with KONTO_NUTZER (20) users signing in at once for KONTO_SECONDS, argon2id included,
// through the domain's own `meldeAn` (the work a sign-in does: find the account, verify the hash,
// log the event, begin the session). Reports; asserts nothing.
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { bestaetigeEmail, meldeAn, registriere } from "@portal/auth/server";
import type { Mail } from "@portal/auth/types";
import { dropDatabase, ensureDatabase } from "@portal/db/admin";
import { createDb } from "@portal/db/client";
import { migrateDb } from "@portal/db/migrate";
import { startEmbeddedPostgres } from "@portal/postgres/embedded";
import { root } from "../tooling/stack/src/stack.ts";
import { percentile } from "./autocannon.ts";
import { KONTO } from "./env.ts";

const PASSWORT = "ein langes Passwort für den Benchmark";

const server = KONTO.adminUrl
  ? null
  : await startEmbeddedPostgres({ dataDir: join(root, ".data/bench-konto"), port: KONTO.pgPort });
const adminUrl = KONTO.adminUrl ?? server?.url("postgres") ?? "";
const name = `bench_konto_${Date.now()}`;
await ensureDatabase(adminUrl, name);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
// One connection per user, as a web instance's pool would give them.
const db = createDb(url.toString(), { max: KONTO.nutzer });

try {
  await migrateDb(db);
  const adressen = Array.from({ length: KONTO.nutzer }, (_, i) => `nutzer${i}@bench.example`);
  for (const email of adressen) {
    const mails: Mail[] = [];
    const post = async (m: Mail) => {
      mails.push(m);
    };
    await registriere(db, { email, passwort: PASSWORT, sprache: "de" }, { post });
    const token = /token=([\w-]+)/.exec(mails[0]?.text ?? "")?.[1];
    if (!token || !(await bestaetigeEmail(db, { token })).ok)
      throw new Error("confirmation failed");
  }

  const dauern: number[] = [];
  let fehler = 0;
  const ende = Date.now() + KONTO.seconds * 1000;
  const start = performance.now();
  await Promise.all(
    adressen.map(async (email) => {
      while (Date.now() < ende) {
        const t = performance.now();
        const ergebnis = await meldeAn(db, { email, passwort: PASSWORT, geraet: "bench" });
        dauern.push(performance.now() - t);
        if (!ergebnis.ok) fehler++;
      }
    }),
  );
  const sekunden = (performance.now() - start) / 1000;
  dauern.sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.table([
    {
      run: `sign-in, ${KONTO.nutzer} users at once`,
      "sign-ins/s": (dauern.length / sekunden).toFixed(1),
      p50: ms(percentile(dauern, 50)),
      p95: ms(percentile(dauern, 95)),
      p99: ms(percentile(dauern, 99)),
      max: ms(dauern.at(-1) ?? Number.NaN),
      "sign-ins": dauern.length,
      failed: fehler,
    },
  ]);
} finally {
  await db.$client.end();
  await dropDatabase(adminUrl, name);
  await server?.stop();
}
