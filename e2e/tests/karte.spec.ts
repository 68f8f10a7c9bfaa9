import type { Page, Response } from "@playwright/test";
import { expect, expectAccessible, test } from "../support/fixtures";

// The authority page ships no map code until the map is wanted: a static overview and the address
// come with the page; MapLibre (its own chunk) is loaded when the map scrolls into view or on
// "Karte anzeigen".

const BEHOERDE = "/de/behoerden/gv-14522180";
const UEBERSICHT = /^Übersichtskarte von Sachsen, Freiberg hervorgehoben/;

/** Every script the page loads, with whether it contains MapLibre (its CSS class prefix). */
function scripte(page: Page) {
  const geladen: { url: string; maplibre: Promise<boolean> }[] = [];
  page.on("response", (response: Response) => {
    if (response.request().resourceType() !== "script") return;
    geladen.push({
      url: response.url(),
      maplibre: response.text().then(
        (body) => body.includes("maplibregl-ctrl"),
        () => false,
      ),
    });
  });
  return {
    async mitMaplibre() {
      const flags = await Promise.all(geladen.map((s) => s.maplibre));
      return geladen.filter((_, i) => flags[i]).map((s) => s.url);
    },
    get anzahl() {
      return geladen.length;
    },
  };
}

/** A short window, so that the map section starts below the fold. */
test.use({ viewport: { width: 1280, height: 500 } });
// Headless Chromium draws the WebGL map in software: on a busy machine the first render alone took
// 20 s, so the tests that load the map get three times the usual time.

test("the map code is not loaded until the map scrolls into view", async ({ page }) => {
  test.slow();
  const js = scripte(page);
  const styleJson: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/karte/style.json")) styleJson.push(r.url());
  });
  await page.goto(BEHOERDE, { waitUntil: "networkidle" });
  const karte = page.getByRole("region", { name: "Lage auf der Karte", exact: true });
  await expect(karte.getByRole("img", { name: UEBERSICHT })).toBeAttached();
  await expect(karte.locator("figcaption")).toContainText("Obermarkt 24, 09599 Freiberg");
  // Initial state: overview, button, no MapLibre anywhere.
  await expectAccessible(page);
  expect(js.anzahl).toBeGreaterThan(0);
  expect(await js.mitMaplibre()).toEqual([]);
  expect(styleJson).toEqual([]);
  await expect(page.locator(".maplibregl-canvas")).toHaveCount(0);

  await karte.scrollIntoViewIfNeeded();
  await expect(page.locator(".maplibregl-canvas")).toBeVisible({ timeout: 30_000 });
  // The overview gives way once the map has rendered.
  await expect(karte.getByRole("img", { name: UEBERSICHT })).toHaveCount(0, { timeout: 30_000 });
  expect(await js.mitMaplibre()).toHaveLength(1);
  expect(styleJson).toHaveLength(1);
  await expect(page.getByRole("region", { name: /^Lage auf der Karte: / })).toBeVisible();
  await expect(page.getByRole("img", { name: "Stadtverwaltung Freiberg" })).toBeVisible();
  // Loaded state.
  await expectAccessible(page);
});

test("with Save-Data the map loads only on “Karte anzeigen”, by keyboard, and takes the focus", async ({
  page,
}) => {
  test.slow();
  // As a browser with "Lite mode"/Save-Data on reports it (navigator.connection.saveData).
  await page.addInitScript({
    content: `Object.defineProperty(Navigator.prototype, "connection", { get: () => ({ saveData: true }) });`,
  });
  const js = scripte(page);
  const styleJson: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/karte/style.json")) styleJson.push(r.url());
  });
  await page.goto(BEHOERDE, { waitUntil: "networkidle" });
  const karte = page.getByRole("region", { name: "Lage auf der Karte", exact: true });
  const knopf = karte.getByRole("button", { name: "Karte anzeigen" });
  await knopf.scrollIntoViewIfNeeded();
  // In view, and still nothing: Save-Data leaves it to the visitor.
  await page.waitForTimeout(1000);
  expect(await js.mitMaplibre()).toEqual([]);
  expect(styleJson).toEqual([]);

  // Tab from the last contact link to the button, as a keyboard user would.
  await page.getByRole("link", { name: "www.freiberg.de" }).focus();
  for (let i = 0; i < 10 && !(await knopf.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(knopf).toBeFocused();
  await page.keyboard.press("Enter");
  const karteSelbst = page.getByRole("region", { name: /^Lage auf der Karte: / });
  await expect(karteSelbst).toBeFocused({ timeout: 30_000 });
  await expect(knopf).toHaveCount(0);
  expect(await js.mitMaplibre()).toHaveLength(1);
  await expectAccessible(page);
});

test("without JavaScript: the static overview and the address, no button", async ({
  citizenWithoutJs: page,
}) => {
  const response = await page.goto(BEHOERDE);
  expect(response?.status()).toBe(200);
  const karte = page.getByRole("region", { name: "Lage auf der Karte", exact: true });
  await expect(karte.getByRole("img", { name: UEBERSICHT })).toBeVisible();
  await expect(karte.locator("figcaption")).toContainText(
    "Stadtverwaltung Freiberg, Obermarkt 24, 09599 Freiberg",
  );
  await expect(page.getByRole("button", { name: "Karte anzeigen" })).toHaveCount(0);
  await expect(page.locator("svg[role=img] path").first()).toBeVisible();
});
