import pg from "pg";
import { alsEigenerAbsender, env, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { legeNachrichtAn, warteAufMail } from "../support/postfach";

// Data protection (issue 8, issue 9): the export holds everything stored about the citizen
// (profile, sessions, security log, Postfach, drafts, applications), as JSON and as a readable
// page; deleting the account asks
// for the password, confirms by mail, and leaves no row of the account in the database but the
// security log's events (append-only, without personal data).

/** Every row of any table of the portal's database that refers to the account by `konto_id`. */
async function zeilenVon(kontoId: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    const tabellen = await client.query<{ table_name: string }>(
      `select table_name from information_schema.columns
       where table_schema = 'public' and column_name = 'konto_id'`,
    );
    const gefunden: Record<string, number> = {};
    for (const { table_name } of tabellen.rows) {
      const { rows } = await client.query<{ n: string }>(
        `select count(*) as n from "${table_name}" where konto_id = $1`,
        [kontoId],
      );
      if (Number(rows[0]?.n) > 0) gefunden[table_name] = Number(rows[0]?.n);
    }
    const konto = await client.query("select 1 from konto where id = $1", [kontoId]);
    if (konto.rowCount) gefunden.konto = konto.rowCount;
    return gefunden;
  } finally {
    await client.end();
  }
}

/** The details of the security events kept under the account's id, as one text. */
async function sicherheitsdetails(kontoId: string): Promise<string> {
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ details: unknown }>(
      "select details from sicherheitsereignis where konto_id = $1",
      [kontoId],
    );
    return JSON.stringify(rows);
  } finally {
    await client.end();
  }
}

/**
 * A draft and a submitted application of the account, written straight into the database (the
 * runner's own journey is in antrag.spec.ts): what the export must list and the deletion treat
 * apart. Returns the application's reference number.
 */
async function legeAntragsdatenAn(kontoId: string): Promise<string> {
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    const aktenzeichen = `MB-2026-${String(Date.now()).slice(-6)}${Math.floor(Math.random() * 10)}`;
    await client.query(
      `insert into entwurf (formular, version, konto_id, antworten, seite, laeuft_ab_am)
       values ('meldebescheinigung', 1, $1, $2, 'person', now() + interval '30 days')`,
      [kontoId, JSON.stringify({ vorname: "Zoë", bemerkung: "<b>fett</b>" })],
    );
    await client.query(
      `insert into antrag (aktenzeichen, formular, version, leistung, oe_schluessel, konto_id,
         umschlag, idempotenz_schluessel)
       values ($1, 'meldebescheinigung', 1, 'meldebescheinigung', 'oe:test', $2,
         'eyJhbGciOiJ0ZXN0In0.verschluesselt', $3)`,
      [aktenzeichen, kontoId, `e2e-${aktenzeichen}`],
    );
    return aktenzeichen;
  } finally {
    await client.end();
  }
}

/** The application's account link after the deletion (undefined when the row is gone). */
async function antragKonto(aktenzeichen: string): Promise<string | null | undefined> {
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ konto_id: string | null }>(
      "select konto_id from antrag where aktenzeichen = $1",
      [aktenzeichen],
    );
    return rows[0] ? rows[0].konto_id : undefined;
  } finally {
    await client.end();
  }
}

test("the export holds everything stored, deletion removes it all", async ({ page }) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("datenschutz");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  await page.goto("/de/konto/profil");
  await page.getByLabel(/^Nachname/).fill("Šťastná-Zimmermann");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByTestId("erfolg")).toBeVisible();
  await legeNachrichtAn(email);
  const ich = (await (await page.request.get("/de/konto/daten/export.json")).json()) as {
    konto: { id: string };
  };
  const aktenzeichen = await legeAntragsdatenAn(ich.konto.id);

  // JSON: the account, the profile, the sessions, the security log, the Postfach, the drafts
  // and the applications.
  const json = await page.request.get("/de/konto/daten/export.json");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toContain("attachment");
  const daten = (await json.json()) as Record<string, unknown> & {
    konto: { id: string; email: string };
    profil: { nachname: string };
    sitzungen: unknown[];
    sicherheitsereignisse: unknown[];
    nachrichten: { betreff: string; anhaenge: { dateiname: string }[] }[];
    entwuerfe: { formular: string; antworten: Record<string, unknown> }[];
    antraege: { aktenzeichen: string; antwortenVerschluesselt: boolean }[];
  };
  expect(daten.konto.email).toBe(email);
  expect(daten.profil.nachname).toBe("Šťastná-Zimmermann");
  expect(daten.sitzungen.length).toBeGreaterThan(0);
  expect(daten.sicherheitsereignisse.length).toBeGreaterThan(0);
  expect(daten.nachrichten[0]?.betreff).toBe("Ihr Bescheid über die Hundesteuer");
  expect(daten.nachrichten[0]?.anhaenge[0]?.dateiname).toContain("Bescheid Hundesteuer");
  expect(daten.entwuerfe).toMatchObject([
    { formular: "meldebescheinigung", antworten: { vorname: "Zoë", bemerkung: "<b>fett</b>" } },
  ]);
  expect(daten.antraege).toMatchObject([{ aktenzeichen, antwortenVerschluesselt: true }]);
  expect(JSON.stringify(daten)).not.toContain("eyJhbGciOiJ0ZXN0In0");
  expect(JSON.stringify(daten)).not.toMatch(/passwort_?hash|\$argon2/i);
  const kontoId = daten.konto.id;

  // The readable copy says the same under headings in the page's language, escaped.
  const html = await (await page.request.get("/de/konto/daten/export.html")).text();
  for (const teil of [
    "Persönliche Angaben (Profil)",
    "Sicherheitsprotokoll",
    "Postfach: Nachrichten von Behörden",
    "Entwürfe von Anträgen (noch nicht abgeschickt)",
    "Abgeschickte Anträge",
    aktenzeichen,
    "für die zuständige Behörde verschlüsselt",
    "&lt;b&gt;fett&lt;/b&gt;",
    "Šťastná-Zimmermann",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
  ])
    expect(html).toContain(teil);
  expect(html).not.toContain("<script>alert(1)</script>");

  // Deletion: a wrong password deletes nothing; the right one deletes all and signs out.
  await page.goto("/de/konto/daten");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Konto löschen" }).click();
  await expect(page.getByText("Ihr Postfach: 1 Nachricht mit allen Anhängen")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Ihr Passwort").fill("nicht mein Passwort, sicher nicht");
  await page.getByRole("button", { name: "Konto endgültig löschen" }).click();
  await expect(page.getByRole("link", { name: /Das Passwort ist nicht richtig/ })).toBeVisible();
  expect(Object.keys(await zeilenVon(kontoId))).toContain("konto");
  await page.getByLabel("Ihr Passwort").fill(PASSWORT);
  await page.getByRole("button", { name: "Konto endgültig löschen" }).click();
  await expect(page).toHaveURL(/\/de\/konto\/geloescht/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Konto wurde gelöscht");
  await expectAccessible(page);
  await warteAufMail(email, /gelöscht/);
  // Only the append-only security log keeps the account's events, under the id no row names any
  // more, and without anything that would say whose they were.
  expect(Object.keys(await zeilenVon(kontoId))).toEqual(["sicherheitsereignis"]);
  // The draft went with the account; the application stays with the authority, unlinked.
  expect(await antragKonto(aktenzeichen)).toBeNull();
  expect(await sicherheitsdetails(kontoId)).not.toContain(email);
  await page.goto("/de/konto");
  await expect(page).toHaveURL(/\/de\/konto\/anmelden/);
});
