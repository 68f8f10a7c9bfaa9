import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";

// The feedback route of the accessibility statement: a report is checked, stored in the portal's
// database and acknowledged with a reference, with and without JavaScript; a client may send five
// reports an hour (barrieremeldungLimit in @portal/barrierefreiheit).

test("without JavaScript: from the statement to the form, errors keep the input, a report gets a reference", async ({
  citizenWithoutJs: page,
}) => {
  await alsEigenerAbsender(page);
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
  await alsEigenerAbsender(page);
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

  // Far beyond any field's limit, the whole submission is refused too — a message, not a crash.
  const riesig = "Ü".repeat(40_000);
  await beschreibung.fill(riesig);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByTestId("formularfehler")).toContainText(
    "Your input is too long altogether: at most 64 KB.",
  );
  await expect(beschreibung).toHaveValue(riesig);

  await beschreibung.fill("Focus order on the search page skips the language switch.");
  await page.getByRole("button", { name: "Send report" }).click();
  const bestaetigung = page.getByTestId("bestaetigung");
  await expect(bestaetigung).toBeFocused();
  await expect(bestaetigung).toContainText(/Reference\s*BM-\d{6}/);
  await expect(bestaetigung).toContainText("we cannot answer you");
  await expectAccessible(page);
});

test("the sixth report within the hour is refused with when to try again, with and without JavaScript, the input stays", async ({
  citizenWithoutJs,
  page,
}) => {
  // Seven reports and an axe run: more than the default minute on a busy machine.
  test.slow();
  const address = await alsEigenerAbsender(citizenWithoutJs);
  const beschreibung = citizenWithoutJs.getByLabel("Was ist das Problem?");
  const senden = citizenWithoutJs.getByRole("button", { name: "Meldung senden" });
  for (let n = 1; n <= 5; n++) {
    await citizenWithoutJs.goto("/de/kontakt/barriere-melden");
    await beschreibung.fill(`Meldung ${n}: Der Kontrast der Fußzeile ist zu gering.`);
    await senden.click();
    await expect(citizenWithoutJs.getByTestId("bestaetigung")).toContainText(
      /Aktenzeichen\s*BM-\d{6}/,
    );
  }

  await citizenWithoutJs.goto("/de/kontakt/barriere-melden");
  const text = "Die sechste Meldung 🦽 – <b>bitte</b> nicht verlieren.\nZweite Zeile.";
  await beschreibung.fill(text);
  await citizenWithoutJs.getByLabel("Ihre E-Mail-Adresse").fill("zoe@example.org");
  const [antwort] = await Promise.all([
    citizenWithoutJs.waitForResponse((r) => r.request().method() === "POST"),
    senden.click(),
  ]);
  // A page, not an error: Next.js answers a no-JavaScript action with the page rendered with the
  // action's result, and offers no way to set another status (such as 429) there.
  expect(antwort.status()).toBe(200);
  const fehler = citizenWithoutJs.getByTestId("formularfehler");
  await expect(
    fehler.getByRole("heading", { name: "Ihre Eingaben wurden nicht gesendet" }),
  ).toBeVisible();
  await expect(fehler).toContainText("zu viele Formulare gesendet");
  await expect(fehler).toContainText(/in (\d+ Minuten|einer Minute) erneut \(ab .+\)/);
  await expect(citizenWithoutJs.getByTestId("bestaetigung")).toHaveCount(0);
  await expect(beschreibung).toHaveValue(text);
  await expect(citizenWithoutJs.getByLabel("Ihre E-Mail-Adresse")).toHaveValue("zoe@example.org");

  // With JavaScript, from the same address, in English: the message takes focus.
  await alsEigenerAbsender(page, address);
  await page.goto("/en/kontakt/barriere-melden");
  await page.getByLabel("What is the problem?").fill(text);
  await page.getByRole("button", { name: "Send report" }).click();
  const error = page.getByTestId("formularfehler");
  await expect(error).toBeFocused();
  await expect(error).toContainText("Too many forms were sent from your internet connection");
  await expect(error).toContainText(/again in (\d+ minutes|one minute) \(from .+\)/);
  await expect(page.getByLabel("What is the problem?")).toHaveValue(text);
  await expectAccessible(page);

  // The limit is per client: someone else (another address) still gets through.
  await alsEigenerAbsender(page);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByTestId("bestaetigung")).toContainText(/Reference\s*BM-\d{6}/);
});
