import type { Browser, Page } from "@playwright/test";
import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { warteAufMail } from "../support/postfach";
import { legeMitarbeiterAn, totp } from "../support/verwaltung";

// The staff area (issue 8): a staff member made with the operators' command enrols the second
// factor (TOTP) and signs in with a code; a replayed code is refused; a message sent from the
// staff area reaches the citizen's Postfach with a notification mail that holds none of its
// content; staff of another Organisationseinheit do not see it; a citizen's session opens no
// staff page.

const DIENSTPASSWORT = "Rathausturm Dresden Morgenrunde";

/**
 * Signs a staff member in with password and code; enrols the second factor on first use. Checks
 * the pages with axe unless the browser runs no script (axe is one).
 */
async function meldeMitarbeiterAn(page: Page, email: string, schluessel?: string, axe = true) {
  await page.goto("/de/verwaltung/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(DIENSTPASSWORT);
  await page.getByRole("button", { name: "Weiter" }).click();
  let key = schluessel;
  if (!key) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zweiten Faktor einrichten");
    if (axe) await expectAccessible(page);
    key = (await page.getByTestId("totp-schluessel").textContent()) ?? "";
    await page.getByLabel(/Code/).fill(totp(key));
    await page.getByRole("button", { name: "Einrichtung abschließen" }).click();
  } else {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code eingeben");
    if (axe) await expectAccessible(page);
    await page.getByLabel("Code aus der Authenticator-App").fill(totp(key));
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  }
  await expect(page).toHaveURL(/\/de\/verwaltung$/);
  return key;
}

async function neueSeite(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await alsEigenerAbsender(page);
  return page;
}

test("staff enrol TOTP, sign in with a code, send a message to a citizen's Postfach", async ({
  browser,
}) => {
  // It waits up to 30 s for the next TOTP time step.
  test.setTimeout(150_000);
  const dresden = neueAdresse("sachbearbeitung-dresden");
  const leipzig = neueAdresse("sachbearbeitung-leipzig");
  await legeMitarbeiterAn(dresden, "Erika Beispiel", DIENSTPASSWORT, [
    "gv-14612000:sachbearbeitung",
  ]);
  await legeMitarbeiterAn(leipzig, "Max Beispiel", DIENSTPASSWORT, ["gv-14713000:sachbearbeitung"]);

  // Enrolment on the first sign-in, then an ordinary sign-in with a fresh code.
  const staff = await neueSeite(browser);
  await staff.goto("/de/verwaltung");
  await expect(staff).toHaveURL(/\/de\/verwaltung\/anmelden/);
  await expectAccessible(staff);
  const schluessel = await meldeMitarbeiterAn(staff, dresden);
  await expect(staff.getByRole("table")).toContainText("gv-14612000");
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Abmelden" }).click();
  await expect(staff.getByText("Sie sind abgemeldet.")).toBeVisible();

  // The code just used is refused a second time (replay), the next one works.
  await staff.goto("/de/verwaltung/anmelden");
  await staff.getByLabel("E-Mail-Adresse").fill(dresden);
  await staff.getByLabel("Passwort", { exact: true }).fill(DIENSTPASSWORT);
  await staff.getByRole("button", { name: "Weiter" }).click();
  const schritt = Math.floor(Date.now() / 30_000);
  await staff.getByLabel("Code aus der Authenticator-App").fill(totp(schluessel, schritt - 3));
  await staff.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(staff.getByRole("link", { name: /Der Code stimmt nicht/ })).toBeVisible();
  // Wait for a step no code was used in yet (the enrolment used the current one).
  await expect
    .poll(() => Math.floor(Date.now() / 30_000), { timeout: 35_000, intervals: [1000] })
    .toBeGreaterThan(schritt);
  await staff.getByLabel("Code aus der Authenticator-App").fill(totp(schluessel));
  await staff.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(staff).toHaveURL(/\/de\/verwaltung$/);

  // A citizen with an account; the staff member writes to it.
  const buerger = await neueSeite(browser);
  const buergerAdresse = neueAdresse("empfaengerin");
  await registriereUndBestaetige(buerger, buergerAdresse);
  await staff.getByRole("link", { name: "Nachricht an ein Servicekonto senden" }).click();
  await expectAccessible(staff);
  await staff.getByLabel(/^E-Mail-Adresse des Servicekontos/).fill("niemand@example.org");
  await staff.getByLabel(/^Betreff/).fill("Ihr Antrag auf Anwohnerparken");
  await staff.getByLabel(/^Nachricht/).fill("Ihr Antrag ist eingegangen.\n<b>Az. 2026-0815</b>");
  await staff.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(staff.getByText(/kein bestätigtes Servicekonto/).first()).toBeVisible();
  await expect(staff.getByLabel(/^Betreff/)).toHaveValue("Ihr Antrag auf Anwohnerparken");
  await staff.getByLabel(/^E-Mail-Adresse des Servicekontos/).fill(buergerAdresse);
  await staff.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(staff.getByTestId("erfolg")).toContainText(buergerAdresse);
  await staff.goto("/de/verwaltung/postfach");
  await expect(staff.getByRole("table")).toContainText("Ihr Antrag auf Anwohnerparken");

  // The notification says that there is a message, not what it says.
  const hinweis = await warteAufMail(buergerAdresse, /Nachricht/);
  expect(hinweis.text).not.toContain("Anwohnerparken");
  expect(hinweis.html).not.toContain("Anwohnerparken");
  await meldeAn(buerger, buergerAdresse, PASSWORT);
  await expect(buerger).toHaveURL(/\/de\/konto$/);
  await buerger.goto("/de/konto/postfach");
  await buerger.getByRole("link", { name: "Ihr Antrag auf Anwohnerparken" }).click();
  await expect(buerger.getByText("<b>Az. 2026-0815</b>")).toBeVisible();

  // Staff of another Organisationseinheit: their own list only, also when asking for Dresden's.
  const andere = await neueSeite(browser);
  await meldeMitarbeiterAn(andere, leipzig);
  await andere.goto("/de/verwaltung/postfach?oe=gv-14612000");
  await expect(andere.getByText("Ihr Antrag auf Anwohnerparken")).toHaveCount(0);

  // The citizen's session opens no staff page.
  await buerger.goto("/de/verwaltung");
  await expect(buerger).toHaveURL(/\/de\/verwaltung\/anmelden/);
  await buerger.goto("/de/verwaltung/postfach");
  await expect(buerger).toHaveURL(/\/de\/verwaltung\/anmelden/);
});

test("without JavaScript: a staff member enrols the second factor and signs in", async ({
  citizenWithoutJs: page,
}) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("sachbearbeitung-ohne-js");
  await legeMitarbeiterAn(email, "Jana Beispiel", DIENSTPASSWORT, ["lra-14625:sachbearbeitung"]);
  await meldeMitarbeiterAn(page, email, undefined, false);
  await expect(page.getByRole("table")).toContainText("lra-14625");
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
});
