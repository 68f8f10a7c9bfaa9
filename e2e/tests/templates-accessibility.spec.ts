import { expect, expectAccessible, test } from "../support/fixtures";

// Every page template, in both languages, passes axe (WCAG 2.2 AA) with zero violations.
const templates = [
  "/",
  "/suche?q=Personalausweis",
  "/suche?q=Persoanlausweis",
  "/suche?q=xyzxyzxyz",
  "/leistungen/personalausweis-beantragen",
  "/leistungen/personalausweis-beantragen/in/14612000",
  "/leistungen/personalausweis-beantragen/zustaendig?ort=01796",
  "/lebenslagen",
  "/lebenslagen/familie-und-kinder",
  "/behoerden",
  "/behoerden?ort=Freiberg",
  "/behoerden/gemeinde/14522180",
  "/behoerden/gv-14522180",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/leichte-sprache",
  "/gebaerdensprache",
  "/kontakt/barriere-melden",
  "/quellen",
  "/gibt-es-nicht",
];

for (const lang of ["de", "en"]) {
  for (const path of templates) {
    test(`axe: /${lang}${path}`, async ({ page }) => {
      const response = await page.goto(`/${lang}${path === "/" ? "" : path}`);
      expect(response?.status()).toBeLessThan(500);
      await expectAccessible(page);
    });
  }
}

test("sitemap.xml and robots.txt are served", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain("/de/leistungen/personalausweis-beantragen");
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toContain("Sitemap:");
});

test("the sources page carries the attribution the data licences require", async ({ page }) => {
  await page.goto("/de/quellen");
  await expect(page.getByText("© GeoBasis-DE / BKG 2021").first()).toBeVisible();
  await expect(page.getByText("Statistisches Bundesamt (Destatis)").first()).toBeVisible();
  await page.goto("/de");
  await page.getByRole("link", { name: "Datenquellen und Lizenzen" }).click();
  await expect(page).toHaveURL(/\/de\/quellen$/);
});
