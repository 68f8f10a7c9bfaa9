import { createDb } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, expect, inject, it } from "vitest";

// A worker (or the web app) must outlive its database dropping connections: a restart or a
// failover of PostgreSQL ends idle connections, and an unheard pool error would end the process
// (Vitest fails the file on it). The next query simply connects again.

let test: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  test = await createTestDatabase(inject("adminUrl"));
});
afterAll(() => test.drop());

it("an idle connection dropped by the server neither ends the process nor the next query", async () => {
  const db = createDb(test.url, { max: 2 });
  const admin = createDb(inject("adminUrl"), { max: 1 });
  try {
    await db.$client.query("select 1");
    const name = new URL(test.url).pathname.slice(1);
    const beendet = await admin.$client.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1",
      [name],
    );
    expect(beendet.rows.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    const antwort = await db.$client.query("select 42 as antwort");
    expect(antwort.rows[0]).toEqual({ antwort: 42 });
  } finally {
    await db.$client.end();
    await admin.$client.end();
  }
});
