import { expect, type Page } from "@playwright/test";
import { pdf } from "./pdf";

/**
 * The dog tax form with the "dangerous dog" branch and a proof, filed from the service page by
 * a signed-in citizen; returns the reference number and the application's id.
 */
export async function reicheHundesteuerEin(page: Page, { hund = "Bello" }: { hund?: string } = {}) {
  await page.goto("/de/leistungen/hundesteuer-anmelden");
  await page.getByTestId("online-beantragen").getByRole("link").first().click();
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halterin oder Halter");
  await page.getByLabel("Vorname(n)").fill("Zoë");
  await page.getByLabel("Familienname").fill("Łukasiewicz-Müller");
  await page.getByLabel("Straße und Hausnummer").fill("Königsbrücker Straße 17");
  await page.getByLabel("Postleitzahl").fill("01099");
  await page.getByLabel("Ort").fill("Dresden");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Hunde");
  await page.getByLabel("Name des Hundes").fill(hund);
  await page.getByLabel("Rasse").fill("Mischling");
  await page.getByLabel("Wurfdatum (geschätzt, wenn unbekannt)").fill("01.02.2020");
  await page.getByLabel("Beginn der Haltung").fill("01.11.2026");
  await page
    .getByRole("group", { name: /gefährlicher Hund/ })
    .getByLabel("Ja")
    .check();
  await page
    .getByRole("group", { name: "Welchen Nachweis haben Sie?" })
    .getByRole("radio")
    .first()
    .check();
  await page.getByLabel("Nachweis hochladen").setInputFiles({
    name: "wesenstest.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Wesenstest Bello"),
  });
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await page.getByLabel("Ich bestätige diese Erklärung.").check();
  await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antrag eingegangen");
  const aktenzeichen = (await page.getByTestId("aktenzeichen").textContent())?.trim() ?? "";
  expect(aktenzeichen).toMatch(/^HST-\d{4}-\d{6}$/);
  const antragId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  expect(antragId).toMatch(/^[0-9a-f-]{36}$/);
  return { aktenzeichen, antragId };
}
