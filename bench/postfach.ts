// How fast the Postfach lists: `node --conditions=react-server --import tsx bench/postfach.ts`.
// Seeds a fresh database (on TEST_DATABASE_URL, or an embedded PostgreSQL under
// .data/test-postgres) with one account holding 1,000 messages (a quarter read, a few with
// attachments), an organisation it acts for with 200 more, and 20,000 messages to other accounts
// as the rest of the table; then times `listeNachrichten` page 1 over 200 calls, for the account
// alone and acting for the organisation, and shows the plan of the page query. It reports; it
// asserts nothing.
import { konto, mitgliedschaft, organisation } from "@portal/auth/schema";
import { createTestDatabase } from "@portal/db/testing";
import { nachricht, nachrichtAnhang } from "@portal/postfach/schema";
import { listeNachrichten } from "@portal/postfach/server";
import { startTestServer } from "@portal/postgres/test-server";
import { sql } from "drizzle-orm";
import { percentile } from "./autocannon.ts";

const CALLS = 200;
// biome-ignore lint/style/noProcessEnv: like the test setup, the server comes from TEST_DATABASE_URL
const env = process.env as Record<string, string | undefined>;
const server = await startTestServer(env);
const { db, drop } = await createTestDatabase(server.adminUrl);

try {
  const [ich] = await db.insert(konto).values({ email: "bench@example.org" }).returning();
  const andere = await db
    .insert(konto)
    .values(Array.from({ length: 200 }, (_, i) => ({ email: `andere${i}@example.org` })))
    .returning({ id: konto.id });
  const [org] = await db
    .insert(organisation)
    .values({ name: "Bench GmbH", art: "unternehmen" })
    .returning();
  if (!ich || !org) throw new Error("seed failed");
  await db
    .insert(mitgliedschaft)
    .values({ organisationId: org.id, kontoId: ich.id, rolle: "inhaber" });

  const start = Date.UTC(2025, 0, 1);
  const zeile = (an: { kontoId: string } | { organisationId: string }, i: number) => ({
    ...an,
    absenderOeSchluessel: `oe:${i % 37}`,
    absenderName: `Behörde ${i % 37}`,
    betreff: `Nachricht ${i}`,
    text: "Sehr geehrte Damen und Herren, ".repeat(20),
    gesendetAm: new Date(start + i * 3_600_000),
    gelesenAm: i % 4 === 0 ? new Date(start + i * 3_600_000 + 60_000) : null,
  });
  const eigene = await db
    .insert(nachricht)
    .values(Array.from({ length: 1000 }, (_, i) => zeile({ kontoId: ich.id }, i)))
    .returning({ id: nachricht.id });
  await db
    .insert(nachricht)
    .values(Array.from({ length: 200 }, (_, i) => zeile({ organisationId: org.id }, i * 5 + 1)));
  for (let block = 0; block < 20; block++) {
    await db.insert(nachricht).values(
      Array.from({ length: 1000 }, (_, i) => {
        const n = block * 1000 + i;
        return zeile({ kontoId: andere[n % andere.length]?.id ?? ich.id }, n);
      }),
    );
  }
  await db.insert(nachrichtAnhang).values(
    eigene
      .filter((_, i) => i % 10 === 0)
      .map((n) => ({
        nachrichtId: n.id,
        dateiname: "Bescheid.pdf",
        medientyp: "application/pdf",
        groesse: 16_384,
        inhalt: Buffer.alloc(16_384, 1),
      })),
  );
  await db.execute(sql`analyze`);

  const messe = async (name: string, organisationId: string | null) => {
    const ms: number[] = [];
    let ergebnis = await listeNachrichten(db, { kontoId: ich.id, organisationId, seite: 1 });
    for (let i = 0; i < 10; i++)
      await listeNachrichten(db, { kontoId: ich.id, organisationId, seite: 1 });
    for (let i = 0; i < CALLS; i++) {
      const t0 = performance.now();
      ergebnis = await listeNachrichten(db, { kontoId: ich.id, organisationId, seite: 1 });
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    const f = (x: number) => x.toFixed(2);
    console.log(
      `${name.padEnd(28)} p50 ${f(percentile(ms, 50))} ms  p95 ${f(percentile(ms, 95))} ms  max ${f(ms.at(-1) ?? Number.NaN)} ms  ` +
        `(gesamt ${ergebnis.gesamt}, ungelesen ${ergebnis.ungelesen}, ${ergebnis.nachrichten.length} on page 1)`,
    );
  };

  console.log(`listeNachrichten page 1, ${CALLS} calls each, 21,200 messages in the table:`);
  await messe("account (1,000 messages)", null);
  await messe("account + organisation (1,200)", org.id);

  const plan = await db.execute(sql`
    explain (analyze, costs off, timing off)
    select id from nachricht where konto_id = ${ich.id} or organisation_id = ${org.id}
    order by gesendet_am desc, id desc limit 25`);
  console.log("\nPlan of the page query (account + organisation):");
  for (const row of plan.rows) console.log(`  ${Object.values(row)[0]}`);
} finally {
  await drop();
  await server.stop();
}
