import { expect, test } from "@playwright/test";
import pg from "pg";
import { env } from "../support/fixtures";

// A scripted flood against the participation API the widget uses (the portal's own forms go
// through the same domain call, reicheBeitragEin): 200 anonymous comments from one client, as a
// bot sends them. The honeypot, the signed minimum fill time and the rate limit (10 per 10
// minutes per address and procedure) must let exactly 10 through, and none of those is public
// before its e-mail address is confirmed.

const SLUG = "radverkehrskonzept-dresden-2035";
const API = `/api/beteiligung/v1/verfahren/${SLUG}`;
/** An embedding page Dresden allows (einbettungsDomains: localhost). */
const ORIGIN = "http://localhost:4400";

test("a flood of 200 anonymous comments gets 10 through, none of them public", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const group = () => Math.floor(Math.random() * 0x10000).toString(16);
  // One client, an address of its own for this run (the counters live in the stack's database).
  const absender = `2001:db8:${group()}:${group()}::7`;
  const koepfe = { Origin: ORIGIN, "X-Forwarded-For": absender };
  const marke = `Flut-${Date.now()}-${group()}`;

  const karte = await request.get(API, { headers: koepfe });
  expect(karte.status()).toBe(200);
  const { formular } = (await karte.json()) as { formular: { angezeigtUm: string } | null };
  expect(formular, "the procedure takes comments now").not.toBeNull();
  const angezeigtUm = formular?.angezeigtUm ?? "";
  // The bot waits out the minimum fill time once, then reuses the signed time for every post.
  await new Promise((r) => setTimeout(r, 3_500));

  const sende = (i: number) => {
    const art = i < 60 ? "honigtopf" : i < 120 ? "gefaelscht" : "sauber";
    return request
      .post(`${API}/beitraege`, {
        headers: koepfe,
        data: {
          text: `${marke} Nr. ${i}: Mehr Radwege!`,
          email: `flut-${i}@example.org`,
          sprache: "de",
          webseite: art === "honigtopf" ? "https://spam.example" : "",
          // A time the portal did not sign (a bot's guess): as good as none.
          angezeigtUm:
            art === "gefaelscht" ? new Date(Date.now() - 60_000).toISOString() : angezeigtUm,
        },
      })
      .then(async (r) => ({
        art,
        status: r.status(),
        fehler: ((await r.json()) as { fehler?: string }).fehler,
      }));
  };
  const antworten: { art: string; status: number; fehler?: string }[] = [];
  // 20 at a time, as a script with a connection pool sends them.
  for (let i = 0; i < 200; i += 20) {
    antworten.push(...(await Promise.all(Array.from({ length: 20 }, (_, k) => sende(i + k)))));
  }

  const zaehle = (art: string, status: number, fehler?: string) =>
    antworten.filter((a) => a.art === art && a.status === status && a.fehler === fehler).length;
  expect(zaehle("honigtopf", 422, "spam")).toBe(60);
  expect(zaehle("gefaelscht", 422, "zu-schnell")).toBe(60);
  expect(zaehle("sauber", 201)).toBe(10);
  expect(zaehle("sauber", 429, "zu-viele")).toBe(70);

  // In the database: exactly the 10, each waiting for its e-mail confirmation.
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string; n: string }>(
      "select status, count(*) as n from beteiligung_beitrag where text like $1 group by status",
      [`${marke} %`],
    );
    expect(rows).toEqual([{ status: "unbestaetigt", n: "10" }]);
  } finally {
    await client.end();
  }
  // And not public: the widget's latest contributions do not show any of them.
  const danach = await request.get(API, {
    headers: { ...koepfe, "X-Forwarded-For": "2001:db8::8" },
  });
  expect(await danach.text()).not.toContain(marke);
});
