import { expect, expectAccessible, test } from "../support/fixtures";

// Language of parts (WCAG 3.1.2): on an English page, every German text the portal falls back
// on carries lang="de", so screen readers read it with a German voice. The English ID card page
// has its title, short text and description translated; fees and legal bases are German.

test("English service page: German fallbacks carry lang=de, English text does not", async ({
  citizen,
}) => {
  await citizen.goto("/en/leistungen/personalausweis-beantragen");
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Apply for an identity card");
  await expect(citizen.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang", /./);

  const gebuehren = citizen.getByTestId("modul-gebuehren");
  // The section heading is the portal's own English text …
  await expect(gebuehren.getByRole("heading", { level: 2 })).toHaveText("What does it cost?");
  await expect(gebuehren.getByRole("heading", { level: 2 })).not.toHaveAttribute("lang", /./);
  await expect(gebuehren).toContainText("This section is only available in German.");
  // … the fee texts are German, the amounts in English notation.
  const bezeichnung = gebuehren.locator("strong").first();
  await expect(bezeichnung).toHaveText(/^Personalausweis/);
  await expect(bezeichnung).toHaveAttribute("lang", "de");
  await expect(gebuehren.locator("li").first()).toContainText("€46.00");

  const rechtsgrundlagen = citizen.getByTestId("modul-rechtsgrundlagen");
  await expect(rechtsgrundlagen.getByRole("heading", { level: 2 })).toHaveText("Legal basis");
  await expect(rechtsgrundlagen.locator("ul")).toHaveAttribute("lang", "de");

  // Translated modules are not marked.
  const volltext = citizen.getByTestId("modul-volltext");
  await expect(volltext).not.toContainText("only available in German");
  await expect(volltext.locator("[lang]")).toHaveCount(0);
  await expectAccessible(citizen);
});

test("German pages mark nothing: everything is in the page's language", async ({ citizen }) => {
  for (const path of [
    "/de/leistungen/personalausweis-beantragen",
    "/de/leistungen/personalausweis-beantragen/in/14612000",
    "/de/lebenslagen/familie-und-kinder",
  ]) {
    await citizen.goto(path);
    await expect(citizen.locator("main [lang]"), path).toHaveCount(0);
  }
});

test("English pages: every German text in a list of Lebenslagen or services says so", async ({
  citizen,
}) => {
  await citizen.goto("/en/lebenslagen");
  for (const karte of await citizen.getByTestId("lebenslagen").locator(":scope > li").all()) {
    const titel = (await karte.getByRole("heading").textContent()) ?? "";
    // A card without lang is English; German titles (umlauts, ß) would betray a missing mark.
    if ((await karte.getAttribute("lang")) === null) expect(titel).not.toMatch(/[äöüß]/);
  }
});
