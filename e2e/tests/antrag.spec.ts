import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { pdf } from "../support/pdf";

// The Formularservice from the citizen's side: a form seeded in the CMS ("Hund zur Hundesteuer
// anmelden"), started from the service page, filled page by page with a branch (a dangerous
// dog asks for proof) and an upload, left and resumed in a new browser, checked, submitted; the
// reference number, the tagged PDF receipt with the answers, and the application in "Meine
// Anträge". Every page is checked with axe.

test("a citizen files a dog tax registration: branch, upload, resume elsewhere, receipt", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const absender = await alsEigenerAbsender(page);
  const email = neueAdresse("hundesteuer");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);

  // From the service page to the form's start page.
  await page.goto("/de/leistungen/hundesteuer-anmelden");
  await page.getByTestId("online-beantragen").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hund zur Hundesteuer anmelden");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Antrag beginnen" }).click();

  // Page 1: the owner. An empty required field is refused with a summary, nothing is lost.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halterin oder Halter");
  await page.getByLabel("Vorname(n)").fill("Zoë");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { name: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.getByLabel("Vorname(n)")).toHaveValue("Zoë");
  await expectAccessible(page);
  await page.getByLabel("Familienname").fill("Łukasiewicz-Müller");
  await page.getByLabel("Straße und Hausnummer").fill("Königsbrücker Straße 17");
  await page.getByLabel("Postleitzahl").fill("01099");
  await page.getByLabel("Ort").fill("Dresden");
  await page.getByRole("button", { name: "Weiter" }).click();

  // Page 2, then leave: saved in the account.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Hunde");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Speichern und später fortsetzen" }).click();
  await expect(page.getByText("Ihr Entwurf ist in Ihrem Servicekonto gespeichert.")).toBeVisible();

  // Another browser: sign in, continue from "Meine Anträge".
  const anderer = await browser.newContext({ locale: "de-DE" });
  const zweite = await anderer.newPage();
  await alsEigenerAbsender(zweite, absender);
  await meldeAn(zweite, email, PASSWORT, "/de/konto/anmelden?zurueck=/de/konto/antraege");
  await expect(zweite).toHaveURL(/\/de\/konto\/antraege$/);
  await expectAccessible(zweite);
  await zweite
    .getByTestId("entwurf")
    .getByRole("link", { name: "Hund zur Hundesteuer anmelden" })
    .click();
  await expect(zweite.getByRole("heading", { level: 1 })).toHaveText("Ihre Hunde");

  // The branch: a dangerous dog asks which proof, and for the file.
  await zweite.getByLabel("Name des Hundes").fill("Bello");
  await zweite.getByLabel("Rasse").fill("Mischling");
  await zweite.getByLabel("Wurfdatum (geschätzt, wenn unbekannt)").fill("01.02.2020");
  await zweite.getByLabel("Beginn der Haltung").fill("01.11.2026");
  const nachweis = zweite.getByLabel("Nachweis hochladen");
  await zweite
    .getByRole("group", { name: /gefährlicher Hund/ })
    .getByLabel("Nein")
    .check();
  await expect(nachweis).toBeHidden();
  await zweite
    .getByRole("group", { name: /gefährlicher Hund/ })
    .getByLabel("Ja")
    .check();
  await expect(nachweis).toBeVisible();
  await zweite
    .getByRole("group", { name: "Welchen Nachweis haben Sie?" })
    .getByRole("radio")
    .first()
    .check();
  await nachweis.setInputFiles({
    name: "../../wesenstest.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Wesenstest Bello"),
  });
  await expectAccessible(zweite);
  await zweite.getByRole("button", { name: "Weiter" }).click();

  // Check your answers, then submit.
  await expect(zweite.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expect(zweite.getByText("Bello", { exact: true })).toBeVisible();
  await expect(zweite.getByText(/wesenstest\.pdf/)).toBeVisible();
  await expect(zweite.getByTestId("zustaendige-stelle")).toContainText("Dresden");
  await expectAccessible(zweite);
  await zweite.getByLabel("Ich bestätige diese Erklärung.").check();
  await zweite.getByRole("button", { name: "Antrag verbindlich absenden" }).click();

  await expect(zweite.getByRole("heading", { level: 1 })).toHaveText("Antrag eingegangen");
  const aktenzeichen = (await zweite.getByTestId("aktenzeichen").textContent())?.trim() ?? "";
  expect(aktenzeichen).toMatch(/^HST-\d{4}-\d{6}$/);
  await expectAccessible(zweite);

  // The receipt: a tagged PDF with the reference number and the answers.
  const antwort = await zweite.request.get(
    `${new URL(zweite.url()).pathname}/eingangsbestaetigung.pdf`,
  );
  expect(antwort.status()).toBe(200);
  expect(antwort.headers()["content-type"]).toBe("application/pdf");
  const roh = (await antwort.body()).toString("latin1");
  expect(roh.startsWith("%PDF-")).toBe(true);
  expect(roh).toContain("/StructTreeRoot");
  expect(roh).toContain("/MarkInfo");
  expect(roh).toMatch(/\/Marked true/);

  // "Meine Anträge" lists it as received; a stranger gets nothing.
  await zweite.goto("/de/konto/antraege");
  await expect(zweite.getByRole("link", { name: aktenzeichen })).toBeVisible();
  await zweite.getByRole("link", { name: aktenzeichen }).click();
  await expect(zweite.getByTestId("status")).toHaveText("Eingegangen");
  await expectAccessible(zweite);
  const fremd = await browser.newContext();
  const beleg = await fremd.request.get(`${new URL(antwort.url()).pathname}`, {
    headers: { "X-Forwarded-For": absender },
  });
  expect(beleg.status()).toBe(404);
  await fremd.close();
  await anderer.close();
});
