import { CmsAdmin } from "../support/cms-admin";
import { env, expect, test } from "../support/fixtures";

test("an edit published in the CMS appears on the citizen page", async ({ page }) => {
  test.setTimeout(90_000);
  const admin = await CmsAdmin.login(env.cmsUrl, env.editorEmail, env.editorPassword);
  const leistung = await admin.findLeistung("meldebescheinigung-beantragen");
  const marker = `Geändert im Test ${Date.now()}`;
  await admin.updateAndPublishLeistung(leistung.documentId, {
    kurztext: `${marker}. ${leistung.kurztext}`,
  });
  // The target is ≤ 5 s (measured by bench/); the test allows 30 s so a slow machine cannot fail it.
  await expect(async () => {
    await page.goto("/de/leistungen/meldebescheinigung-beantragen");
    await expect(page.getByText(marker)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });
  // Search reads the same read model.
  await page.goto(`/de/suche?q=${encodeURIComponent("Meldebescheinigung")}`);
  await expect(page.getByText(marker)).toBeVisible();
});
