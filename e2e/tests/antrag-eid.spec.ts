import { alsEigenerAbsender, env, expect, test } from "../support/fixtures";
import { neueAdresse } from "../support/konto";
import { warteAufMail } from "../support/postfach";

// "The same with one-off eID identification … the citizen journey without JavaScript": an
// extended Meldebescheinigung without a Servicekonto and without JavaScript, every page a plain
// form post. Before submitting, the citizen identifies once with the (simulated) online ID for
// this one procedure; the confirmation goes to the address typed in; the receipt belongs to this
// browser only. (axe needs JavaScript in the page: the same pages are checked with it in
// antrag.spec.ts and antrag-version.spec.ts.)

test("without JavaScript and without an account: an extended Meldebescheinigung with one-off eID", async ({
  citizenWithoutJs: page,
  browser,
}) => {
  test.setTimeout(180_000);
  const absender = await alsEigenerAbsender(page);
  const email = neueAdresse("meldebescheinigung");

  await page.goto("/de/leistungen/meldebescheinigung-beantragen");
  await page.getByTestId("online-beantragen").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meldebescheinigung beantragen");
  await expect(page.getByText(/einmalig mit dem Online-Ausweis identifizieren/)).toBeVisible();
  await page.getByRole("button", { name: "Ohne Servicekonto beginnen" }).click();

  // The branch: an extended certificate asks which data it should show.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Welche Meldebescheinigung brauchen Sie?",
  );
  await page.getByLabel("Erweiterte Meldebescheinigung").check();
  await page.getByRole("button", { name: "Weiter" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Angaben");
  await page.getByLabel("Vorname(n)").fill("Erika");
  await page.getByLabel("Familienname").fill("Mustermann");
  await page.getByLabel("Straße und Hausnummer").fill("Heidestraße 17");
  await page.getByLabel("Postleitzahl").fill("01099");
  await page.getByLabel("Ort").fill("Dresden");
  await page.getByLabel("Geburtsdatum").fill("12.08.1964");
  await page.getByRole("button", { name: "Weiter" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zusätzliche Daten");
  // Nothing chosen: refused with the summary, without JavaScript too.
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { name: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: /);
  await page.getByLabel("Frühere Namen (z. B. Geburtsname)").check();
  await page.getByLabel("Staatsangehörigkeit(en)").check();
  await page.getByRole("button", { name: "Weiter" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Wofür brauchen Sie die Bescheinigung?",
  );
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Wie möchten Sie die Bescheinigung erhalten?",
  );
  await page.getByLabel("Abholung im Bürgerbüro").check();
  await page.getByLabel("Anzahl der Ausfertigungen").fill("1");
  await page.getByRole("button", { name: "Weiter" }).click();

  // Check answers: identification is still missing.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expect(page.getByText("Erweiterte Meldebescheinigung")).toBeVisible();
  await expect(page.getByText(/Frühere Namen/)).toBeVisible();
  await page.getByRole("link", { name: "Mit Online-Ausweis identifizieren" }).click();

  // The eID service (simulated), without JavaScript.
  await expect(page).toHaveURL((url) => url.origin === new URL(env.eidUrl).origin);
  await expect(page.getByText(/Simulation – kein echter Online-Ausweis/)).toBeVisible();
  await page.getByLabel(/Erika Mustermann/).check();
  await page.getByRole("button", { name: /^Weiter/ }).click();
  await page.getByRole("button", { name: /^Zustimmen/ }).click();

  // Back at the check page, identified for this application only.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expect(
    page.getByText(/Identifiziert mit dem Online-Ausweis: Erika Mustermann/),
  ).toBeVisible();
  await expect(page.getByTestId("zustaendige-stelle")).toContainText("Dresden");
  await page.getByLabel("E-Mail-Adresse für die Eingangsbestätigung").fill(email);
  // The declaration is required: submitting without it keeps the address typed.
  await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();
  await expect(
    page.getByText("Bestätigen Sie die Erklärung, um den Antrag abzusenden.").first(),
  ).toBeVisible();
  await expect(page.getByLabel("E-Mail-Adresse für die Eingangsbestätigung")).toHaveValue(email);
  await page.getByLabel("Ich bestätige diese Erklärung.").check();
  await page.getByRole("button", { name: "Antrag verbindlich absenden" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antrag eingegangen");
  const aktenzeichen = (await page.getByTestId("aktenzeichen").textContent())?.trim() ?? "";
  expect(aktenzeichen).toMatch(/^MB-\d{4}-\d{6}$/);

  // The receipt: for this browser (its cookie), not for another.
  const pfad = `${new URL(page.url()).pathname}/eingangsbestaetigung.pdf`;
  const beleg = await page.request.get(pfad);
  expect(beleg.status()).toBe(200);
  const roh = (await beleg.body()).toString("latin1");
  expect(roh).toContain("/StructTreeRoot");
  const fremd = await browser.newContext();
  expect(
    (await fremd.request.get(pfad, { headers: { "X-Forwarded-For": absender } })).status(),
  ).toBe(404);
  await fremd.close();

  // The confirmation mail with the reference number.
  const mail = await warteAufMail(email, new RegExp(aktenzeichen));
  expect(mail.text).not.toContain("Heidestraße");
});
