import { env, expect, expectAccessible, test } from "../support/fixtures";

// Hostile, oversized and odd input gets a proper page with a helpful message — never a 500.

test("a 10,000-character search is answered with a hint, not an error", async ({ page }) => {
  const response = await page.goto(`/de/suche?q=${"Ausweis ".repeat(1250)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("sehr lang");
  await expectAccessible(page);
});

for (const q of [
  "'; DROP TABLE leistung; --",
  '<script>alert("x")</script>',
  "🐕🐕 Hund 🐕",
  "%%%___",
  "\\\\x00",
]) {
  test(`search for ${JSON.stringify(q)} renders safely`, async ({ page }) => {
    let dialog = false;
    page.on("dialog", async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const response = await page.goto(`/de/suche?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suche");
    await expect(page.getByLabel("Wonach suchen Sie?").first()).toHaveValue(q.trim());
    expect(dialog).toBe(false);
  });
}

test("an unknown postal code keeps the input and explains what to enter", async ({ page }) => {
  const response = await page.goto(
    "/de/leistungen/personalausweis-beantragen/zustaendig?ort=99999",
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText(
    "keinen Ort in Sachsen",
  );
  // The ID card authority is the one for where the citizen lives: the label asks exactly that.
  await expect(page.getByLabel("Wo wohnen Sie?")).toHaveValue("99999");
  await expectAccessible(page);
});

test("an empty or hostile place input is answered with a message", async ({ page }) => {
  for (const ort of ["", "<img src=x onerror=alert(1)>", "x".repeat(5000), "🏠"]) {
    const response = await page.goto(
      `/de/leistungen/personalausweis-beantragen/zustaendig?ort=${encodeURIComponent(ort)}`,
    );
    expect(response?.status(), ort.slice(0, 20)).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  }
});

test("unknown slugs, places and paths get the helpful 404 page", async ({ page }) => {
  for (const path of [
    "/de/leistungen/gibt-es-nicht",
    "/de/leistungen/%F0%9F%90%95",
    "/de/leistungen/personalausweis-beantragen/in/99999999",
    "/de/leistungen/personalausweis-beantragen/in/abc",
    "/de/lebenslagen/gibt-es-nicht",
    "/de/behoerden/gv-00000000",
    "/de/irgendwas/ganz/anderes",
    "/xx/leistungen",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("nicht-gefunden"), path).toBeVisible();
  }
  await expectAccessible(page);
});

test("a malformed address is answered with 400 and a message, not a server error", async ({
  request,
}) => {
  for (const path of ["/de/leistungen/%ZZ", "/%E0%A4%A"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toContain("Ungültige Adresse");
  }
});

test("the place suggestions API bounds its input", async ({ request }) => {
  const long = await request.get(`/api/orte?q=${"a".repeat(10_000)}`);
  expect(long.status()).toBe(200);
  const ok = await request.get(`/api/orte?q=${encodeURIComponent("Görl")}`);
  expect((await ok.json()).orte[0]).toMatchObject({ gemeinde: "Görlitz" });
});

test("forged CMS webhooks are rejected", async ({ request }) => {
  const body = { event: "entry.publish", model: "leistung", entry: { documentId: "x" } };
  expect((await request.post("/api/cms/webhook", { data: body })).status()).toBe(401);
  const wrong = await request.post("/api/cms/webhook", {
    data: body,
    headers: { Authorization: "Bearer falsch-falsch-falsch-falsch" },
  });
  expect(wrong.status()).toBe(401);
  const broken = await request.post("/api/cms/webhook", {
    data: "{not json",
    headers: { Authorization: `Bearer ${env.webhookSecret}`, "Content-Type": "application/json" },
  });
  expect(broken.status()).toBe(400);
});
