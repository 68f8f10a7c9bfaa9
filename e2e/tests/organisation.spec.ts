import type { Browser, Page } from "@playwright/test";
import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { linkAus, warteAufMail } from "../support/postfach";

// Organisation accounts (issue 8): found an organisation, invite a second account by mail, it
// accepts and acts for the organisation; the owner removes it and its act-for ends at once, and
// the organisation's page is as unknown to it as to anyone outside.

/** A new page in its own browser context with a confirmed, signed-in account. */
async function angemeldet(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await alsEigenerAbsender(page);
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  return page;
}

test("found, invite by mail, accept, act for the organisation, lose it on removal", async ({
  browser,
}) => {
  const inhaberin = await angemeldet(browser, neueAdresse("inhaberin"));
  const mitgliedAdresse = neueAdresse("mitglied");
  const mitglied = await angemeldet(browser, mitgliedAdresse);
  const name = `Elbtal Bäckerei ${Date.now()} GmbH`;

  // Found: an empty name is refused at its field, then the organisation is created.
  await inhaberin.goto("/de/konto/organisationen");
  await expectAccessible(inhaberin);
  await inhaberin.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(inhaberin.getByRole("link", { name: /Namen der Organisation/ })).toHaveAttribute(
    "href",
    "#name",
  );
  await inhaberin.getByLabel("Name der Organisation").fill(name);
  await inhaberin.getByLabel("Art der Organisation").selectOption("unternehmen");
  await inhaberin.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(inhaberin.getByTestId("erfolg")).toContainText(name);
  await inhaberin.getByRole("link", { name: `Mitglieder von ${name}` }).click();
  await expectAccessible(inhaberin);
  const seite = new URL(inhaberin.url()).pathname;
  expect(seite).toMatch(/^\/de\/konto\/organisationen\/[0-9a-f-]{36}$/);

  // Invite: the mail links to the invitation page.
  await inhaberin.getByLabel("E-Mail-Adresse der Person").fill(mitgliedAdresse);
  await inhaberin.getByRole("button", { name: "Einladung senden" }).click();
  await expect(inhaberin.getByTestId("erfolg")).toContainText(mitgliedAdresse);
  const einladung = await warteAufMail(mitgliedAdresse, /Einladung/);

  // Accept with the invited account, then act for the organisation.
  await mitglied.goto(linkAus(einladung, "/de/konto/einladung"));
  await expect(mitglied.getByText(name)).toBeVisible();
  await expectAccessible(mitglied);
  await mitglied.getByRole("button", { name: "Einladung annehmen" }).click();
  await expect(mitglied.getByTestId("erfolg")).toContainText(name);
  await mitglied.goto("/de/konto/organisationen");
  await mitglied.getByRole("button", { name: "Für diese Organisation handeln" }).click();
  await expect(mitglied.getByTestId("handelt-fuer")).toContainText(name);

  // The owner removes the member: its session no longer acts for the organisation.
  await inhaberin.reload();
  await inhaberin.getByRole("button", { name: "Entfernen" }).click();
  await expect(inhaberin.getByText("Das Mitglied ist entfernt.")).toBeVisible();
  await mitglied.reload();
  await expect(mitglied.getByTestId("handelt-fuer")).toContainText("als Privatperson");
  await expect(mitglied.getByText(name)).toHaveCount(0);
  const nachEntfernen = await mitglied.goto(seite);
  expect(nachEntfernen?.status()).toBe(404);
  await expect(mitglied.getByText(name)).toHaveCount(0);
});
