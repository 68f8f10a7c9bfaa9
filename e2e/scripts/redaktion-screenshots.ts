// Takes the screenshots of the editor guide (docs/redaktion.md) against a running stack, in the
// German admin panel: log in, open a Leistung, change its Kurztext, publish, see it on the portal.
//
//   E2E_CMS_URL=http://127.0.0.1:1340 E2E_BASE_URL=http://localhost:3200 \
//   E2E_EDITOR_EMAIL=… E2E_EDITOR_PASSWORD=… node --import tsx e2e/scripts/redaktion-screenshots.ts
//
// It really publishes the change (on a development stack, never on a real CMS).
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { e2eEnv } from "../env";

const cmsUrl = e2eEnv.cmsUrl;
const portalUrl = e2eEnv.baseUrl ?? "";
const email = e2eEnv.editorEmail;
const password = e2eEnv.editorPassword;
if (!cmsUrl || !portalUrl || !email || !password)
  throw new Error("set E2E_CMS_URL, E2E_BASE_URL, E2E_EDITOR_EMAIL and E2E_EDITOR_PASSWORD");
for (const url of [cmsUrl, portalUrl])
  if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(url))
    throw new Error(`refusing to publish on ${url}: development stacks only`);

const SLUG = "hundesteuer-anmelden";
const TITEL = "Hund zur Hundesteuer anmelden";
const out = (name: string) =>
  fileURLToPath(new URL(`../../docs/redaktion/${name}.png`, import.meta.url));
const shot = (page: Page, name: string) => page.screenshot({ path: out(name) });

const browser = await chromium.launch({
  executablePath: e2eEnv.chromiumPath,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: "de-DE",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);

  // 1. Log in.
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await shot(page, "01-anmelden");
  await page.getByRole("button", { name: "Login" }).click();
  await page.waitForURL(/\/admin(\/)?$/);

  // 2. Content Manager → Leistung, the list in German.
  await page.goto(
    `${cmsUrl}/admin/content-manager/collection-types/api::leistung.leistung?page=1&pageSize=10&sort=titel:ASC&plugins[i18n][locale]=de&_q=Hundesteuer`,
  );
  const row = page.getByRole("row").filter({ hasText: TITEL }).first();
  await row.waitFor();
  // Strapi's announcement banner (English, about its media library) is no part of the guide.
  const banner = page.getByText("Introducing the new Media Library");
  if (await banner.count()) {
    await banner.locator("xpath=ancestor::div[.//button][1]").getByRole("button").last().click();
  }
  await shot(page, "02-leistungen");

  // 3. Open it.
  await row.getByText(TITEL, { exact: true }).click();
  const kurztext = page.getByLabel("kurztext");
  const publish = page.getByRole("button", { name: "Veröffentlichen" });
  await kurztext.waitFor();
  await publish.waitFor();
  await shot(page, "03-leistung-oeffnen");

  // 4. Change the Kurztext (at its end, where the cursor stays visible).
  const marker = `Beispieländerung vom ${new Date().toLocaleDateString("de-DE")}.`;
  const before = (await kurztext.inputValue()).replace(/ Beispieländerung vom .*$/, "");
  await kurztext.fill(`${before} ${marker}`);
  await shot(page, "04-kurztext-aendern");

  // 5. Publish (saves and publishes in one step); the confirmation appears at the top.
  const published = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.url().includes("/actions/publish"),
  );
  await publish.click();
  if (!(await published).ok()) throw new Error("publishing failed");
  await page
    .locator('[role="alert"], [role="status"]')
    .filter({ hasText: "Veröffentlicht" })
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => page.waitForTimeout(1000));
  await shot(page, "05-veroeffentlichen");

  // 6. On the portal, a few seconds later.
  const portal = await context.newPage();
  for (let attempt = 0; ; attempt++) {
    await portal.goto(`${portalUrl}/de/leistungen/${SLUG}`);
    if (await portal.getByText(marker).count()) break;
    if (attempt > 30) throw new Error("the change did not reach the portal within 30 s");
    await portal.waitForTimeout(1000);
  }
  await portal.getByText(marker).scrollIntoViewIfNeeded();
  await shot(portal, "06-portal");
  console.log("screenshots written to docs/redaktion/");
} finally {
  await browser.close();
}
