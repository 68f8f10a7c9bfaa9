import type { Page } from "@playwright/test";
import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { neueAdresse } from "../support/konto";
import { linkAus, warteAufMail } from "../support/postfach";

// Without a Servicekonto: a citizen leaves a dog tax registration, asks for the resume link by
// mail, and continues in another browser from the link, with every answer kept; an old or made-up
// link explains itself. Every page on the way is checked with axe and, at 320 CSS px, for
// sideways scrolling (WCAG 1.4.10: the runner's pages are not in the sitemap the reflow spec
// walks).

/** Axe, then the page at 320 px: nothing wider than the viewport. */
async function pruefeSeite(page: Page) {
  await expectAccessible(page);
  const vorher = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const breite = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breite, `${page.url()} at 320 px`).toBeLessThanOrEqual(320);
  if (vorher) await page.setViewportSize(vorher);
}

test("without an account: save, the resume link by mail, continue in another browser", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const absender = await alsEigenerAbsender(page);
  const email = neueAdresse("fortsetzen");

  await page.goto("/de/antrag/hundesteuer-anmeldung");
  await pruefeSeite(page);
  await page.getByRole("button", { name: "Ohne Servicekonto beginnen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halterin oder Halter");
  await page.getByLabel("Vorname(n)").fill("Zoë");
  await page.getByLabel("Familienname").fill("Nguyễn-Ødegård");
  await page.getByLabel("Straße und Hausnummer").fill("Bautzner Straße 1");
  await page.getByLabel("Postleitzahl").fill("01099");
  await page.getByLabel("Ort").fill("Dresden");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Hunde");
  await pruefeSeite(page);
  await page.getByRole("button", { name: "Speichern und später fortsetzen" }).click();

  // The resume link, by mail.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Später fortsetzen");
  await pruefeSeite(page);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link zum Fortsetzen senden" }).click();
  await expect(page.getByText("Link gesendet").first()).toBeVisible();
  const mail = await warteAufMail(email, /Fortsetzen Ihres Antrags/);
  const link = linkAus(mail, "/de/antrag/fortsetzen");
  expect(mail.text).not.toContain("Nguyễn");

  // Another browser, from the link: the draft where it was left, the answers kept.
  const anderer = await browser.newContext({ locale: "de-DE" });
  const zweite = await anderer.newPage();
  await alsEigenerAbsender(zweite, absender);
  await zweite.goto(link);
  await expect(zweite.getByRole("heading", { level: 1 })).toHaveText("Ihre Hunde");
  await zweite.getByRole("button", { name: "Zurück" }).click();
  await expect(zweite.getByRole("heading", { level: 1 })).toHaveText("Halterin oder Halter");
  await expect(zweite.getByLabel("Familienname")).toHaveValue("Nguyễn-Ødegård");
  await pruefeSeite(zweite);

  // A made-up link: the explanation, nothing of the draft.
  const dritte = await anderer.newPage();
  await dritte.goto("/de/antrag/fortsetzen?token=ausgedacht");
  await expect(dritte.getByText(/Dieser Link ist ungültig oder abgelaufen/)).toBeVisible();
  await expect(dritte.locator("main")).not.toContainText("Nguyễn");
  await pruefeSeite(dritte);
  await anderer.close();
});
