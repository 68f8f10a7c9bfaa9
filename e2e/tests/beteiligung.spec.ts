import type { Locator, Page } from "@playwright/test";
import { CMS_TYPES, CmsAdmin } from "../support/cms-admin";
import { alsEigenerAbsender, env, expect, expectAccessible, test } from "../support/fixtures";
import { neueAdresse } from "../support/konto";
import { linkAus, warteAufMail } from "../support/postfach";

// The citizen pages of the Beteiligungsportal against the seeded "Radverkehrskonzept Dresden
// 2035" (post-moderation; comments, ratings and map points with a confirmed e-mail address):
// list and filter, comment with an address, the mail, the confirmation by POST, reply, rating,
// a map point by keyboard on the map and through the latitude/longitude fields without
// JavaScript, the bot checks, 320 px reflow, and a procedure whose phase has ended (published
// through the CMS). Each test sends from an address of its own and writes at most three
// anonymous contributions (10 per 10 minutes and client are allowed).

const SLUG = "radverkehrskonzept-dresden-2035";
const PFAD = `/de/beteiligung/${SLUG}`;
/** The domain refuses anonymous forms sent less than 3 s after they were shown. */
const MINDESTZEIT_MS = 3300;

const eindeutig = (was: string) => `${was} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Confirms a contribution through the link of its mail (the page's button posts it). */
async function bestaetige(page: Page, email: string, axe = false) {
  const mail = await warteAufMail(email, /bestätigen/);
  await page.goto(linkAus(mail, "/de/beteiligung/bestaetigen"));
  await expect(page.getByRole("heading", { level: 1, name: "Beitrag bestätigen" })).toBeVisible();
  if (axe) await expectAccessible(page);
  await page.getByRole("button", { name: "Beitrag bestätigen" }).click();
  await expect(page.getByTestId("erfolg")).toContainText(
    "Ihr Beitrag ist bestätigt und veröffentlicht",
  );
}

/** The published contribution with this text. */
const beitrag = (page: Page, text: string): Locator =>
  page.getByTestId("beitrag").filter({ hasText: text });

test("with JavaScript: filter, comment with an address, confirm, reply, rate, a map point by keyboard", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await alsEigenerAbsender(page);
  await page.goto("/de");
  await page.getByRole("link", { name: "Beteiligung", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Beteiligung" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Kommune").selectOption({ label: "Landeshauptstadt Dresden" });
  await page.getByLabel("Stand").selectOption({ label: "aktiv" });
  await page.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(page).toHaveURL(/mandant=14612000/);
  const liste = page.getByTestId("verfahrensliste");
  await expect(liste).toContainText("Radverkehrskonzept Dresden 2035");
  await expect(liste).not.toContainText("Spielplätze im Leipziger Osten");
  await liste.getByRole("link", { name: "Radverkehrskonzept Dresden 2035" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Radverkehrskonzept Dresden 2035" }),
  ).toBeVisible();
  await expect(page.getByTestId("stand")).toHaveText("aktiv");
  await expectAccessible(page);

  // Nothing typed: the error state, in the page's words, checked with axe.
  await page.getByRole("button", { name: "Beitrag absenden" }).click();
  await expect(page.getByRole("link", { name: "Bitte geben Sie einen Text ein." })).toBeVisible();
  await expectAccessible(page);

  const ersteZeile = eindeutig("Die Radspur auf der Albertbrücke endet im Nichts.");
  const text = `${ersteZeile}\n<b>fett?</b> <script>alert(1)</script>`;
  const email = neueAdresse("beteiligung-js");
  await page.locator("#kommentar-text").fill(text);
  await page.locator("#kommentar-name").fill("Radlerin 🚲");
  await page.locator("#kommentar-email").fill(email);
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Beitrag absenden" }).click();
  await expect(page.getByTestId("erfolg")).toContainText("Bitte bestätigen Sie Ihren Beitrag");
  await expect(page.getByTestId("erfolg")).toContainText(email);

  // Not public before the address is confirmed.
  await page.goto(PFAD);
  await expect(beitrag(page, ersteZeile)).toHaveCount(0);
  await bestaetige(page, email, true);
  await page.goto(PFAD);
  const kommentar = beitrag(page, ersteZeile).first();
  await expect(kommentar).toBeVisible();
  // Stored and shown verbatim: the markup is text, white space kept.
  await expect(
    kommentar.locator("bdi").filter({ hasText: "<script>alert(1)</script>" }),
  ).toHaveCount(1);
  await expect(kommentar.locator("script, b")).toHaveCount(0);
  await expect(kommentar).toContainText("Radlerin 🚲");

  // Rating: this browser confirmed an address, so it may rate; a second rating replaces the first.
  await kommentar.getByRole("button", { name: "Zustimmung (0)" }).click();
  await expect(kommentar.getByTestId("meine-bewertung")).toHaveText("Ihre Bewertung: Zustimmung");
  await expect(kommentar.getByRole("button", { name: "Zustimmung (1)" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await kommentar.getByRole("button", { name: "Ablehnung (0)" }).click();
  await expect(kommentar.getByRole("button", { name: "Ablehnung (1)" })).toBeVisible();
  await expect(kommentar.getByRole("button", { name: "Zustimmung (0)" })).toBeVisible();
  await page.reload();
  await expect(beitrag(page, ersteZeile).first().getByTestId("meine-bewertung")).toHaveText(
    "Ihre Bewertung: Ablehnung",
  );

  // A report: once per person, the reason is optional.
  const gemeldet = beitrag(page, ersteZeile).first();
  await gemeldet.getByText("Beitrag melden").click();
  await gemeldet.getByLabel("Grund").fill("Test: bitte ignorieren");
  await gemeldet.getByRole("button", { name: "Melden" }).click();
  await expect(gemeldet).toContainText("Danke, Ihre Meldung ist eingegangen.");

  // A reply below the comment (the confirmed address is offered again).
  const karte = page.getByTestId("beitraege").locator("> li").filter({ hasText: ersteZeile });
  await karte.getByText("Antworten", { exact: true }).click();
  const antwort = eindeutig("Stimmt, dort fehlt die Markierung.");
  await karte.getByLabel("Ihre Antwort").fill(antwort);
  await expect(karte.getByLabel("E-Mail-Adresse")).toHaveValue(email);
  const antwortEmail = neueAdresse("beteiligung-antwort");
  await karte.getByLabel("E-Mail-Adresse").fill(antwortEmail);
  await page.waitForTimeout(MINDESTZEIT_MS);
  await karte.getByRole("button", { name: "Antwort absenden" }).click();
  await expect(karte.getByTestId("erfolg")).toContainText("Bitte bestätigen Sie Ihren Beitrag");
  await bestaetige(page, antwortEmail);
  await page.goto(PFAD);
  await expect(
    page
      .getByTestId("beitraege")
      .locator("> li")
      .filter({ hasText: ersteZeile })
      .locator(".portal-antworten"),
  ).toContainText(antwort);

  // A map point chosen by keyboard: focus the map, move the crosshair, Enter takes the place.
  const punktText = eindeutig("Gefährliche Kreuzung am Straßburger Platz");
  await page.locator("#kartenpunkt-text").fill(punktText);
  await page.getByRole("button", { name: "Ort auf der Karte wählen" }).click();
  const canvas = page.locator(".portal-auswahl canvas");
  await expect(canvas).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowUp");
  await page.waitForTimeout(500);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("gewaehlter-ort")).toContainText(
    /Gewählter Ort: Breite 51\.\d+, Länge 13\.\d+/,
  );
  const lat = await page.locator("#kartenpunkt-lat").inputValue();
  const lon = await page.locator("#kartenpunkt-lon").inputValue();
  expect(Number(lat)).toBeGreaterThan(50.1);
  expect(Number(lon)).toBeGreaterThan(11.8);
  const punktEmail = neueAdresse("beteiligung-punkt");
  await page.locator("#kartenpunkt-email").fill(punktEmail);
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Ort absenden" }).click();
  await expect(page.getByTestId("erfolg")).toContainText("Bitte bestätigen Sie Ihren Beitrag");
  await bestaetige(page, punktEmail);
  await page.goto(PFAD);
  // The list is the map's text equivalent: the place in words.
  await expect(beitrag(page, punktText).getByTestId("kartenpunkt")).toContainText(
    `Breite ${Number(lat).toLocaleString("de-DE", { maximumFractionDigits: 5 })}`,
  );

  // The same page in English: the editors' German texts are marked as German.
  await page.goto(`/en/beteiligung/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { name: "Write a comment" })).toBeVisible();
  await expectAccessible(page);

  // A procedure whose public phase takes statements with an account: the statement page's link,
  // and why there is no comment form.
  await page.goto("/de/beteiligung/bebauungsplan-nr-3050-dresden-johannstadt");
  await expect(page.getByRole("link", { name: "Stellungnahme abgeben" })).toHaveAttribute(
    "href",
    "/de/beteiligung/bebauungsplan-nr-3050-dresden-johannstadt/stellungnahme",
  );
  await expect(page.getByTestId("gesperrt-kommentieren")).toContainText(
    "Kommentieren ist in diesem Verfahren derzeit nicht vorgesehen.",
  );
  await expectAccessible(page);
});

test("without JavaScript: the bot checks refuse and keep the text; a comment and a map point through the fields", async ({
  citizenWithoutJs: page,
}) => {
  test.setTimeout(120_000);
  await alsEigenerAbsender(page);
  await page.goto(PFAD);
  const text = eindeutig("Ohne JavaScript: mehr Fahrradbügel am Hauptbahnhof, bitte.");

  // A forged fill time (a script claiming it waited a minute): refused like a form sent at once.
  await page.locator("#kommentar-text").fill(text);
  await page.locator("#kommentar-email").fill(neueAdresse("beteiligung-schnell"));
  await page.locator('form:has(#kommentar-text) input[name="angezeigtUm"]').evaluate((el) => {
    (el as HTMLInputElement).value = `${Date.now() - 60_000}.gefaelscht`;
  });
  await page.getByRole("button", { name: "Beitrag absenden" }).click();
  await expect(page.getByTestId("formularfehler")).toContainText("Das ging sehr schnell");
  await expect(page.locator("#kommentar-text")).toHaveValue(text);

  // The honeypot filled in: a neutral refusal, the text stays.
  await page.locator("#kommentar-webseite").fill("https://spam.example", { force: true });
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Beitrag absenden" }).click();
  await expect(page.getByTestId("formularfehler")).toContainText(
    "Ihr Beitrag konnte nicht angenommen werden.",
  );
  await expect(page.locator("#kommentar-text")).toHaveValue(text);

  const email = neueAdresse("beteiligung-ohne-js");
  await page.locator("#kommentar-email").fill(email);
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Beitrag absenden" }).click();
  await expect(page.getByTestId("erfolg")).toContainText("Bitte bestätigen Sie Ihren Beitrag");

  // A map point through latitude and longitude; a place outside Saxony first.
  await page.goto(PFAD);
  const punkt = eindeutig("Ampel zu kurz grün (ohne JavaScript)");
  await page.locator("#kartenpunkt-text").fill(punkt);
  await page.locator("#kartenpunkt-lat").fill("48.1");
  await page.locator("#kartenpunkt-lon").fill("13.7373");
  const punktEmail = neueAdresse("beteiligung-punkt-ohne-js");
  await page.locator("#kartenpunkt-email").fill(punktEmail);
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Ort absenden" }).click();
  await expect(page.locator("#kartenpunkt-lat")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#kartenpunkt-text")).toHaveValue(punkt);
  await page.locator("#kartenpunkt-lat").fill("51.0504");
  await page.waitForTimeout(MINDESTZEIT_MS);
  await page.getByRole("button", { name: "Ort absenden" }).click();
  await expect(page.getByTestId("erfolg")).toContainText("Bitte bestätigen Sie Ihren Beitrag");

  await bestaetige(page, email);
  await bestaetige(page, punktEmail);
  await page.goto(PFAD);
  await expect(beitrag(page, text)).toBeVisible();
  await expect(beitrag(page, punkt).getByTestId("kartenpunkt")).toHaveText(
    "Ort: Breite 51,0504, Länge 13,7373",
  );
  // This browser has confirmed an address now: rating works as a plain POST too.
  await beitrag(page, text).getByRole("button", { name: "neutral (0)" }).click();
  await expect(beitrag(page, text).getByTestId("meine-bewertung")).toHaveText(
    "Ihre Bewertung: neutral",
  );
});

test("the procedure page fits 320 CSS px without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const pfad of [PFAD, `/en/beteiligung/${SLUG}`, "/de/beteiligung", "/en/beteiligung"]) {
    await page.goto(pfad);
    // What sticks out at the right edge (the hidden honeypot and skip link are 1 px and clipped).
    const funde = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const liste: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth)
        liste.push(`document ${document.documentElement.scrollWidth} px`);
      // Inside a clipping box (the visually hidden honeypot, a scroll container) nothing can widen the page.
      const abgeschnitten = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
          if (getComputedStyle(p).overflowX !== "visible") return true;
        return false;
      };
      for (const el of document.body.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) continue;
        if (r.right > vw + 0.5 && !abgeschnitten(el))
          liste.push(
            `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} ${Math.round(r.right)} px`,
          );
      }
      return liste.slice(0, 5);
    });
    expect(funde, pfad).toEqual([]);
  }
});

test.describe("a procedure whose only phase has ended", () => {
  const { verfahren: VERFAHREN } = CMS_TYPES;
  let land: CmsAdmin;
  let documentId = "";
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const slug = `laermaktionsplan-test-${stamp}`;

  test.beforeAll(async () => {
    land = await CmsAdmin.login(env.cmsUrl, env.editorEmail, env.editorPassword);
    const res = await land.createAndPublish(VERFAHREN, {
      titel: `Lärmaktionsplan Test ${stamp}`,
      slug,
      art: "dialog",
      gemeindeAgs: "14612000",
      kurzbeschreibung: "Die Beteiligung ist abgeschlossen.",
      moderation: "nachtraeglich",
      meldeschwelle: 3,
      phasen: [
        {
          titel: "Online-Beteiligung",
          beginn: "2026-08-31T22:00:00.000Z",
          ende: "2026-10-31T23:00:00.000Z",
          publikum: "oeffentlich",
          kommentieren: "email",
          bewerten: "email",
          kartenpunkt: "email",
          stellungnahme: "nicht",
          umfrage: "nicht",
        },
      ],
      fragen: [],
    });
    expect(res.ok, JSON.stringify(res.body)).toBe(true);
    documentId = res.body.data?.documentId ?? "";
  });

  test.afterAll(async () => {
    if (documentId) await land.delete(VERFAHREN, documentId);
  });

  test("shows why there are no forms and refuses a comment posted anyway", async ({
    page,
    citizenWithoutJs: ohneJs,
  }) => {
    test.setTimeout(90_000);
    await alsEigenerAbsender(page);
    // The CMS webhook's job brings it into the portal's read model.
    await expect(async () => {
      const res = await page.goto(`/de/beteiligung/${slug}`);
      expect(res?.status()).toBe(200);
    }).toPass({ timeout: 30_000, intervals: [500, 1000, 2000] });
    await expect(page.getByTestId("stand")).toHaveText("beendet");
    await expect(page.getByTestId("gesperrt-kommentieren")).toContainText(
      "Die Beteiligung ist beendet.",
    );
    await expect(page.locator("#kommentar-text")).toHaveCount(0);
    await expect(page.locator("#kartenpunkt-text")).toHaveCount(0);
    await expectAccessible(page);

    // The open procedure's form, pointed at the closed one (a plain POST, no script of the page
    // in the way): the domain refuses it with the same message.
    await alsEigenerAbsender(ohneJs);
    await ohneJs.goto(PFAD);
    await ohneJs.locator('form:has(#kommentar-text) input[name="verfahren"]').evaluate((el, s) => {
      (el as HTMLInputElement).value = s;
    }, slug);
    const text = eindeutig("Zu spät, aber trotzdem");
    await ohneJs.locator("#kommentar-text").fill(text);
    await ohneJs.locator("#kommentar-email").fill(neueAdresse("beteiligung-zu-spaet"));
    await ohneJs.waitForTimeout(MINDESTZEIT_MS);
    await ohneJs.getByRole("button", { name: "Beitrag absenden" }).click();
    await expect(ohneJs.getByTestId("formularfehler")).toContainText(
      "Die Beteiligung ist beendet.",
    );
    await expect(ohneJs.locator("#kommentar-text")).toHaveValue(text);
  });
});
