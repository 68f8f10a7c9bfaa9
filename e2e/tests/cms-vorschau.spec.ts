import seed from "../../seed/cms/formulare/meldebescheinigung.json" with { type: "json" };
import { CMS_TYPES, CmsAdmin } from "../support/cms-admin";
import { env, expect, expectAccessible, test } from "../support/fixtures";

// Issue 9: "An editor builds the form in the CMS (…), previews it, and publishes it". The editor
// asks Strapi's Preview for the URL of the seeded Meldebescheinigung's draft, exactly as the
// content manager's preview pane does, and opens it: a read-only portal page with every page of
// the form, its conditions in words, signed for 15 minutes.

const { formular: FORMULAR, leistung: LEISTUNG } = CMS_TYPES;
const definition = seed[0]!.definition as {
  seiten: { id: string; titel: { de: string } }[];
  erklaerung: { de: string };
};

test("the editor previews a Formular's draft in the portal; a changed link is refused", async ({
  page,
}) => {
  const redaktion = await CmsAdmin.login(env.cmsUrl, env.editorEmail, env.editorPassword);
  const { documentId } = await redaktion.findDocument(FORMULAR, "schluessel", "meldebescheinigung");
  const url = await redaktion.previewUrl(FORMULAR, documentId);
  expect(url).toMatch(
    new RegExp(`/de/antrag/vorschau/${documentId}\\?bis=\\d+&sig=[A-Za-z0-9_-]{43}$`),
  );
  if (!url) return;

  // Other types have no preview button: Strapi answers without a URL.
  const leistung = await redaktion.findDocument(
    LEISTUNG,
    "slug",
    "meldebescheinigung-beantragen",
    "de",
  );
  expect(await redaktion.previewUrl(LEISTUNG, leistung.documentId)).toBeUndefined();

  const antwort = await page.goto(url);
  expect(antwort?.status()).toBe(200);
  // Framed by the CMS's origin only (the content manager's preview pane), never indexed.
  const csp = (await antwort?.allHeaders())?.["content-security-policy"] ?? "";
  const rahmen = csp.split(";").find((d) => d.trim().startsWith("frame-ancestors")) ?? "";
  expect(rahmen.trim().split(/\s+/)).toContain(new URL(env.cmsUrl).origin);
  expect(csp).not.toContain("frame-ancestors 'none'");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  await expect(
    page.getByRole("heading", { name: /Vorschau – nicht veröffentlicht/ }),
  ).toBeVisible();
  for (const seite of definition.seiten) {
    await expect(page.getByRole("heading", { level: 2, name: seite.titel.de })).toBeVisible();
  }
  await expect(
    page
      .locator('[data-vorschau-seite="umfang"]')
      .getByText("nur wenn „Art der Meldebescheinigung“ = „Erweiterte Meldebescheinigung“", {
        exact: true,
      }),
  ).toBeVisible();
  await expect(page.getByText("nur wenn „Zustellung“ = „Per Post“", { exact: true })).toBeVisible();
  await expect(page.getByText(definition.erklaerung.de)).toBeVisible();
  // Read-only: no form to send, every control locked.
  await expect(page.locator("main form")).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "Per Post" })).toBeDisabled();
  await expectAccessible(page);

  // Any other page of the portal still refuses to be framed.
  const start = await page.request.get("/de");
  expect(start.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  // A changed signature, another document, a later expiry: 403 with a clear page.
  const echt = new URL(url);
  const sig = echt.searchParams.get("sig") ?? "";
  const geaendert = new URL(url);
  geaendert.searchParams.set("sig", `${sig.slice(0, -2)}${sig.endsWith("AA") ? "BB" : "AA"}`);
  const verlaengert = new URL(url);
  verlaengert.searchParams.set("bis", String(Number(echt.searchParams.get("bis")) + 3600));
  const fremd = new URL(url.replace(documentId, leistung.documentId));
  for (const falsch of [geaendert, verlaengert, fremd]) {
    const res = await page.goto(falsch.toString());
    expect(res?.status(), falsch.toString()).toBe(403);
    await expect(
      page.getByRole("heading", { level: 1, name: "Dieser Vorschau-Link ist nicht gültig" }),
    ).toBeVisible();
  }
  await expectAccessible(page);
});
