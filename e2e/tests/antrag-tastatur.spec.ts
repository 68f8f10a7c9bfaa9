import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { pdf } from "../support/pdf";
import { type Fokus, fokusIstSichtbar, tabTo } from "../support/tastatur";

// The form runner by keyboard alone, signed in, on "Hund zur Hundesteuer anmelden": Tab and
// Shift+Tab, Space on radios and checkboxes, Enter on buttons and links, a file chosen on the
// focused input, the error summary's link to the field, the live revalidation after a server
// error (typing a valid value removes the field's message and its summary entry without a
// submit), the check page's change link, the declaration and the submission.

const fokus = (page: import("@playwright/test").Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { id: a?.id ?? "", name: a?.getAttribute("name") ?? "", tag: a?.tagName ?? "" };
  });

/** Today as the form's date fields take it (within "Beginn der Haltung"'s limit). */
const heute = () =>
  new Intl.DateTimeFormat("de-DE", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "Europe/Berlin",
  }).format(new Date());

const knopf = (text: string) => (el: Fokus) => el.tag === "button" && el.text === text;

test("a dog tax registration by keyboard alone, with live revalidation", async ({ page }) => {
  test.setTimeout(180_000);
  await alsEigenerAbsender(page);
  const email = neueAdresse("antrag-tastatur");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);

  // From the service page to the form.
  await page.goto("/de/leistungen/hundesteuer-anmelden");
  await tabTo(page, (el) => el.tag === "a" && el.text.includes("Online beantragen"));
  expect(await fokusIstSichtbar(page)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hund zur Hundesteuer anmelden");
  await tabTo(page, knopf("Antrag beginnen"));
  expect(await fokusIstSichtbar(page)).toBe(true);
  await page.keyboard.press("Enter");

  // Page 1 of 3: only the first name, then "Weiter" → the server's errors.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halterin oder Halter");
  await expect(page.getByText("Schritt 1 von 3")).toBeVisible();
  await tabTo(page, (el) => el.name === "halter.vorname");
  expect(await fokusIstSichtbar(page)).toBe(true);
  await page.keyboard.type("Zoë");
  await tabTo(page, knopf("Weiter"));
  expect(await fokusIstSichtbar(page)).toBe(true);
  await page.keyboard.press("Enter");

  const summary = page.locator("#fehleruebersicht");
  await expect(page.getByRole("heading", { name: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(summary).toBeFocused();
  await expect(page.getByText("Schritt 1 von 3")).toBeVisible();
  await expectAccessible(page);
  const eintraege = summary.getByRole("listitem");
  const anzahl = await eintraege.count();
  expect(anzahl).toBeGreaterThanOrEqual(4);

  // The summary's first link (Familienname) by Tab and Enter: the focus moves to the field.
  await page.keyboard.press("Tab");
  expect((await fokus(page)).tag).toBe("A");
  expect(await fokusIstSichtbar(page)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Familienname")).toBeFocused();

  // Live revalidation: a valid value removes the message and the summary entry, no submit.
  const nachnameFehler = page.locator("#feld-halter-nachname-error");
  await expect(nachnameFehler).toBeVisible();
  await expect(page.getByLabel("Familienname")).toHaveAttribute("aria-invalid", "true");
  const url = page.url();
  await page.keyboard.type("Łukasiewicz-Müller");
  await expect(nachnameFehler).toHaveCount(0);
  await expect(page.getByLabel("Familienname")).not.toHaveAttribute("aria-invalid", "true");
  await expect(eintraege).toHaveCount(anzahl - 1);
  await expect(summary.getByRole("link", { name: /Familienname/ })).toHaveCount(0);
  expect(page.url()).toBe(url);
  // No longer an alert: corrections are not read out on every keystroke.
  await expect(summary).toHaveAttribute("role", "group");
  await expectAccessible(page);

  // Still invalid: the postcode's message changes to the current one, and stays.
  await tabTo(page, (el) => el.name === "halter.strasse");
  await page.keyboard.type("Königsbrücker Straße 17");
  // Shift+Tab goes back to the field before.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Familienname")).toBeFocused();
  await tabTo(page, (el) => el.name === "halter.plz");
  const plzFehler = page.locator("#feld-halter-plz-error");
  const vorher = await plzFehler.textContent();
  await page.keyboard.type("010");
  await expect(plzFehler).toBeVisible();
  await expect(plzFehler).not.toHaveText(vorher ?? "");
  await page.keyboard.type("99");
  await expect(plzFehler).toHaveCount(0);
  await tabTo(page, (el) => el.name === "halter.ort");
  await page.keyboard.type("Dresden");
  // The last error gone: the summary and the title's "Fehler: " go too.
  await expect(summary).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Fehler: /);
  await expectAccessible(page);
  await tabTo(page, knopf("Weiter"));
  await page.keyboard.press("Enter");

  // Page 2 of 3: the dog, the dangerous-dog branch by Space, the file on the focused input.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Hunde");
  await expect(page.getByText("Schritt 2 von 3")).toBeVisible();
  await tabTo(page, (el) => el.name === "hunde.0.name");
  await page.keyboard.type("Bello");
  await page.keyboard.press("Tab");
  expect((await fokus(page)).name).toBe("hunde.0.rasse");
  await page.keyboard.type("Mischling");
  await tabTo(page, (el) => el.name === "hunde.0.wurfdatum");
  await page.keyboard.type("01.02.2020");
  await tabTo(page, (el) => el.name === "hunde.0.beginnHaltung");
  await page.keyboard.type(heute());
  await tabTo(page, (el) => el.name === "hunde.0.gefaehrlich");
  expect(await fokusIstSichtbar(page)).toBe(true);
  // The first radio ("Ja") has the focus; Space chooses it and the branch appears.
  await page.keyboard.press("Space");
  const gruppe = page.getByRole("group", { name: /gefährlicher Hund/ });
  await expect(gruppe.getByLabel("Ja")).toBeChecked();
  const nachweis = page.getByLabel("Nachweis hochladen");
  await expect(nachweis).toBeVisible();
  await tabTo(page, (el) => el.name === "hunde.0.nachweisArt");
  await page.keyboard.press("Space");
  await expect(
    page.getByRole("group", { name: "Welchen Nachweis haben Sie?" }).getByRole("radio").first(),
  ).toBeChecked();
  await tabTo(page, (el) => el.name === "hunde.0.nachweis");
  expect(await fokusIstSichtbar(page)).toBe(true);
  await page.locator(":focus").setInputFiles({
    name: "wesenstest.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Wesenstest Bello"),
  });
  await tabTo(page, knopf("Weiter"));
  await page.keyboard.press("Enter");

  // Check your answers: change a value through its change link, by keyboard.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expect(page.getByText("Mischling", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await tabTo(
    page,
    (el) => el.tag === "a" && el.text.startsWith("Ändern") && el.text.includes("Rasse"),
  );
  expect(await fokusIstSichtbar(page)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Hunde");
  await tabTo(page, (el) => el.name === "hunde.0.rasse");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Dackel");
  await tabTo(page, knopf("Weiter"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expect(page.getByText("Dackel", { exact: true })).toBeVisible();

  // The declaration by Space, the submission by Enter.
  await tabTo(page, (el) => el.tag === "input" && el.label === "Ich bestätige diese Erklärung.");
  expect(await fokusIstSichtbar(page)).toBe(true);
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Ich bestätige diese Erklärung.")).toBeChecked();
  await tabTo(page, knopf("Antrag verbindlich absenden"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antrag eingegangen");
  await expect(page.getByTestId("aktenzeichen")).toHaveText(/^HST-\d{4}-\d{6}$/);
  await expectAccessible(page);
});

test("without JavaScript the step counter and the server's errors are the same", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const kontext = await browser.newContext({ javaScriptEnabled: false });
  const page = await kontext.newPage();
  await alsEigenerAbsender(page);
  const email = neueAdresse("antrag-ohne-js");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  await page.goto("/de/leistungen/hundesteuer-anmelden");
  await page.getByTestId("online-beantragen").getByRole("link").first().click();
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halterin oder Halter");
  await expect(page.getByText("Schritt 1 von 3")).toBeVisible();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.getByText("Schritt 1 von 3")).toBeVisible();
  await expect(page.locator("#fehleruebersicht")).toHaveAttribute("role", "alert");
  // No axe here: it runs as a script in the page (the same error state is checked with it above).
  await kontext.close();
});
