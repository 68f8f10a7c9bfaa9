import { inflateRawSync } from "node:zlib";
import pg from "pg";
import { alsEigenerAbsender, env, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { pdf } from "../support/pdf";
import { legeMitarbeiterAn } from "../support/verwaltung";
import { DIENSTPASSWORT, meldeMitarbeiterErstmalsAn } from "../support/verwaltung-antraege";

// The participation back office (/verwaltung/beteiligung, issue 11 item 5): a staff member of
// Dresden's administration with the role "beteiligung" sees Dresden's procedures and not
// Leipzig's, moderates a waiting statement, downloads CSV, XLSX and the Abwägungstabelle, weighs
// the statement and downloads again. The procedure and its statements are written into the
// stack's database for this run (the read model a CMS publish would fill) and removed after.
// A second procedure (a statement with a PDF sent through the public form, and a survey whose
// answers are written into the table) shows the submitter, the attachment's download (Leipzig's
// staff get a 404) and the survey results.

const uid = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const slug = `e2e-abwaegung-${uid}`;
const documentId = `e2e-${uid}`;
const FORMEL = `=HYPERLINK("http://x","y") Stellungnahme ${uid} <script>alert(1)</script>`;
const INSTITUTION = `Die Trasse der Fernwärme ist zu beachten (${uid}).`;
const ABWAEGUNG = `Der Hinweis wird in die Begründung aufgenommen (${uid}).`;
const anlagenSlug = `e2e-anlagen-${uid}`;
const anlagenId = `e2e-anlagen-${uid}`;
const FREITEXT = `<b>Mehr Bäume</b> an der Elbe ${uid}`;

async function sql<T extends pg.QueryResultRow>(text: string, werte: unknown[] = []) {
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, werte)).rows;
  } finally {
    await client.end();
  }
}

const phase = (id: string, titel: string, publikum: string) => ({
  id,
  titel,
  beginn: "2026-01-01T00:00:00Z",
  ende: "2030-01-01T00:00:00Z",
  publikum,
  kommentieren: "nicht",
  bewerten: "nicht",
  kartenpunkt: "nicht",
  stellungnahme: "konto",
  umfrage: "nicht",
});

test.beforeAll(async () => {
  await sql(
    `insert into beteiligung_verfahren (document_id, slug, gemeinde_ags, titel, art, dokumente,
       moderation, meldeschwelle, phasen, fragen)
     values ($1, $2, '14612000', $3, 'bauleitplanung', '[]', 'vorab', 3, $4, '[]')`,
    [
      documentId,
      slug,
      `Bebauungsplan E2E ${uid}`,
      JSON.stringify([
        phase("phase-1", "Öffentliche Auslegung", "oeffentlich"),
        phase("phase-2", "Träger öffentlicher Belange", "institutionen"),
      ]),
    ],
  );
  await sql(
    `insert into beteiligung_verfahren (document_id, slug, gemeinde_ags, titel, art, dokumente,
       moderation, meldeschwelle, phasen, fragen)
     values ($1, $2, '14612000', $3, 'bauleitplanung', '[]', 'vorab', 3, $4, $5)`,
    [
      anlagenId,
      anlagenSlug,
      `Bebauungsplan mit Umfrage E2E ${uid}`,
      JSON.stringify([
        { ...phase("phase-1", "Öffentliche Auslegung", "oeffentlich"), umfrage: "anonym" },
      ]),
      JSON.stringify([
        {
          id: "frage-weg",
          frage: "Wie kommen Sie zur Auslegung?",
          art: "einfach",
          optionen: ["Zu Fuß", "Mit dem Rad", "Mit dem Auto"],
        },
        { id: "frage-text", frage: "Was möchten Sie noch sagen?", art: "text", optionen: [] },
      ]),
    ],
  );
  await sql(
    `insert into beteiligung_umfrage_antwort (verfahren_id, phase_id, person, antworten, erstellt)
     values ($1, 'phase-1', null, $2, now() - interval '3 minutes'),
            ($1, 'phase-1', null, $3, now() - interval '2 minutes'),
            ($1, 'phase-1', null, $4, now() - interval '1 minute')`,
    [
      anlagenId,
      JSON.stringify({ "frage-weg": "Mit dem Rad", "frage-text": FREITEXT }),
      JSON.stringify({ "frage-weg": "Mit dem Rad" }),
      JSON.stringify({ "frage-weg": "Zu Fuß", "frage-text": "=1+1" }),
    ],
  );
  await sql(
    `insert into beteiligung_beitrag (verfahren_id, mandant_id, phase_id, art, text, name, konto_id,
       status, oeffentlich, erstellt)
     values ($1, '14612000', 'phase-1', 'stellungnahme', $2, null, gen_random_uuid(), 'ausstehend', true, now() - interval '2 minutes'),
            ($1, '14612000', 'phase-2', 'stellungnahme', $3, 'Stadtwerke Dresden', gen_random_uuid(), 'ausstehend', false, now() - interval '1 minute')`,
    [documentId, FORMEL, INSTITUTION],
  );
});

test.afterAll(async () => {
  // The attachment's file stays in the stack's Dateiablage (the e2e run does not know where it is).
  await sql("delete from beteiligung_beitrag where verfahren_id = any($1)", [
    [documentId, anlagenId],
  ]);
  await sql("delete from beteiligung_umfrage_antwort where verfahren_id = $1", [anlagenId]);
  await sql("delete from beteiligung_verfahren where document_id = any($1)", [
    [documentId, anlagenId],
  ]);
});

/** One file of a ZIP archive (the XLSX), read with the local file headers. */
function ausZip(zip: Buffer, name: string): string {
  for (let i = 0; i + 30 < zip.length; ) {
    if (zip.readUInt32LE(i) !== 0x04034b50) break;
    const methode = zip.readUInt16LE(i + 8);
    const groesse = zip.readUInt32LE(i + 18);
    const namenslaenge = zip.readUInt16LE(i + 26);
    const extra = zip.readUInt16LE(i + 28);
    const eintrag = zip.subarray(i + 30, i + 30 + namenslaenge).toString("utf8");
    const start = i + 30 + namenslaenge + extra;
    const daten = zip.subarray(start, start + groesse);
    if (eintrag === name) return (methode === 8 ? inflateRawSync(daten) : daten).toString("utf8");
    i = start + groesse;
  }
  throw new Error(`${name} not in the archive`);
}

test("staff of Dresden moderate, export and weigh their procedure's statements", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = `beteiligung-${uid}@dresden.example`;
  await legeMitarbeiterAn(email, "Beate Beteiligung", DIENSTPASSWORT, ["gv-14612000:beteiligung"]);
  await meldeMitarbeiterErstmalsAn(page, email);

  await page.getByRole("link", { name: /^Beteiligung: Beiträge moderieren/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beteiligungsverfahren");
  const verfahren = page.getByRole("table", { name: "Ihre Beteiligungsverfahren" });
  await expect(
    verfahren.getByRole("link", { name: "Radverkehrskonzept Dresden 2035" }),
  ).toBeVisible();
  await expect(verfahren.getByRole("link", { name: `Bebauungsplan E2E ${uid}` })).toBeVisible();
  await expect(verfahren.getByText("Spielplätze im Leipziger Osten")).toHaveCount(0);
  await expectAccessible(page);

  // Leipzig's procedure and its downloads are not found, as if they did not exist.
  const fremd = await page.goto("/de/verwaltung/beteiligung/spielplaetze-im-leipziger-osten");
  expect(fremd?.status()).toBe(404);
  const fremdeDatei = await page.request.get(
    "/de/verwaltung/beteiligung/spielplaetze-im-leipziger-osten/export/csv",
  );
  expect(fremdeDatei.status()).toBe(404);

  await page.goto(`/de/verwaltung/beteiligung/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bebauungsplan E2E ${uid}`);
  const warteschlange = page.getByRole("table", {
    name: "Beiträge, die auf eine Entscheidung warten",
  });
  await expect(warteschlange.getByRole("row")).toHaveCount(3);
  await expect(
    page.getByRole("img", { name: /Öffentliche Auslegung, Stellungnahme: 1/ }),
  ).toBeVisible();
  await expectAccessible(page);

  // The filter form is a GET form: the statement by its words.
  await page.getByLabel("Suche im Text oder Namen").fill(uid);
  await page.getByLabel("Phase", { exact: true }).selectOption({ label: "Öffentliche Auslegung" });
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page.getByTestId("treffer")).toHaveText("1 Beitrag gefunden.");
  // Markup is shown as text, never run.
  await expect(page.getByTestId("beitrag-text")).toHaveText(FORMEL);
  await page.getByRole("link", { name: "Beitrag Nr. 1 öffnen" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beitrag Nr. 1");
  await expect(page.getByTestId("status")).toHaveText("wartet auf Freigabe");
  await expectAccessible(page);
  await page.getByLabel("Entscheidung", { exact: true }).selectOption({ label: "Veröffentlichen" });
  await page.getByLabel(/Notiz zur Entscheidung/).fill("Sachlich, freigegeben.");
  await page.getByRole("button", { name: "Entscheidung speichern" }).click();
  await expect(page.getByTestId("meldung")).toContainText("Die Entscheidung ist gespeichert.");
  await expect(page.getByTestId("status")).toHaveText("veröffentlicht");
  const protokoll = page.getByRole("table", {
    name: "Moderationsentscheidungen zu diesem Beitrag",
  });
  await expect(protokoll).toContainText("Sachlich, freigegeben.");
  await expect(protokoll).toContainText("Sie");
  await expectAccessible(page);

  const csv = async () => {
    const antwort = await page.request.get(`/de/verwaltung/beteiligung/${slug}/export/csv`);
    expect(antwort.status()).toBe(200);
    expect(antwort.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const roh = await antwort.body();
    expect([...roh.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return roh.toString("utf8");
  };
  const vorher = await csv();
  // Formula neutralised with a quote, the field quoted as RFC 4180 asks.
  expect(vorher).toContain(`"'=HYPERLINK(""http://x"",""y"") Stellungnahme ${uid}`);
  expect(vorher).toContain(INSTITUTION);
  expect(vorher).toContain("veröffentlicht");

  const xlsx = await page.request.get(`/de/verwaltung/beteiligung/${slug}/export/xlsx`);
  expect(xlsx.status()).toBe(200);
  const blatt = ausZip(await xlsx.body(), "xl/worksheets/sheet1.xml");
  expect(blatt).not.toMatch(/<f[ >]/);
  expect(blatt).toContain(
    `<t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;) Stellungnahme ${uid} &lt;script&gt;`,
  );

  const pdf = async () => {
    const antwort = await page.request.get(`/de/verwaltung/beteiligung/${slug}/export/pdf`);
    expect(antwort.status()).toBe(200);
    expect(antwort.headers()["content-type"]).toBe("application/pdf");
    const roh = await antwort.body();
    expect(roh.subarray(0, 5).toString()).toBe("%PDF-");
    // The header row and one row per statement in the structure tree.
    expect(roh.toString("latin1").match(/\/S \/TR\b/g)).toHaveLength(3);
    return roh;
  };
  const pdfVorher = await pdf();

  // Weigh the statement and download again: the exports carry it.
  await page.getByRole("textbox", { name: /^Abwägung/ }).fill(ABWAEGUNG);
  await page.getByLabel("Beschlussvorschlag").selectOption({ label: "berücksichtigt" });
  await page.getByRole("button", { name: "Abwägung speichern" }).click();
  await expect(page.getByTestId("meldung")).toContainText("Die Abwägung ist gespeichert.");
  await expect(page.getByRole("textbox", { name: /^Abwägung/ })).toHaveValue(ABWAEGUNG);
  await expect(
    page.getByRole("table", { name: "Gespeicherte Fassungen der Abwägung, die älteste zuerst" }),
  ).toContainText(ABWAEGUNG);
  await expectAccessible(page);

  const nachher = await csv();
  const zeile = nachher.split("\r\n").find((z) => z.includes(`Stellungnahme ${uid}`)) ?? "";
  expect(zeile).toContain(ABWAEGUNG);
  expect(zeile).toContain(";berücksichtigt;");
  const pdfNachher = await pdf();
  expect(pdfNachher.length).toBeGreaterThan(pdfVorher.length);

  const [eintrag] = await sql<{ n: number }>(
    `select count(*)::int as n from zugriffsprotokoll z join konto k on k.id = z.mitarbeiter_konto_id
     where k.email = $1 and z.aktion = 'beteiligung-export-heruntergeladen' and z.oe_schluessel = 'gv-14612000'`,
    [email],
  );
  expect(eintrag?.n).toBe(5);
});

test("staff see a statement's submitter and attachment, and the survey results", async ({
  citizen,
  browser,
}) => {
  test.setTimeout(240_000);
  // A citizen sends a statement with a PDF through the public form (the file lands in the
  // stack's Dateiablage, wherever that is).
  const formular = `/de/beteiligung/${anlagenSlug}/stellungnahme`;
  await alsEigenerAbsender(citizen);
  const buerger = neueAdresse("anlagen");
  await registriereUndBestaetige(citizen, buerger);
  await meldeAn(
    citizen,
    buerger,
    PASSWORT,
    `/de/konto/anmelden?zurueck=${encodeURIComponent(formular)}`,
  );
  await expect(citizen).toHaveURL(new RegExp(`${formular}$`));
  const text = `Stellungnahme mit Anlage ${uid}`;
  await citizen.getByLabel("Ihre Stellungnahme").fill(text);
  await citizen.getByLabel("Vor- und Nachname").fill("Erika Mustermann");
  await citizen.getByLabel("Straße und Hausnummer").fill("Pfotenhauerstraße 12");
  await citizen.getByLabel("Postleitzahl").fill("01307");
  await citizen.getByLabel("Ort", { exact: true }).fill("Dresden");
  await citizen.getByLabel(/Ich willige ein/).check();
  const datei = pdf(`Lageplan ${uid}`);
  await citizen.getByLabel("Anlage 1 (PDF)").setInputFiles({
    name: "Lageplan Johannstadt.pdf",
    mimeType: "application/pdf",
    buffer: datei,
  });
  await citizen.getByRole("button", { name: "Stellungnahme abgeben" }).click();
  await expect(citizen).toHaveURL(new RegExp(`${formular}/eingegangen\\?id=`));
  const beitragId = new URL(citizen.url()).searchParams.get("id") ?? "";

  const dresden = await browser.newContext();
  const staff = await dresden.newPage();
  const email = `anlagen-${uid}@dresden.example`;
  await legeMitarbeiterAn(email, "Anton Anlage", DIENSTPASSWORT, ["gv-14612000:beteiligung"]);
  await meldeMitarbeiterErstmalsAn(staff, email, false);

  // The list says the statement has an attachment; its page shows who sent it.
  await staff.goto(`/de/verwaltung/beteiligung/${anlagenSlug}`);
  await expect(
    staff.getByRole("table", { name: /^Beiträge, Seite/ }).getByRole("row", { name: /1 Anlage/ }),
  ).toHaveCount(1);
  await staff.goto(`/de/verwaltung/beteiligung/${anlagenSlug}/beitraege/${beitragId}`);
  await expect(staff.getByTestId("einreicher-name")).toHaveText("Erika Mustermann");
  await expect(staff.getByTestId("einreicher-anschrift")).toContainText("Pfotenhauerstraße 12");
  await expect(staff.getByTestId("einreicher-anschrift")).toContainText("01307 Dresden");
  await expect(staff.getByText(/erteilt am .*, Fassung vom \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(staff.getByTestId("mitzeichnungen")).toHaveText("0");
  const link = staff.getByTestId("anlage-link");
  await expect(link).toHaveText("Lageplan Johannstadt.pdf");
  await expectAccessible(staff);

  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(
    new RegExp(
      `^/de/verwaltung/beteiligung/${anlagenSlug}/beitraege/${beitragId}/anlagen/[0-9a-f-]{36}$`,
    ),
  );
  const antwort = await staff.request.get(href);
  expect(antwort.status()).toBe(200);
  expect(antwort.headers()["content-type"]).toBe("application/pdf");
  expect(antwort.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
  expect(antwort.headers()["x-content-type-options"]).toBe("nosniff");
  expect(antwort.headers()["cache-control"]).toContain("no-store");
  expect(Buffer.compare(await antwort.body(), datei)).toBe(0);
  // An unknown attachment, or the right one under another statement: not found.
  const unbekannt = href.replace(/[0-9a-f-]{36}$/, crypto.randomUUID());
  expect((await staff.request.get(unbekannt)).status()).toBe(404);
  const [anderer] = await sql<{ id: string }>(
    "select id from beteiligung_beitrag where verfahren_id = $1 limit 1",
    [documentId],
  );
  expect(
    (await staff.request.get(href.replace(beitragId, anderer?.id ?? beitragId))).status(),
  ).toBe(404);
  const [protokolliert] = await sql<{ n: number }>(
    `select count(*)::int as n from zugriffsprotokoll z join konto k on k.id = z.mitarbeiter_konto_id
     where k.email = $1 and z.aktion = 'beteiligung-anlage-heruntergeladen' and z.gegenstand like $2`,
    [email, `%${beitragId}%`],
  );
  expect(protokolliert?.n).toBe(1);

  // The survey's results: counts per option, free texts as text, and the CSV.
  await staff.goto(`/de/verwaltung/beteiligung/${anlagenSlug}#umfrage`);
  await expect(staff.getByRole("heading", { name: "Umfrageergebnisse" })).toBeVisible();
  await expect(staff.getByTestId("umfrage-antworten")).toHaveText("3 Antworten eingegangen.");
  const tabelle = staff.getByRole("table", {
    name: "Antworten auf die Frage: Wie kommen Sie zur Auslegung?",
  });
  await expect(tabelle.getByRole("row", { name: /^Zu Fuß\s*1$/ })).toBeVisible();
  await expect(tabelle.getByRole("row", { name: /^Mit dem Rad\s*2$/ })).toBeVisible();
  await expect(tabelle.getByRole("row", { name: /^Mit dem Auto\s*0$/ })).toBeVisible();
  await expect(staff.getByText("2 von 3 haben diese Frage beantwortet.")).toBeVisible();
  await expect(staff.getByTestId("umfrage-texte")).toContainText(FREITEXT);
  await expect(staff.getByTestId("umfrage-texte").locator("b")).toHaveCount(0);
  await expectAccessible(staff);
  const umfrageCsv = await staff.request.get(
    `/de/verwaltung/beteiligung/${anlagenSlug}/export/umfrage`,
  );
  expect(umfrageCsv.status()).toBe(200);
  expect(umfrageCsv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const csv = (await umfrageCsv.body()).toString("utf8");
  expect(csv).toContain(
    "Nr.;Eingegangen;Wie kommen Sie zur Auslegung?;Was möchten Sie noch sagen?",
  );
  expect(csv).toContain(";Zu Fuß;'=1+1");
  await dresden.close();

  // Leipzig's staff find neither the attachment nor the procedure's survey.
  const leipzig = await browser.newContext();
  const fremd = await leipzig.newPage();
  const leipzigEmail = `anlagen-leipzig-${uid}@leipzig.example`;
  await legeMitarbeiterAn(leipzigEmail, "Lene Leipzig", DIENSTPASSWORT, [
    "gv-14713000:beteiligung",
  ]);
  await meldeMitarbeiterErstmalsAn(fremd, leipzigEmail, false);
  expect((await fremd.request.get(href)).status()).toBe(404);
  expect(
    (await fremd.request.get(`/de/verwaltung/beteiligung/${anlagenSlug}/export/umfrage`)).status(),
  ).toBe(404);
  await leipzig.close();
});
