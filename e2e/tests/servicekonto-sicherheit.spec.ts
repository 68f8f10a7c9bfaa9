import { alsEigenerAbsender, expect, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";

// Attacks on the Servicekonto's sign-in, tried against the real stack: password guessing from
// many addresses, open redirects after sign-in, session fixation, and a cross-site form post
// (CSRF) to an action of a signed-in user.

const SESSION_COOKIE = "next-auth.session-token";

test("a scripted password-guessing run against one account is stopped by the limits", async ({
  page,
}) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("ziel");
  await registriereUndBestaetige(page, email);

  // 20 guesses, each from a new address (a botnet): the per-address limit never bites, the
  // per-account one must.
  let geprueft = 0;
  let gestoppt = 0;
  for (let versuch = 0; versuch < 20; versuch++) {
    await alsEigenerAbsender(page);
    await meldeAn(page, email, `geratenes Passwort Nummer ${versuch}`);
    const fehler = page.getByTestId("formularfehler");
    await expect(fehler).toBeVisible();
    const text = (await fehler.textContent()) ?? "";
    if (text.includes("nicht richtig")) geprueft++;
    else if (text.includes("zu viele Anmeldeversuche")) gestoppt++;
  }
  console.log(`password guessing: ${geprueft} of 20 guesses checked, ${gestoppt} stopped`);
  expect(geprueft).toBeLessThanOrEqual(10);
  expect(geprueft + gestoppt).toBe(20);
  // While the account is locked, even the right password is not checked (so guessing cannot
  // go on by finding it): the message says how long to wait.
  await alsEigenerAbsender(page);
  await meldeAn(page, email, PASSWORT);
  await expect(page.getByTestId("formularfehler")).toContainText("Minuten erneut");
  await expect(page).toHaveURL(/\/de\/konto\/anmelden/);
});

test("after sign-in only paths of the portal are followed (no open redirect)", async ({ page }) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("umleitung");
  await registriereUndBestaetige(page, email);
  for (const ziel of ["//evil.example/anmelden", "https://evil.example/", "/\\evil.example"]) {
    await page.context().clearCookies();
    await meldeAn(page, email, PASSWORT, `/de/konto/anmelden?zurueck=${encodeURIComponent(ziel)}`);
    await expect(page).toHaveURL(/^http:\/\/[^/]+\/de\/konto$/);
  }
  await page.context().clearCookies();
  await meldeAn(page, email, PASSWORT, "/de/konto/anmelden?zurueck=%2Fde%2Flebenslagen");
  await expect(page).toHaveURL(/\/de\/lebenslagen$/);
});

test("a session cookie planted before sign-in is replaced (no session fixation)", async ({
  page,
  browser,
}) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("opfer");
  await registriereUndBestaetige(page, email);
  // An attacker plants a cookie of their choosing in the victim's browser …
  const url = new URL(page.url());
  const geplant = {
    name: SESSION_COOKIE,
    value: "vom-angreifer-gewaehlt",
    domain: url.hostname,
    path: "/",
  };
  await page.context().addCookies([geplant]);
  // … the victim signs in: a new session under a new cookie, never the planted value.
  await meldeAn(page, email, PASSWORT);
  await expect(page.getByText(`Angemeldet als ${email}`)).toBeVisible();
  const danach = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(danach?.value).toBeTruthy();
  expect(danach?.value).not.toBe(geplant.value);
  // What the attacker knows (the planted value) opens nothing.
  const angreifer = await browser.newContext();
  await angreifer.addCookies([geplant]);
  const seite = await angreifer.newPage();
  await seite.goto(`${url.origin}/de/konto`);
  await expect(seite).toHaveURL(/\/de\/konto\/anmelden/);
  await angreifer.close();
});

test("a form posted from another site does not act for the signed-in user (CSRF)", async ({
  page,
  citizenWithoutJs,
}) => {
  await alsEigenerAbsender(page);
  const email = neueAdresse("csrf");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);

  // The sign-out form's fields, posted as a form on evil.example would post them: the same
  // cookies (a browser would not even send the Lax cookie along; this checks the server's own
  // Origin check behind that), a foreign Origin.
  // The form as the server renders it (hydration replaces its action fields with a script).
  await citizenWithoutJs.context().addCookies(await page.context().cookies());
  await citizenWithoutJs.goto("/de/konto");
  const formular = citizenWithoutJs
    .locator("form")
    .filter({ has: citizenWithoutJs.getByRole("button", { name: "Abmelden" }) });
  const felder: Record<string, string> = {};
  for (const feld of await formular.locator("input[type=hidden]").all()) {
    const name = await feld.getAttribute("name");
    if (name) felder[name] = (await feld.getAttribute("value")) ?? "";
  }
  const gefaelscht = await page.request.post("/de/konto", {
    multipart: felder,
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(gefaelscht.status()).toBeGreaterThanOrEqual(400);
  // The same post from the portal's own origin is what signs out (so the forgery above was a
  // real sign-out request in everything but its origin).
  await page.goto("/de/konto");
  await expect(page.getByText(`Angemeldet als ${email}`)).toBeVisible();
  const echt = await page.request.post("/de/konto", {
    multipart: felder,
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(echt.status()).toBe(303);
  await page.goto("/de/konto");
  await expect(page).toHaveURL(/\/de\/konto\/anmelden/);
});
