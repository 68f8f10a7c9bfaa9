import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { alsEigenerAbsender, env, expect } from "./fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "./konto";

// What the authorization specs share: two citizens, the hidden fields of a form as the server
// renders it, and a post of them with an id swapped for someone else's.

/** A signed-in citizen in a browser context of their own, with and without JavaScript. */
export async function buerger(browser: Browser, wer: string) {
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
export async function formularfelder(page: Page, pfad: string, knopf: string) {
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
export async function sendeMitFremderId(
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

export async function abfrage<T>(sql: string, werte: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, werte)).rows as T[];
  } finally {
    await client.end();
  }
}
