// Payments benchmark (issue 10, docs/benchmarks.md): `npm run bench:zahlungen`. ZAHLUNG_NUTZER
// (50) citizens pay a fee at once for ZAHLUNG_SECONDS (30), each as the payment step does it:
// `create` (Kassenzeichen counted, remittance text, idempotency key stored, event written) and
// `confirm` by SEPA direct debit (intent locked, IBAN checked, mandate stored with its TARGET2
// due date, event written). Every fifth payment is sent twice at once, both calls (a double
// click on either page), and must come back as the same intent with one mandate.
//
// At the end it counts: intents and mandates in the database against acknowledged payments
// (nothing lost), Kassenzeichen and mandate references seen twice (nothing duplicated). It
// reports and exits non-zero only if something was lost or duplicated; the figures assert nothing.
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { dropDatabase, ensureDatabase } from "@portal/db/admin";
import { createDb } from "@portal/db/client";
import { migrateDb } from "@portal/db/migrate";
import { paymentIntent, sepaMandat } from "@portal/payments/schema";
import {
  confirm,
  create,
  lokalerSepaAnbieter,
  speichereKassenkonto,
} from "@portal/payments/server";
import { startEmbeddedPostgres } from "@portal/postgres/embedded";
import { sql } from "drizzle-orm";
import { root } from "../tooling/stack/src/stack.ts";
import { percentile } from "./autocannon.ts";
import { ZAHLUNG } from "./env.ts";

const OE = "oe:bench-stadtkasse";
// Valid German test IBANs (check digits right), so the IBAN check does its whole work.
const IBANS = ["DE02120300000000202051", "DE02100100100006820101", "DE89370400440532013000"];

const server = ZAHLUNG.adminUrl
  ? null
  : await startEmbeddedPostgres({
      dataDir: join(root, ".data/bench-zahlungen"),
      port: ZAHLUNG.pgPort,
    });
const adminUrl = ZAHLUNG.adminUrl ?? server?.url("postgres") ?? "";
const name = `bench_zahlungen_${Date.now()}`;
await ensureDatabase(adminUrl, name);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
// One web instance's pool (DATABASE_POOL_MAX's default).
const db = createDb(url.toString(), { max: ZAHLUNG.pool });
const provider = lokalerSepaAnbieter();

try {
  await migrateDb(db);
  const kasse = await speichereKassenkonto(db, {
    oeSchluessel: OE,
    glaeubigerId: "DE98ZZZ09999999999",
    kontoinhaber: "Stadtkasse (Benchmark)",
    iban: "DE02120300000000202051",
    bic: "BYLADEM1001",
    lastschrift: true,
    ueberweisung: true,
  });
  if (!kasse.ok) throw new Error(kasse.meldung.en);

  const dauern: number[] = [];
  const quittiert = new Map<string, string>(); // intent id → Kassenzeichen
  let abweichend = 0;
  let doppelt = 0;
  let fehler = 0;
  let n = 0;
  const anteile = { create: 0, confirm: 0 };

  /** One payment as the payment step makes it: the intent, then the confirmed mandate. */
  async function bezahle(i: number) {
    const key = randomUUID();
    const mal = i % 5 === 0 ? 2 : 1;
    let t = performance.now();
    const erstellt = await Promise.all(
      Array.from({ length: mal }, () =>
        create(db, {
          amount: 3070,
          description: "Gebühr Bewohnerparkausweis (ein Jahr)",
          oeSchluessel: OE,
          paymentMethodType: "sepa_debit",
          metadata: { formular: "bewohnerparkausweis", entwurf: key },
          idempotencyKey: `entwurf:${key}`,
        }),
      ),
    );
    anteile.create += performance.now() - t;
    const [a, b] = erstellt;
    if (!a?.ok) throw new Error(a?.meldung.en);
    if (b && (!b.ok || b.intent.id !== a.intent.id)) abweichend++;
    t = performance.now();
    const bestaetigt = await Promise.all(
      Array.from({ length: mal }, () =>
        confirm(db, {
          id: a.intent.id,
          provider,
          zahlungsmittel: {
            type: "sepa_debit",
            kontoinhaber: `Anna Schmidt ${i}`,
            iban: IBANS[i % IBANS.length] ?? "",
          },
        }),
      ),
    );
    anteile.confirm += performance.now() - t;
    for (const c of bestaetigt) {
      if (!c.ok) throw new Error(c.meldung.en);
      if (c.intent.status !== "processing") abweichend++;
    }
    return a.intent;
  }

  const ende = Date.now() + ZAHLUNG.seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: ZAHLUNG.nutzer }, async () => {
      while (Date.now() < ende) {
        const i = n++;
        const t = performance.now();
        try {
          const intent = await bezahle(i);
          dauern.push(performance.now() - t);
          if (quittiert.has(intent.id)) doppelt++;
          quittiert.set(intent.id, intent.kassenzeichen);
        } catch (err) {
          fehler++;
          if (fehler <= 3) console.error(err);
        }
      }
    }),
  );
  const sekunden = (performance.now() - start) / 1000;

  const [zaehlung] = (
    await db.execute<{
      intents: number;
      kassenzeichen: number;
      mandate: number;
      referenzen: number;
      verarbeitet: number;
    }>(sql`
      select (select count(*)::int from ${paymentIntent}) as intents,
             (select count(distinct ${paymentIntent.kassenzeichen})::int from ${paymentIntent}) as kassenzeichen,
             (select count(*)::int from ${sepaMandat}) as mandate,
             (select count(distinct ${sepaMandat.referenz})::int from ${sepaMandat}) as referenzen,
             (select count(*)::int from ${paymentIntent} where ${paymentIntent.status} = 'processing') as verarbeitet`)
  ).rows as [
    {
      intents: number;
      kassenzeichen: number;
      mandate: number;
      referenzen: number;
      verarbeitet: number;
    },
  ];
  const z = zaehlung;

  dauern.sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `Payments: ${ZAHLUNG.nutzer} payers for ${ZAHLUNG.seconds} s, pool ${ZAHLUNG.pool}, ` +
      `${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)} at the end`,
  );
  console.log(
    `  ${quittiert.size} created and confirmed in ${sekunden.toFixed(1)} s: ` +
      `${(quittiert.size / sekunden).toFixed(1)} payments/s`,
  );
  console.log(
    `  latency (create + confirm) p50 ${ms(percentile(dauern, 50))}  p95 ${ms(percentile(dauern, 95))}  ` +
      `max ${ms(dauern.at(-1) ?? Number.NaN)}  (every fifth sent twice at once)`,
  );
  const summe = anteile.create + anteile.confirm;
  console.log(
    `  share of the time: create ${((100 * anteile.create) / summe).toFixed(0)} %, ` +
      `confirm ${((100 * anteile.confirm) / summe).toFixed(0)} %`,
  );
  console.log(
    `  database: ${z.intents} intents (${z.verarbeitet} processing), ${z.kassenzeichen} distinct ` +
      `Kassenzeichen, ${z.mandate} mandates, ${z.referenzen} distinct mandate references`,
  );
  console.log(
    `  lost ${Math.max(0, quittiert.size - z.intents)}, extra intents ${Math.max(0, z.intents - quittiert.size)}, ` +
      `double sends answered otherwise ${abweichend}, acknowledged twice ${doppelt}, failed ${fehler}`,
  );
  const heil =
    z.intents === quittiert.size &&
    z.kassenzeichen === z.intents &&
    z.mandate === z.intents &&
    z.referenzen === z.mandate &&
    z.verarbeitet === z.intents &&
    abweichend === 0 &&
    doppelt === 0 &&
    fehler === 0;
  console.log(heil ? "  nothing lost, nothing duplicated" : "  SOMETHING WAS LOST OR DUPLICATED");
  process.exitCode = heil ? 0 : 1;
} finally {
  await db.$client.end();
  await dropDatabase(adminUrl, name);
  await server?.stop();
}
