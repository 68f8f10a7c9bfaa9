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
    await meldeAn(page, email, PASSWORT, `/de/konto/anmelden?zurueck=${encodeURIComponent(ziel)}`);
    await expect(page).toHaveURL(/^http:\/\/[^/]+\/de\/konto$/);
  }
  await meldeAn(page, email, PASSWORT, "/de/konto/anmelden?zurueck=%2Fde%2Flebenslagen");
  await expect(page).toHaveURL(/\/de\/lebenslagen$/);
});

test("a session cookie planted before sign-in is replaced (no session fixation)", async ({
  browser,
}) => {
  const angreifer = await browser.newPage();
  const opfer = await browser.newPage();
  await alsEigenerAbsender(angreifer);
  await alsEigenerAbsender(opfer);
  const angreiferEmail = neueAdresse("angreifer");
  const opferEmail = neueAdresse("opfer");
  await registriereUndBestaetige(angreifer, angreiferEmail);
  await registriereUndBestaetige(opfer, opferEmail);

  // The attacker signs in and plants their own valid session cookie in the victim's browser.
  await meldeAn(angreifer, angreiferEmail, PASSWORT);
  await expect(angreifer).toHaveURL(/\/de\/konto$/);
  const geplant = (await angreifer.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(geplant).toBeDefined();
  if (!geplant) return;
  await opfer.context().addCookies([geplant]);

  // The victim signs in with their own password: a new session, a new cookie.
  await meldeAn(opfer, opferEmail, PASSWORT);
  await expect(opfer.getByText(`Angemeldet als ${opferEmail}`)).toBeVisible();
  const danach = (await opfer.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(danach?.value).not.toBe(geplant.value);
  // The planted cookie still opens only the attacker's own account, never the victim's.
  await angreifer.goto("/de/konto");
  await expect(angreifer.getByText(`Angemeldet als ${angreiferEmail}`)).toBeVisible();
  await expect(angreifer.getByText(opferEmail)).toHaveCount(0);
  await angreifer.close();
  await opfer.close();
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
  await citizenWithoutJs.context().addCookies(await page.context().cookies());

  // The sign-out form, posted as a form on evil.example would post it: same cookies (a browser
  // sends Lax cookies with a top-level POST only from the same site — this checks the server's own
  // Origin check behind that), a foreign Origin.
  await citizenWithoutJs.goto("/de/konto");
  await citizenWithoutJs.route("**/de/konto", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await route.continue({
      headers: { ...route.request().headers(), origin: "https://evil.example" },
    });
  });
  const antwort = citizenWithoutJs.waitForResponse(
    (r) => r.request().method() === "POST" && r.url().includes("/de/konto"),
  );
  await citizenWithoutJs.getByRole("button", { name: "Abmelden" }).click();
  expect((await antwort).status()).toBeGreaterThanOrEqual(400);
  await citizenWithoutJs.unrouteAll();

  // Still signed in: the forged post ended nothing.
  await page.goto("/de/konto");
  await expect(page.getByText(`Angemeldet als ${email}`)).toBeVisible();
});
