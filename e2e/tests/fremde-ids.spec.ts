import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { alsEigenerAbsender, env, expect, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { legeNachrichtAn } from "../support/postfach";

// A second citizen changes the ids in the Servicekonto's actions (the hidden fields of the forms
// as the server renders them, posted from the portal's own origin with the attacker's session):
// the Postfach's "mark as unread" and the organisations' "act for" with the victim's ids. Each
// must leave the victim's data as it was. (Pages and downloads with foreign ids: postfach.spec.ts
// and organisation.spec.ts.)

/** A signed-in citizen in a browser context of their own, with and without JavaScript. */
async function buerger(browser: Browser, wer: string) {
  const kontext = await browser.newContext();
  const page = await kontext.newPage();
  await alsEigenerAbsender(page);
  const email = neueAdresse(wer);
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  const ohneJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await ohneJs.context().addCookies(await kontext.cookies());
  return { page, ohneJs, email };
}

/** The hidden fields of the form with the button `knopf` on `pfad`, as the server renders it. */
async function formularfelder(page: Page, pfad: string, knopf: string) {
  await page.goto(pfad);
  const formular = page.locator("form").filter({ has: page.getByRole("button", { name: knopf }) });
  const felder: Record<string, string> = {};
  for (const feld of await formular.first().locator("input[type=hidden]").all()) {
    const name = await feld.getAttribute("name");
    if (name) felder[name] = (await feld.getAttribute("value")) ?? "";
  }
  return felder;
}

/** Posts the fields with `alt` replaced by `neu`, as the attacker's own browser would. */
async function sendeMitFremderId(
  page: Page,
  pfad: string,
  felder: Record<string, string>,
  alt: string,
  neu: string,
) {
  const getauscht = Object.fromEntries(
    Object.entries(felder).map(([k, v]) => [k, v === alt ? neu : v]),
  );
  expect(Object.values(getauscht)).toContain(neu);
  return page.request.post(pfad, {
    multipart: getauscht,
    headers: { Origin: new URL(env.baseUrl ?? "http://localhost").origin },
    maxRedirects: 0,
  });
}

async function abfrage<T>(sql: string, werte: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, werte)).rows as T[];
  } finally {
    await client.end();
  }
}

test("changed ids in the Postfach's and the organisations' actions gain nothing", async ({
  browser,
}) => {
  const opfer = await buerger(browser, "opfer");
  const taeter = await buerger(browser, "taeter");
  let versuche = 0;

  // Postfach: the victim has read their message; the attacker marks "theirs" unread.
  const fremd = await legeNachrichtAn(opfer.email);
  await opfer.page.goto(`/de/konto/postfach/${fremd.nachrichtId}`);
  const eigen = await legeNachrichtAn(taeter.email);
  const pfad = `/de/konto/postfach/${eigen.nachrichtId}`;
  const felder = await formularfelder(taeter.ohneJs, pfad, "Als ungelesen markieren");
  await sendeMitFremderId(taeter.page, pfad, felder, eigen.nachrichtId, fremd.nachrichtId);
  versuche++;
  const [gelesen] = await abfrage<{ gelesen_am: Date | null }>(
    "select gelesen_am from nachricht where id = $1",
    [fremd.nachrichtId],
  );
  expect(gelesen?.gelesen_am).not.toBeNull();
  // The same post with the attacker's own id does mark their message unread: the forgery above
  // was a working request in everything but the id.
  await sendeMitFremderId(taeter.page, pfad, felder, eigen.nachrichtId, eigen.nachrichtId);
  const [eigeneGelesen] = await abfrage<{ gelesen_am: Date | null }>(
    "select gelesen_am from nachricht where id = $1",
    [eigen.nachrichtId],
  );
  expect(eigeneGelesen?.gelesen_am).toBeNull();

  // Organisations: the victim's organisation; the attacker tries to act for it.
  await opfer.page.goto("/de/konto/organisationen");
  await opfer.page.getByLabel("Name der Organisation").fill(`Opfer-Verein ${Date.now()}`);
  await opfer.page.getByLabel("Art der Organisation").selectOption("verein");
  await opfer.page.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(opfer.page.getByTestId("erfolg")).toBeVisible();
  const [fremdeOrg] = await abfrage<{ id: string }>(
    "select m.organisation_id as id from mitgliedschaft m join konto k on k.id = m.konto_id where k.email = $1",
    [opfer.email],
  );
  await taeter.page.goto("/de/konto/organisationen");
  await taeter.page.getByLabel("Name der Organisation").fill(`Eigener Verein ${Date.now()}`);
  await taeter.page.getByLabel("Art der Organisation").selectOption("verein");
  await taeter.page.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(taeter.page.getByTestId("erfolg")).toBeVisible();
  const [eigeneOrg] = await abfrage<{ id: string }>(
    "select m.organisation_id as id from mitgliedschaft m join konto k on k.id = m.konto_id where k.email = $1",
    [taeter.email],
  );
  const orgFelder = await formularfelder(
    taeter.ohneJs,
    "/de/konto/organisationen",
    "Für diese Organisation handeln",
  );
  await sendeMitFremderId(
    taeter.page,
    "/de/konto/organisationen",
    orgFelder,
    eigeneOrg?.id ?? "",
    fremdeOrg?.id ?? "",
  );
  versuche++;
  await taeter.page.goto("/de/konto/organisationen");
  await expect(taeter.page.getByTestId("handelt-fuer")).toContainText("als Privatperson");
  await sendeMitFremderId(
    taeter.page,
    "/de/konto/organisationen",
    orgFelder,
    eigeneOrg?.id ?? "",
    eigeneOrg?.id ?? "",
  );
  await taeter.page.goto("/de/konto/organisationen");
  await expect(taeter.page.getByTestId("handelt-fuer")).toContainText("Eigener Verein");
  expect((await taeter.page.goto(`/de/konto/organisationen/${fremdeOrg?.id}`))?.status()).toBe(404);
  versuche++;
  console.log(`[fremde-ids] ${versuche} attempts with another citizen's ids, 0 got through`);
});
