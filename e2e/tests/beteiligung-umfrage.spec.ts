import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { linkAus, warteAufMail } from "../support/postfach";

// The survey of "Spielplätze im Leipziger Osten" (anonymous, seed) with and without JavaScript,
// and the e-mail subscription of a procedure: double opt-in through the mail catcher, then
// unsubscribing with the link every mail carries. The phase and reply mails are sent by the
// worker (the shared stack runs main's), so they are tested in the package's integration tests.
// Anonymous answers count against the contributions' limit (10 in 10 minutes per client and
// procedure): each test sends from an address of its own and at most two valid answer sets.

const UMFRAGE = "/de/beteiligung/spielplaetze-im-leipziger-osten/umfrage";
const FRAGE_1 = "Wie oft besuchen Sie einen Spielplatz im Leipziger Osten?";
const FRAGE_2 = "Was wünschen Sie sich auf den Spielplätzen? (Mehrfachauswahl)";
// The form refuses what is sent less than 3 s after it was shown (a signed time in the form).
const MINDESTZEIT_MS = 3200;

// Waits for fill times and for mails through the queue.
test.describe.configure({ timeout: 120_000 });

test("with JavaScript: an answer outside the options is refused at its question, the other answers stay", async ({
  page,
}) => {
  await alsEigenerAbsender(page);
  await page.goto(UMFRAGE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Spielplätze im Leipziger Osten",
  );
  await expectAccessible(page);

  const frage1 = page.getByRole("group", { name: FRAGE_1 });
  const frage2 = page.getByRole("group", { name: FRAGE_2 });
  await frage2.getByLabel("Mehr Schatten").check();
  await frage2.getByLabel("Trinkbrunnen").check();
  // A forged answer, as a script would send it: the radio's value is not one of the options.
  await frage1.getByLabel("Seltener").check();
  await frage1.getByLabel("Seltener").evaluate((el) => el.setAttribute("value", "Täglich <b>"));
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Antworten senden" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "Bitte korrigieren Sie Ihre Eingabe" });
  await expect(
    summary.getByRole("link", { name: "Bitte wählen Sie eine der angebotenen Antworten." }),
  ).toHaveAttribute("href", "#frage-besuche");
  await expect(frage2.getByLabel("Mehr Schatten")).toBeChecked();
  await expect(frage2.getByLabel("Trinkbrunnen")).toBeChecked();
  await expect(frage2.getByLabel("Sitzplätze für Eltern")).not.toBeChecked();
  await expectAccessible(page);

  await frage1.getByLabel("Nie").check();
  await page.getByRole("button", { name: "Antworten senden" }).click();
  const danke = page.getByTestId("umfrage-danke");
  await expect(
    danke.getByRole("heading", { name: "Vielen Dank für Ihre Teilnahme" }),
  ).toBeVisible();
  await expect(danke).toContainText("Nie");
  await expect(danke).toContainText("Mehr Schatten, Trinkbrunnen");
  await expectAccessible(page);
});

test("without JavaScript: an empty form is refused, then the answers are received with a receipt", async ({
  citizenWithoutJs: page,
}) => {
  await alsEigenerAbsender(page);
  await page.goto(UMFRAGE);
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Antworten senden" }).click();
  await expect(page.getByTestId("formularfehler")).toContainText(
    "Bitte beantworten Sie mindestens eine Frage.",
  );

  await page.getByRole("group", { name: FRAGE_1 }).getByLabel("Mehrmals pro Woche").check();
  await page
    .getByRole("group", { name: FRAGE_2 })
    .getByLabel("Spielgeräte für Kleinkinder")
    .check();
  // The page answering the refusal shows a new form: its fill time starts again.
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Antworten senden" }).click();
  const danke = page.getByTestId("umfrage-danke");
  await expect(
    danke.getByRole("heading", { name: "Vielen Dank für Ihre Teilnahme" }),
  ).toBeVisible();
  await expect(danke).toContainText("Mehrmals pro Woche");
  await expect(danke).toContainText("Spielgeräte für Kleinkinder");
});

test("subscribe to a procedure, confirm from the mail, unsubscribe without JavaScript", async ({
  page,
  citizenWithoutJs,
}) => {
  await alsEigenerAbsender(page);
  const email = `abo-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  await page.goto("/de/beteiligung/radverkehrskonzept-dresden-2035/abonnieren");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Radverkehrskonzept Dresden 2035",
  );
  await expectAccessible(page);

  const adresse = page.getByLabel("Ihre E-Mail-Adresse");
  await adresse.fill("keine-adresse");
  await page.getByRole("button", { name: "Benachrichtigungen bestellen" }).click();
  await expect(adresse).toHaveAttribute("aria-invalid", "true");
  await expect(adresse).toHaveValue("keine-adresse");
  await expect(page.getByText("Bitte willigen Sie ein").first()).toBeVisible();
  await expectAccessible(page);

  await adresse.fill(email);
  await page.getByLabel(/Ich willige ein/).check();
  await page.getByRole("button", { name: "Benachrichtigungen bestellen" }).click();
  await expect(page.getByTestId("abo-pruefen")).toContainText("Bitte prüfen Sie Ihr Postfach");
  await expect(page.getByTestId("abo-pruefen")).toContainText(email);

  const mail = await warteAufMail(email, /Bitte bestätigen Sie Ihr Abonnement/);
  expect(mail.text).toContain("Radverkehrskonzept Dresden 2035");
  await page.goto(linkAus(mail, "/de/beteiligung/abo/bestaetigen"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(page.getByTestId("abo-erfolg")).toContainText("Ihr Abonnement ist bestätigt");
  await expectAccessible(page);
  // The link works once.
  await page.goto(linkAus(mail, "/de/beteiligung/abo/bestaetigen"));
  await page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(page.getByTestId("formularfehler")).toContainText("bereits verwendet");

  // The unsubscribe link of the same mail, in a browser without JavaScript.
  const ohneJs = citizenWithoutJs;
  await ohneJs.goto(linkAus(mail, "/de/beteiligung/abo/abmelden"));
  await ohneJs.getByRole("button", { name: "Benachrichtigungen abbestellen" }).click();
  await expect(ohneJs.getByTestId("abo-erfolg")).toContainText(
    "Sie haben die Benachrichtigungen abbestellt",
  );
  // Once more: the subscription is gone.
  await ohneJs.goto(linkAus(mail, "/de/beteiligung/abo/abmelden"));
  await ohneJs.getByRole("button", { name: "Benachrichtigungen abbestellen" }).click();
  await expect(ohneJs.getByTestId("formularfehler")).toContainText("besteht nicht (mehr)");
});

test("in English: the survey page, and subscribing twice gives the same answer, then unsubscribe", async ({
  page,
}) => {
  await alsEigenerAbsender(page);
  // The survey in English: the questions from the CMS stay German and are marked so.
  await page.goto("/en/beteiligung/spielplaetze-im-leipziger-osten/umfrage");
  await expect(page.getByRole("button", { name: "Send answers" })).toBeVisible();
  await expect(page.locator('legend [lang="de"]').first()).toHaveText(FRAGE_1);
  await expectAccessible(page);

  const email = `abo-en-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  for (let i = 0; i < 2; i++) {
    await page.goto("/en/beteiligung/spielplaetze-im-leipziger-osten/abonnieren");
    await page.getByLabel("Your e-mail address").fill(email);
    await page.getByLabel(/I agree/).check();
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByTestId("abo-pruefen")).toContainText("Please check your mailbox");
  }
  await expectAccessible(page);
  const mail = await warteAufMail(email, /Please confirm your subscription/);
  await page.goto(linkAus(mail, "/en/beteiligung/abo/abmelden"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByTestId("abo-erfolg")).toContainText("You have unsubscribed");
  await expectAccessible(page);
});
