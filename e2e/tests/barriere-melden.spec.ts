import { expect, expectAccessible, test } from "../support/fixtures";

// The feedback route of the accessibility statement: a report is checked, stored in the portal's
// database and acknowledged with a reference, with and without JavaScript.

test("without JavaScript: from the statement to the form, errors keep the input, a report gets a reference", async ({
  citizenWithoutJs: page,
}) => {
  await page.goto("/de/barrierefreiheit");
  await page.getByRole("link", { name: "Barriere melden" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Barriere melden" })).toBeVisible();

  await page.getByRole("button", { name: "Meldung senden" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Bitte korrigieren Sie Ihre Eingabe" });
  await expect(summary.getByRole("link", { name: "Beschreiben Sie das Problem." })).toHaveAttribute(
    "href",
    "#beschreibung",
  );

  const text =
    "Die Karte 🗺️ ist per Tastatur nicht erreichbar.\n<script>alert(1)</script> ' OR 1=1 --";
  await page.getByLabel("Was ist das Problem?").fill(text);
  await page.getByLabel("Auf welcher Seite?").fill("/de/behoerden/gv-14612000");
  await page.getByLabel("Ihre E-Mail-Adresse").fill("kein-at-zeichen");
  await page.getByRole("button", { name: "Meldung senden" }).click();
  await expect(page.getByLabel("Ihre E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Was ist das Problem?")).toHaveValue(text);
  await expect(page.getByLabel("Auf welcher Seite?")).toHaveValue("/de/behoerden/gv-14612000");

  await page.getByLabel("Ihre E-Mail-Adresse").fill("zoe@example.org");
  await page.getByRole("button", { name: "Meldung senden" }).click();
  const bestaetigung = page.getByTestId("bestaetigung");
  await expect(
    bestaetigung.getByRole("heading", { name: "Ihre Meldung ist eingegangen" }),
  ).toBeVisible();
  await expect(bestaetigung).toContainText(/Aktenzeichen\s*BM-\d{6}/);
  await expect(bestaetigung).toContainText("zoe@example.org");
  await expect(bestaetigung).toContainText("<script>alert(1)</script>");
});

test("with JavaScript, in English: an overlong text is refused and kept, then the report is received", async ({
  page,
}) => {
  await page.goto("/en/kontakt/barriere-melden");
  await expectAccessible(page);
  const beschreibung = page.getByLabel("What is the problem?");
  await beschreibung.fill("x".repeat(5001));
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(
    page.getByText("Shorten your text to at most 5,000 characters.").first(),
  ).toBeVisible();
  await expect(beschreibung).toHaveValue("x".repeat(5001));
  await expectAccessible(page);

  await beschreibung.fill("Focus order on the search page skips the language switch.");
  await page.getByRole("button", { name: "Send report" }).click();
  const bestaetigung = page.getByTestId("bestaetigung");
  await expect(bestaetigung).toBeFocused();
  await expect(bestaetigung).toContainText(/Reference\s*BM-\d{6}/);
  await expect(bestaetigung).toContainText("we cannot answer you");
  await expectAccessible(page);
});
