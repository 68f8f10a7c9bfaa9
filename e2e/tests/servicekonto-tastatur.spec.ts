import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { tabTo } from "../support/tastatur";

// The Servicekonto by keyboard alone: from the header to the sign-in, into the account, the
// profile saved, signed out. The account itself is set up through the forms beforehand.

test("sign in, save the profile and sign out by keyboard alone", async ({ page }) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("tastatur");
  await registriereUndBestaetige(page, email);

  await page.goto("/de");
  await tabTo(page, (el) => el.tag === "a" && el.text === "Servicekonto");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/de\/konto\/anmelden/);
  await tabTo(page, (el) => el.name === "email");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORT);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/de\/konto$/);

  await tabTo(page, (el) => el.tag === "a" && el.text === "Meine Angaben");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Angaben");
  await tabTo(page, (el) => el.name === "vorname");
  await page.keyboard.type("Erika");
  await tabTo(page, (el) => el.tag === "button" && el.text === "Speichern");
  await page.keyboard.press("Enter");
  // The confirmation takes the focus, so a screen reader announces it.
  await expect(page.getByTestId("erfolg")).toBeFocused();
  await expect(page.getByTestId("erfolg")).toContainText("Ihre Angaben wurden gespeichert.");
  await expectAccessible(page);

  await page.goto("/de/konto");
  await tabTo(page, (el) => el.tag === "button" && el.text === "Abmelden");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
});
