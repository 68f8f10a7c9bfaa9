import { createServer, type Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { env, expect, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { linkAus, warteAufMail } from "../support/postfach";

// The widgets municipalities embed (issue 11 item 6), on third-party host pages served by this
// test on their own origins: http://localhost:4400 (Dresden lists "localhost") and
// http://fremde-seite.localhost:4401 (Chromium resolves *.localhost to loopback; not on
// Dresden's list). The host page's CSS is hostile on purpose; the widget must not care, and the
// host page must not notice the widget beyond its element.

const PORTAL = env.baseUrl ?? "";
const SLUG = "radverkehrskonzept-dresden-2035";
const TITEL = "Radverkehrskonzept Dresden 2035";
const ERLAUBT = "http://localhost:4400";
const FREMD = "http://fremde-seite.localhost:4401";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const FEINDLICHES_CSS = `
* { all: revert; color: red !important; font: 40px serif !important }
div { display: none }
form { display: none }
section, article, ul, li, p, h2, h3 { display: none !important }
button, input, textarea, label { display: none !important; visibility: hidden !important }
beteiligung-verfahren, beteiligung-verfahrensliste { border: 20px dashed lime; padding: 50px }
`;

const snippet = (daten: string, link: string, text: string) =>
  `<a href="${link}">${text}</a>\n<script src="${PORTAL}/embed/v1.js" ${daten} async></script>`;

const SEITEN: Record<string, string> = {
  "/": snippet(
    `data-verfahren="${SLUG}"`,
    `${PORTAL}/de/beteiligung/${SLUG}`,
    `Zum Beteiligungsverfahren „${TITEL}“`,
  ),
  "/rahmen": `<iframe src="${PORTAL}/embed/v1/verfahren/${SLUG}" title="${TITEL}" style="width:100%;height:60em;border:0"></iframe>`,
  "/liste": snippet(
    `data-mandant="14612000"`,
    `${PORTAL}/de/beteiligung`,
    "Beteiligungsverfahren in Dresden",
  ),
};

function hostseite(body: string) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Dresden – Bürgerbeteiligung</title>
<style>${FEINDLICHES_CSS}</style>
<script>window.__vorher = Object.getOwnPropertyNames(window);</script></head>
<body><main><h1>Bürgerbeteiligung in Dresden</h1><p id="eigen">Ein Absatz der Gastseite.</p>
${body}
</main></body></html>`;
}

const servers: Server[] = [];
test.beforeAll(async () => {
  for (const port of [4400, 4401]) {
    const server = createServer((req, res) => {
      const body = SEITEN[new URL(req.url ?? "/", "http://x").pathname];
      res.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
      res.end(body ? hostseite(body) : "not found");
    });
    await new Promise<void>((fertig) => server.listen(port, fertig));
    servers.push(server);
  }
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((fertig) => s.close(fertig))));
});

/**
 * Every request of this test's browser context to the portal (the widget's API calls, and the
 * account's registration and sign-in in pages and popup) comes from an address of its own: the
 * rate limits count per address in the shared database. Set on the intercepted request, not as
 * an extra header of the context: that one would be a non-safelisted header that the CORS
 * preflight would have to allow.
 */
async function eigenerAbsender(page: Page) {
  const gruppe = () => Math.floor(Math.random() * 0x10000).toString(16);
  const adresse = `2001:db8:${gruppe()}:${gruppe()}::1`;
  await page
    .context()
    .route(`${PORTAL}/**`, (route) =>
      route.continue({ headers: { ...route.request().headers(), "x-forwarded-for": adresse } }),
    );
}

async function expectWidgetAccessible(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, "axe violations inside the widget").toEqual([]);
  // axe looked inside the shadow root (it reports passes from there).
  expect(results.passes.length).toBeGreaterThan(0);
}

const widget = (page: Page) => page.locator("beteiligung-verfahren");

test("on an allowed site: the card, unharmed by the host's CSS, accessible; a comment by e-mail, confirmed, appears on the portal and in the widget", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await eigenerAbsender(page);
  await page.goto(`${ERLAUBT}/`);
  await expect(widget(page).getByRole("heading", { name: TITEL })).toBeVisible();
  const angezeigt = Date.now();
  // The card replaced the fallback link.
  await expect(page.locator("main > a")).toHaveCount(0);
  await expect(widget(page)).toContainText("Landeshauptstadt Dresden");
  await expect(widget(page)).toContainText("Beteiligung läuft");
  await expect(widget(page)).toContainText(
    "Aktuelle Phase: Online-Dialog, 1. November 2026 bis 30. Juni 2027",
  );
  await expect(
    widget(page).getByRole("link", { name: "Zum vollständigen Verfahren im Beteiligungsportal" }),
  ).toHaveAttribute("href", `${PORTAL}/de/beteiligung/${SLUG}`);

  // The host's rules reach neither into the widget nor its form; the widget left the host alone.
  const stil = await widget(page).evaluate((el) => {
    const p = el.shadowRoot?.querySelector("p");
    const form = el.shadowRoot?.querySelector("form");
    const s = p ? getComputedStyle(p) : null;
    return {
      farbe: s?.color,
      groesse: s?.fontSize,
      form: form ? getComputedStyle(form).display : null,
      host: getComputedStyle(el).borderTopWidth,
    };
  });
  expect(stil.farbe).not.toBe("rgb(255, 0, 0)");
  expect(stil.groesse).toBe("15px");
  expect(stil.form).toBe("block");
  expect(stil.host).toBe("0px");
  const host = await page.evaluate(() => ({
    eigen: getComputedStyle(document.getElementById("eigen") as HTMLElement).color,
    neu: Object.getOwnPropertyNames(window).filter(
      (n) =>
        n !== "__vorher" && !(window as unknown as { __vorher: string[] }).__vorher.includes(n),
    ),
    stile: document.querySelectorAll("style").length,
  }));
  expect(host).toEqual({ eigen: "rgb(255, 0, 0)", neu: [], stile: 1 });

  await expectWidgetAccessible(page, "beteiligung-verfahren");

  // A comment with an e-mail address, by keyboard; markup in it stays text.
  const email = neueAdresse("widget");
  const text = `Widget-Kommentar ${Date.now()}: <b>Radweg</b> an der Elbe <script>alert(1)</script>`;
  await widget(page)
    .getByRole("textbox", { name: /^Kommentar/ })
    .fill(text);
  await widget(page).getByRole("textbox", { name: /^Name/ }).fill("Erika Mustermann");
  await widget(page)
    .getByRole("textbox", { name: /^E-Mail-Adresse/ })
    .fill(email);
  await page.waitForTimeout(Math.max(0, angezeigt + 3_500 - Date.now()));
  await widget(page).getByRole("button", { name: "Kommentar senden" }).focus();
  const antwort = page.waitForResponse(
    (r) => r.url().endsWith(`/${SLUG}/beitraege`) && r.request().method() === "POST",
  );
  await page.keyboard.press("Enter");
  expect((await antwort).status()).toBe(201);
  await expect(widget(page).getByRole("status")).toContainText(
    "Wir haben Ihnen eine E-Mail geschickt",
  );
  await expect(widget(page).getByRole("textbox", { name: /^Kommentar/ })).toHaveValue("");
  const mail = await warteAufMail(email, /bestätigen/);
  expect(mail.text).toContain(`${PORTAL}/de/beteiligung/bestaetigen?token=`);
  expect(mail.text).toContain(TITEL);
  await expectWidgetAccessible(page, "beteiligung-verfahren");

  // Confirmed on the portal (a button there: mail scanners follow links), the comment is public
  // at once (post-moderation): on the procedure's page and in the widget, as text.
  const portal = await page.context().newPage();
  await portal.goto(linkAus(mail, "/de/beteiligung/bestaetigen"));
  await portal.getByRole("button", { name: "Beitrag bestätigen" }).click();
  await expect(portal.getByTestId("erfolg")).toContainText(
    "Ihr Beitrag ist bestätigt und veröffentlicht",
  );
  await portal.goto(`/de/beteiligung/${SLUG}`);
  const aufDemPortal = portal.getByTestId("beitrag").filter({ hasText: text });
  await expect(aufDemPortal).toHaveCount(1);
  await expect(aufDemPortal.locator("b, script")).toHaveCount(0);
  await portal.close();
  await page.reload();
  await expect(widget(page).getByText(text)).toBeVisible();
  await expect(widget(page).locator("b")).toHaveCount(0);
});

test("refusals keep what was typed and say why, in the host page's language", async ({ page }) => {
  await eigenerAbsender(page);
  await page.goto(`${ERLAUBT}/`);
  const feld = widget(page).getByRole("textbox", { name: /^Kommentar/ });
  const email = widget(page).getByRole("textbox", { name: /^E-Mail-Adresse/ });
  await feld.fill("Zu schnell abgeschickt");
  await widget(page).getByRole("button", { name: "Kommentar senden" }).click();
  // The phase asks for an e-mail address: the field says so.
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(widget(page).getByText("Bitte geben Sie Ihre E-Mail-Adresse an")).toBeVisible();
  await expect(email).toBeFocused();
  await email.fill(neueAdresse("zu-schnell"));
  await widget(page).getByRole("button", { name: "Kommentar senden" }).click();
  await expect(widget(page).getByRole("status")).toContainText("Das ging sehr schnell");
  await expect(feld).toHaveValue("Zu schnell abgeschickt");
  await page.waitForTimeout(3_200);
  await feld.fill("   ");
  await widget(page).getByRole("button", { name: "Kommentar senden" }).click();
  await expect(widget(page).getByRole("status")).toContainText("Bitte prüfen Sie Ihre Eingaben");
  await expect(feld).toHaveAttribute("aria-invalid", "true");
  await expect(feld).toBeFocused();
});

test("at 320 CSS pixels the widget reflows: nothing wider than the screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${ERLAUBT}/`);
  await expect(widget(page).getByRole("heading", { name: TITEL })).toBeVisible();
  const breiten = await widget(page).evaluate((el) => {
    const innen = [...(el.shadowRoot?.querySelectorAll("*") ?? [])].filter(
      (e) => !(e as HTMLElement).closest(".hp") && e.tagName !== "STYLE",
    );
    return {
      host: el.getBoundingClientRect().right,
      breitestes: Math.max(...innen.map((e) => e.getBoundingClientRect().right)),
      ueberlauf: innen.filter((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0).length,
    };
  });
  expect(breiten.host).toBeLessThanOrEqual(320);
  expect(breiten.breitestes).toBeLessThanOrEqual(320);
  expect(breiten.ueberlauf).toBe(0);
});

test("the API's abuse controls: honeypot, signed fill time, and 10 comments per address in 10 minutes", async ({
  request,
}) => {
  const gruppe = () => Math.floor(Math.random() * 0x10000).toString(16);
  const headers = {
    Origin: ERLAUBT,
    "Content-Type": "application/json",
    "X-Forwarded-For": `2001:db8:${gruppe()}:${gruppe()}::1`,
  };
  const url = `${PORTAL}/api/beteiligung/v1/verfahren/${SLUG}/beitraege`;
  const karte = await request.get(`${PORTAL}/api/beteiligung/v1/verfahren/${SLUG}`, {
    headers: { Origin: ERLAUBT },
  });
  const { formular } = await karte.json();
  const email = neueAdresse("flut");
  const senden = (daten: Record<string, unknown>) =>
    request.post(url, { headers, data: { email, text: `Flut ${Date.now()}`, ...daten } });

  // A forged or missing form time counts as "too fast", whatever the wait.
  expect(
    (await (await senden({ angezeigtUm: `${Date.now() - 60_000}.gefaelscht` })).json()).fehler,
  ).toBe("zu-schnell");
  await new Promise((r) => setTimeout(r, 3_200));
  const spam = await senden({
    angezeigtUm: formular.angezeigtUm,
    webseite: "https://spam.example",
  });
  expect(spam.status()).toBe(422);
  expect((await spam.json()).fehler).toBe("spam");

  const status: number[] = [];
  for (let i = 0; i < 13; i++)
    status.push((await senden({ angezeigtUm: formular.angezeigtUm })).status());
  expect(status.filter((s) => s === 201)).toHaveLength(10);
  expect(status.slice(10)).toEqual([429, 429, 429]);
  const zuViele = await senden({ angezeigtUm: formular.angezeigtUm });
  expect(zuViele.status()).toBe(429);
  expect(Number(zuViele.headers()["retry-after"])).toBeGreaterThan(0);
  expect(zuViele.headers()["access-control-allow-origin"]).toBe(ERLAUBT);
  expect((await zuViele.json()).meldung.de).toMatch(/sehr viele Beiträge/);
});

test("the list widget shows Dresden's procedures, and only Dresden's", async ({ page }) => {
  await page.goto(`${ERLAUBT}/liste`);
  const liste = page.locator("beteiligung-verfahrensliste");
  await expect(liste.getByRole("heading", { name: /Landeshauptstadt Dresden/ })).toBeVisible();
  await expect(liste.getByRole("link", { name: TITEL })).toHaveAttribute(
    "href",
    `${PORTAL}/de/beteiligung/${SLUG}`,
  );
  await expect(
    liste.getByRole("link", { name: "Bebauungsplan Nr. 3050 Dresden-Johannstadt" }),
  ).toBeVisible();
  await expect(liste).not.toContainText("Spielplätze im Leipziger Osten");
  await expect(page.locator("main > a")).toHaveCount(0);
  await expectWidgetAccessible(page, "beteiligung-verfahrensliste");
});

test("on a site not on the list: the API answers 403 without CORS, only the fallback link remains and leads to the procedure", async ({
  page,
  request,
}) => {
  // The browser hides a response that CORS blocks from the page (and from Playwright's events):
  // the test passes the request through and looks at the portal's answer on the way.
  const antworten: { status: number; acao?: string }[] = [];
  await page.route(`${PORTAL}/api/beteiligung/**`, async (route) => {
    const antwort = await route.fetch({ headers: await route.request().allHeaders() });
    antworten.push({
      status: antwort.status(),
      acao: antwort.headers()["access-control-allow-origin"],
    });
    await route.fulfill({ response: antwort });
  });
  await page.goto(`${FREMD}/`);
  await expect.poll(() => antworten).toEqual([{ status: 403, acao: undefined }]);
  await expect(widget(page)).toHaveCount(0);
  const link = page.getByRole("link", { name: `Zum Beteiligungsverfahren „${TITEL}“` });
  await expect(link).toHaveAttribute("href", `${PORTAL}/de/beteiligung/${SLUG}`);

  const api = await request.get(`${PORTAL}/api/beteiligung/v1/verfahren/${SLUG}`, {
    headers: { Origin: FREMD },
  });
  expect(api.status()).toBe(403);
  expect(api.headers()["access-control-allow-origin"]).toBeUndefined();
  expect((await api.json()).fehler).toBe("ursprung");
  const post = await request.post(`${PORTAL}/api/beteiligung/v1/verfahren/${SLUG}/beitraege`, {
    headers: { Origin: FREMD, "Content-Type": "application/json" },
    data: { text: "von fremd" },
  });
  expect(post.status()).toBe(403);
  const liste = await request.get(`${PORTAL}/api/beteiligung/v1/mandanten/14612000/verfahren`, {
    headers: { Origin: FREMD },
  });
  expect(liste.status()).toBe(403);

  await link.click();
  await expect(page).toHaveURL(`${PORTAL}/de/beteiligung/${SLUG}`);
});

test("sign-in through the popup with a citizen account, then a comment as the account", async ({
  page,
  request,
}) => {
  await eigenerAbsender(page);
  const email = neueAdresse("widget-konto");
  await registriereUndBestaetige(page, email);
  await page.goto(`${ERLAUBT}/`);
  const popupKommt = page.waitForEvent("popup");
  await widget(page)
    .getByRole("button", { name: /mit Servicekonto anmelden/ })
    .click();
  const popup = await popupKommt;
  await expect(popup).toHaveURL(/\/de\/konto\/anmelden\?zurueck=/);
  const kopf = await request.get(popup.url());
  expect(kopf.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await meldeAn(popup, email, PASSWORT, popup.url());
  await popup.waitForEvent("close");
  await expect(widget(page)).toContainText("Sie sind angemeldet");
  await expect(widget(page).getByRole("textbox", { name: /^E-Mail-Adresse/ })).toHaveCount(0);
  await expect(widget(page).getByRole("textbox", { name: /^Kommentar/ })).toBeFocused();

  const text = `Mit Konto aus dem Widget ${Date.now()} 🚲 <img src=x onerror="window.__boese=1"> <b>fett</b>`;
  await page.keyboard.type(text);
  await widget(page).getByRole("button", { name: "Kommentar senden" }).click();
  await expect(widget(page).getByRole("status")).toContainText("Ihr Kommentar ist veröffentlicht");
  // Post-moderation: public at once, listed in the widget.
  await expect(widget(page).getByRole("listitem").filter({ hasText: text })).toBeVisible();
  // Stored verbatim, shown as text: no element from it, no script ran.
  expect(
    await widget(page).evaluate((el) => ({
      markup: el.shadowRoot?.querySelectorAll("img, b").length,
      boese: (window as unknown as { __boese?: number }).__boese,
    })),
  ).toEqual({ markup: 0, boese: undefined });

  // The token works only for the page it was made for.
  const popupUrl = `${PORTAL}/de/beteiligung/einbettung/anmelden?verfahren=${SLUG}&origin=${encodeURIComponent(FREMD)}`;
  await page.goto(popupUrl);
  await expect(page.getByRole("heading", { name: "Anmeldung nicht möglich" })).toBeVisible();
});

test("without JavaScript on the host page: the fallback link leads to the procedure", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
  const page = await context.newPage();
  await page.goto(`${ERLAUBT}/`);
  await expect(page.locator("beteiligung-verfahren")).toHaveCount(0);
  const link = page.getByRole("link", { name: `Zum Beteiligungsverfahren „${TITEL}“` });
  await expect(link).toHaveAttribute("href", `${PORTAL}/de/beteiligung/${SLUG}`);
  await link.click();
  await expect(page).toHaveURL(`${PORTAL}/de/beteiligung/${SLUG}`);
  await context.close();
});

test("the frame variant: framed on an allowed site, refused by frame-ancestors on another", async ({
  page,
  request,
}) => {
  const kopf = await request.get(`${PORTAL}/embed/v1/verfahren/${SLUG}`);
  const csp = kopf.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(csp).toHaveLength(1);
  expect(csp[0]?.value).toContain(
    "frame-ancestors 'self' http://localhost:* https://localhost:* http://127.0.0.1:* https://127.0.0.1:* https://www.dresden.de;",
  );
  expect(csp[0]?.value).toContain("script-src 'self'");

  await page.goto(`${ERLAUBT}/rahmen`);
  const rahmen = page.frameLocator("iframe").locator("beteiligung-verfahren");
  await expect(rahmen.getByRole("heading", { name: TITEL })).toBeVisible();
  await expect(
    rahmen.getByRole("link", { name: "Zum vollständigen Verfahren im Beteiligungsportal" }),
  ).toHaveAttribute("target", "_top");

  await page.goto(`${FREMD}/rahmen`);
  await expect
    .poll(() => page.frames().map((f) => f.url()))
    .toContain("chrome-error://chromewebdata/");
  await expect(page.frameLocator("iframe").getByRole("heading", { name: TITEL })).toHaveCount(0);
});

test("the snippet page shows the exact snippet with the portal's address and the allowed domains", async ({
  page,
}) => {
  await page.goto(`/de/beteiligung/einbettung/${SLUG}`);
  await expect(page.getByTestId("snippet-verfahren")).toHaveValue(
    `<a href="${PORTAL}/de/beteiligung/${SLUG}">Zum Beteiligungsverfahren „${TITEL}“</a>\n<script src="${PORTAL}/embed/v1.js" data-verfahren="${SLUG}" async></script>`,
  );
  await expect(page.getByTestId("snippet-liste")).toHaveValue(/data-mandant="14612000"/);
  await expect(page.getByTestId("snippet-rahmen")).toHaveValue(
    new RegExp(`^<iframe src="${PORTAL}/embed/v1/verfahren/${SLUG}" title="${TITEL}"`),
  );
  await expect(page.getByTestId("einbettungs-domains")).toContainText("www.dresden.de");
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
