import { expect, expectAccessible, test } from "../support/fixtures";

// Besides searching, citizens browse by life situation and by authority.

test("browse by Lebenslage: a topic, its sub-topic, a service", async ({ page }) => {
  await page.goto("/de");
  await page.getByTestId("lebenslagen").getByRole("link", { name: "Auto und Verkehr" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auto und Verkehr");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Führerschein" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Führerschein");
  await page.getByTestId("leistungsliste").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/de\/leistungen\//);
  await expectAccessible(page);
});

test("browse by authority: a place, its authorities, one authority with address, map caption and services", async ({
  page,
}) => {
  await page.goto("/de/behoerden");
  await page.getByLabel("Postleitzahl, Gemeinde oder Ortsteil").fill("Niederwürschnitz");
  await page.getByRole("button", { name: "Behörden anzeigen" }).click();
  await expect(page).toHaveURL(/\/de\/behoerden\/gemeinde\/14521430$/);
  const behoerden = page.getByTestId("behoerdenliste");
  // Its own administration (municipal tasks), the VG seat Lugau (Weisungsaufgaben), the Landratsamt.
  await expect(behoerden).toContainText("Gemeindeverwaltung Niederwürschnitz");
  await expect(behoerden).toContainText("Stadtverwaltung Lugau/Erzgeb.");
  await expect(behoerden).toContainText("Landratsamt Erzgebirgskreis");
  await expectAccessible(page);
  await behoerden.getByRole("link", { name: "Landratsamt Erzgebirgskreis" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Landratsamt Erzgebirgskreis");
  await expect(page.locator("address").first()).toContainText("Annaberg-Buchholz");
  await expect(page.locator("figcaption")).toContainText("Annaberg-Buchholz");
  await expect(
    page.getByTestId("leistungsliste").getByRole("link", { name: "Fahrzeug zulassen" }),
  ).toBeVisible();
  await expectAccessible(page);
});
