import pg from "pg";
import { alsEigenerAbsender, env, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";

// eID sign-in over OpenID Connect against the stack's eID simulator (tooling/eid-simulator): the
// citizen chooses a test identity, agrees to the release of the attributes, and comes back signed
// in to an account verified at level "hoch". Declining stores nothing and says so, without
// JavaScript too. The simulator's screens say that they simulate, and are checked with axe.

test("eID sign-in with a test identity: consent, an account at level high", async ({ page }) => {
  await alsEigenerAbsender(page);
  await page.goto("/de/konto/anmelden");
  await page.getByRole("link", { name: "Mit Online-Ausweis anmelden" }).click();

  // The eID service (simulated): choose the card, then agree to what is released.
  await expect(page).toHaveURL((url) => url.origin === new URL(env.eidUrl).origin);
  await expect(page.getByText(/Simulation – kein echter Online-Ausweis/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/Erika Mustermann/).check();
  await page.getByRole("button", { name: /^Weiter/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("übermitteln");
  await expect(page.getByText(/Simulation – kein echter Online-Ausweis/)).toBeVisible();
  await expect(page.getByText("Königsbrücker Straße 17", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Zustimmen/ }).click();

  // Back at the portal: signed in, the assurance level shown, the header says so.
  await expect(page).toHaveURL(/\/de\/konto$/);
  await expect(page.getByText("Angemeldet mit dem Online-Ausweis")).toBeVisible();
  await expect(page.getByText("hoch (mit dem Online-Ausweis)")).toBeVisible();
  await expect(
    page.getByText("Erika Mustermann, bestätigt mit dem Online-Ausweis am"),
  ).toBeVisible();
  await expect(
    page.getByRole("banner").getByRole("link", { name: "Mein Servicekonto", exact: true }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
});

test("without JavaScript: declining at the eID service signs nobody in and says so", async ({
  citizenWithoutJs: page,
}) => {
  await alsEigenerAbsender(page);
  await page.goto("/de/konto/anmelden");
  await page.getByRole("link", { name: "Mit Online-Ausweis anmelden" }).click();
  await page.getByLabel(/Max Ludwig Mustermann/).check();
  await page.getByRole("button", { name: /^Weiter/ }).click();
  await page.getByRole("button", { name: /^Ablehnen/ }).click();
  await expect(page).toHaveURL(/\/de\/konto\/eid\/fehler/);
  await expect(page.getByText("Es wurden keine Daten übernommen.", { exact: false })).toBeVisible();
  await page.goto("/de/konto");
  await expect(page).toHaveURL(/\/de\/konto\/anmelden/);
});

test("a forged or replayed return from the eID service is refused", async ({ page }) => {
  await alsEigenerAbsender(page);
  // No transaction of this browser: a code and state from elsewhere are not taken.
  await page.goto("/de/konto/eid/rueckkehr?code=gefaelscht&state=gefaelscht");
  await expect(page).toHaveURL(/\/de\/konto\/eid\/fehler/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/de/konto");
  await expect(page).toHaveURL(/\/de\/konto\/anmelden/);
});

test("a password account connects the online ID: the session rises to level high", async ({
  page,
}) => {
  // The test identity is free again (an earlier run against the same stack may have linked it).
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  await client.query("delete from eid_identitaet where familienname = 'Nößler'");
  await client.end();

  await alsEigenerAbsender(page);
  const email = neueAdresse("verbinden");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  await expect(page.getByText("niedrig (mit Passwort)")).toBeVisible();
  await page.getByRole("link", { name: "Online-Ausweis mit diesem Konto verbinden" }).click();
  await page.getByLabel(/Jürgen Nößler/).check();
  await page.getByRole("button", { name: /^Weiter/ }).click();
  await page.getByRole("button", { name: /^Zustimmen/ }).click();
  await expect(page).toHaveURL(/\/de\/konto$/);
  await expect(page.getByText(`Angemeldet als ${email}`)).toBeVisible();
  await expect(page.getByText("hoch (mit dem Online-Ausweis)")).toBeVisible();
  await expect(page.getByText("Jürgen Nößler, bestätigt mit dem Online-Ausweis am")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Online-Ausweis mit diesem Konto verbinden" }),
  ).toHaveCount(0);
});

test("a script starting eID requests from one address is stopped after 30", async ({ page }) => {
  await alsEigenerAbsender(page);
  let gestartet = 0;
  let gestoppt = 0;
  for (let i = 0; i < 32; i++) {
    const antwort = await page.request.get("/de/konto/eid?zweck=anmeldung", { maxRedirects: 0 });
    expect(antwort.status()).toBe(303);
    const ziel = antwort.headers().location ?? "";
    if (ziel.includes("grund=zu-oft")) gestoppt++;
    else if (new URL(ziel, env.baseUrl).origin === new URL(env.eidUrl).origin) gestartet++;
  }
  expect({ gestartet, gestoppt }).toEqual({ gestartet: 30, gestoppt: 2 });
  await page.goto("/de/konto/eid/fehler?grund=zu-oft");
  await expect(page.getByText("Zu viele Versuche")).toBeVisible();
  await expectAccessible(page);
});
