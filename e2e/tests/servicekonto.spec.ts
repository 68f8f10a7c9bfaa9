import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import {
  meldeAn,
  NEUES_PASSWORT,
  neueAdresse,
  PASSWORT,
  registriereUndBestaetige,
} from "../support/konto";
import { linkAus, warteAufMail } from "../support/postfach";

// The Servicekonto: register, confirm the address with the mailed link (read from the stack's
// mail catcher), sign in and out, sign out elsewhere, reset a forgotten password. Real stack:
// the portal, its database, the job queue, the worker delivering by SMTP to the catcher.

test("register, confirm by mail, sign in, sign out: the session ends for real", async ({
  page,
}) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("buergerin");

  // The header leads to the account; without a session, to the sign-in that comes back to it.
  await page.goto("/de");
  await page.getByRole("banner").getByRole("link", { name: "Servicekonto" }).click();
  await expect(page).toHaveURL(/\/de\/konto\/anmelden\?zurueck=%2Fde%2Fkonto$/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Servicekonto einrichten" }).click();

  // The rules of a new password, at the fields; the address typed stays, passwords do not.
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill("zu kurz");
  await page.getByLabel("Passwort wiederholen").fill("anders");
  await page.getByRole("button", { name: "Konto einrichten" }).click();
  await expect(page.getByRole("link", { name: /mindestens 15 Zeichen/ })).toHaveAttribute(
    "href",
    "#passwort",
  );
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(email);
  await expect(page.getByLabel("Passwort", { exact: true })).toHaveValue("");
  await expectAccessible(page);

  const mail = await registriereUndBestaetige(page, email);
  await expectAccessible(page);
  // The link works once.
  await page.goto(linkAus(mail, "/de/konto/bestaetigen"));
  await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
  await expect(page.getByTestId("formularfehler")).toContainText("bereits verwendet");

  // A wrong password: one answer for address and password, the address kept.
  await meldeAn(page, email, "falsches Passwort, ganz sicher");
  await expect(page.getByTestId("formularfehler")).toContainText(
    "E-Mail-Adresse oder Passwort sind nicht richtig",
  );
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(email);

  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  await expect(page.getByText(`Angemeldet als ${email}`)).toBeVisible();
  await expect(page.getByText("niedrig (mit Passwort)")).toBeVisible();

  // The profile: hostile and unicode text is kept as typed and shown escaped; a date of birth
  // before 1900 gets a message at its field with everything else kept; the place is resolved to
  // its municipality.
  await page.getByRole("link", { name: "Meine Angaben" }).click();
  await expectAccessible(page);
  const vorname = "Zoë <script>alert(1)</script> O'Brien 𝔘\u202e";
  await page.getByLabel(/^Vorname/).fill(vorname);
  await page.getByLabel(/^Nachname/).fill("Łukasiewicz-Müller");
  await page.getByLabel("Straße und Hausnummer").fill("Theaterplatz 1");
  await page.getByLabel("Postleitzahl").fill("01067");
  await page.getByLabel(/^Ort/).fill("Dresden");
  await page.getByLabel("Geburtsdatum").fill("1850-05-01");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(
    page.getByRole("link", { name: /zwischen dem 01\.01\.1900 und heute/ }),
  ).toBeVisible();
  await expect(page.getByLabel(/^Vorname/)).toHaveValue(vorname);
  await expect(page.getByLabel(/^Ort/)).toHaveValue("Dresden");
  await expectAccessible(page);
  await page.getByLabel("Geburtsdatum").fill("1984-02-29");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByTestId("erfolg")).toContainText("Gemeinde: Dresden");
  await page.getByRole("link", { name: "Zurück zu Meine Angaben" }).click();
  await expect(page.getByLabel(/^Vorname/)).toHaveValue(vorname);
  await expect(page.getByLabel("Geburtsdatum")).toHaveValue("1984-02-29");
  await page.goto("/de/konto");
  // The header says so, also on the cached pages.
  await page.goto("/de/lebenslagen");
  const kopf = page.getByRole("banner");
  await expect(kopf.getByRole("link", { name: "Mein Servicekonto", exact: true })).toBeVisible();
  await kopf.getByRole("link", { name: "Mein Servicekonto", exact: true }).click();
  await expect(page.getByRole("table", { name: "Ihre Anmeldungen" })).toContainText(
    "(diese Anmeldung)",
  );
  await expectAccessible(page);

  // Signing out ends the session in the database: the old cookie, put back, opens nothing.
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
  await expect(
    page.getByRole("banner").getByRole("link", { name: "Servicekonto", exact: true }),
  ).toBeVisible();
  await page.context().addCookies(cookies);
  await page.goto("/de/konto");
  await expect(page).toHaveURL(/\/de\/konto\/anmelden/);
});

test("an address that is already registered gets the same answer, and its owner a mail", async ({
  page,
}) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("doppelt");
  await registriereUndBestaetige(page, email);
  await page.goto("/en/konto/registrieren");
  await page.getByLabel("E-mail address").fill(email.toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill(NEUES_PASSWORT);
  await page.getByLabel("Repeat password").fill(NEUES_PASSWORT);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("erfolg")).toContainText("Please confirm your e-mail address");
  await warteAufMail(email, /already exists/);
});

test("without JavaScript: forgotten password by mail, every other session ends, sign in anew", async ({
  page,
  citizenWithoutJs,
}) => {
  await alsEigenerAbsender(page);
  await alsEigenerAbsender(citizenWithoutJs);
  const email = neueAdresse("vergesslich");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  // axe needs JavaScript: the pages of this journey are checked with it, the journey without.
  for (const pfad of ["/de/konto/passwort-vergessen", "/de/konto/passwort-neu"]) {
    await page.goto(pfad);
    await expectAccessible(page);
  }
  await page.goto("/de/konto");

  const ohneJs = citizenWithoutJs;
  await ohneJs.goto("/de/konto/anmelden");
  await ohneJs.getByRole("link", { name: "Passwort vergessen?" }).click();
  await ohneJs.getByLabel("E-Mail-Adresse").fill(email);
  await ohneJs.getByRole("button", { name: "Link anfordern" }).click();
  await expect(ohneJs.getByTestId("erfolg")).toContainText(email);

  const mail = await warteAufMail(email, /Neues Passwort/);
  await ohneJs.goto(linkAus(mail, "/de/konto/passwort-neu"));
  await ohneJs.getByLabel("Neues Passwort").fill(NEUES_PASSWORT);
  await ohneJs.getByLabel("Passwort wiederholen").fill(`${NEUES_PASSWORT}!`);
  await ohneJs.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(ohneJs.getByLabel("Passwort wiederholen")).toHaveAttribute("aria-invalid", "true");
  await ohneJs.getByLabel("Neues Passwort").fill(NEUES_PASSWORT);
  await ohneJs.getByLabel("Passwort wiederholen").fill(NEUES_PASSWORT);
  await ohneJs.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(ohneJs.getByTestId("erfolg")).toContainText("auf allen Geräten abgemeldet");

  // The session signed in with the old password is gone.
  await page.reload();
  await expect(page).toHaveURL(/\/de\/konto\/anmelden/);

  await meldeAn(ohneJs, email, PASSWORT);
  await expect(ohneJs.getByTestId("formularfehler")).toContainText("nicht richtig");
  await meldeAn(ohneJs, email, NEUES_PASSWORT);
  await expect(ohneJs).toHaveURL(/\/de\/konto$/);
  await expect(ohneJs.getByText(`Angemeldet als ${email}`)).toBeVisible();
});
