import { env, expect, expectAccessible, test } from "../support/fixtures";

// Run by `npm test` after it has stopped the CMS: the portal serves from its own read model.
test.describe("with the CMS stopped @cms-down", () => {
  test("the CMS is really down", async ({ request }) => {
    await expect(request.get(`${env.cmsUrl}/_health`, { timeout: 3000 })).rejects.toThrow();
  });

  for (const path of [
    "/de",
    "/de/suche?q=Reisepass",
    "/de/leistungen/reisepass-beantragen",
    "/de/leistungen/reisepass-beantragen/in/14713000",
    "/de/lebenslagen/auto-und-verkehr",
    "/de/behoerden/lra-14521",
    "/de/impressum",
    "/en/leistungen/wohnsitz-anmelden",
  ]) {
    test(`${path} is still served`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    });
  }

  test("the place search still resolves to the responsible authority", async ({ page }) => {
    await page.goto("/de/leistungen/wohnsitz-anmelden/zustaendig?ort=Zwickau");
    await expect(page).toHaveURL(/\/in\/14524330/);
    await expect(page.getByTestId("behoerde")).toBeVisible();
  });
});
