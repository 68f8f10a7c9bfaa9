import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { reicheHundesteuerEin } from "../support/antrag";
import { alsEigenerAbsender, env, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { legeMitarbeiterAn, totp } from "../support/verwaltung";

// The delivery API for Fachverfahren (issue 9, item 7; docs/api/fachverfahren-v1.openapi.yaml):
// a citizen files a dog tax registration with a proof in Dresden; the demo OE's Fachverfahren,
// with the key the stack seeded (.data/secrets.json), lists it, fetches it (the answers only as
// a five-part JWE it cannot read without the OE's private key) and its attachment (a JWE too),
// acknowledges it twice (once counts), and no longer lists it. No key, a wrong key and a
// revoked key get 401 with WWW-Authenticate; an unknown, a malformed and another OE's
// submission id get the same 404. An admin creates (secret shown once) and revokes a key at
// /verwaltung/schnittstellen; staff without the admin role get no access there.

const API = "/api/fachverfahren/v1";
const DIENSTPASSWORT = "Rathausturm Dresden Morgenrunde";

/** Signs a staff member in (enrolling the second factor on first use), as verwaltung.spec.ts does. */
async function meldeMitarbeiterAn(page: Page, email: string) {
  await page.goto("/de/verwaltung/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(DIENSTPASSWORT);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zweiten Faktor einrichten");
  const schluessel = (await page.getByTestId("totp-schluessel").textContent()) ?? "";
  await page.getByLabel(/Code/).fill(totp(schluessel));
  await page.getByRole("button", { name: "Einrichtung abschließen" }).click();
  await expect(page).toHaveURL(/\/de\/verwaltung$/);
}

async function neueSeite(browser: Browser) {
  const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await alsEigenerAbsender(page);
  return page;
}

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

async function erwarte401(
  request: APIRequestContext,
  pfad: string,
  headers: Record<string, string>,
  methode: "get" | "post" = "get",
) {
  const r = await request[methode](pfad, { headers });
  expect(r.status(), `${methode} ${pfad} with ${JSON.stringify(headers)}`).toBe(401);
  expect(r.headers()["www-authenticate"]).toMatch(/^Bearer realm="fachverfahren"/);
  expect(r.headers()["content-type"]).toContain("application/problem+json");
  expect(await r.json()).toMatchObject({ status: 401, title: "Nicht authentifiziert" });
}

async function problem404(
  request: APIRequestContext,
  pfad: string,
  headers: Record<string, string>,
  methode: "get" | "post" = "get",
) {
  const r = await request[methode](pfad, { headers });
  expect(r.status(), `${methode} ${pfad}`).toBe(404);
  expect(r.headers()["content-type"]).toContain("application/problem+json");
  return r.json();
}

/** An admin creates a key at /verwaltung/schnittstellen; the secret is shown once. */
async function legeSchluesselAn(page: Page, name: string): Promise<string> {
  await page.goto("/de/verwaltung/schnittstellen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Schnittstellen für Fachverfahren",
  );
  await page.getByLabel(/^Bezeichnung/).fill(name);
  await page.getByRole("button", { name: "Schlüssel anlegen" }).click();
  await expect(page.getByTestId("erfolg")).toContainText(name);
  const geheimnis = (await page.getByTestId("geheimnis").textContent())?.trim() ?? "";
  expect(geheimnis).toMatch(/^sk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);
  // Shown once: the list shows its prefix only.
  await page.getByRole("link", { name: "Zur Liste der Schlüssel" }).click();
  await expect(page.getByRole("table")).toContainText(name);
  await expect(page.getByRole("table")).toContainText(geheimnis.slice(0, 16));
  expect(await page.content()).not.toContain(geheimnis);
  return geheimnis;
}

test("a Fachverfahren lists, fetches and acknowledges a submission; strangers get 401 and 404", async ({
  browser,
  page,
  request,
}) => {
  // A form journey, two staff sign-ins with TOTP enrolment and the API calls.
  test.setTimeout(240_000);
  const key = env.fachverfahrenApiKey;
  expect(key, "E2E_FACHVERFAHREN_API_KEY (set by the stack from .data/secrets.json)").toMatch(
    /^sk_[0-9a-f]{12}_/,
  );
  const auth = bearer(key);
  // The submissions of other specs may be waiting too: list from shortly before this one.
  const seit = new Date(Date.now() - 60_000).toISOString();

  // A citizen submits, with an attachment.
  await alsEigenerAbsender(page);
  const email = neueAdresse("fachverfahren");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  const { aktenzeichen } = await reicheHundesteuerEin(page, { hund: "Bellofachverfahren" });
  expect(aktenzeichen).toMatch(/^HST-\d{4}-\d{6}$/);

  // List: the new submission of the seeded key's OE.
  const liste = await request.get(
    `${API}/submissions?since=${encodeURIComponent(seit)}&limit=500`,
    {
      headers: auth,
    },
  );
  expect(liste.status()).toBe(200);
  expect(liste.headers()["cache-control"]).toContain("no-store");
  const seite = await liste.json();
  const eintrag = seite.submissions.find(
    (s: { aktenzeichen: string }) => s.aktenzeichen === aktenzeichen,
  );
  expect(eintrag, `${aktenzeichen} in the list of ${env.fachverfahrenOe}`).toBeTruthy();
  expect(eintrag).toMatchObject({
    destinationId: env.fachverfahrenOe,
    leistung: expect.any(String),
  });
  expect(JSON.stringify(seite)).not.toContain("Bellofachverfahren");

  // Fetch: metadata and the envelope as stored, a compact JWE; nothing readable in it.
  const abruf = await request.get(`${API}/submissions/${eintrag.submissionId}`, { headers: auth });
  expect(abruf.status()).toBe(200);
  const einreichung = await abruf.json();
  expect(einreichung).toMatchObject({ aktenzeichen, quittiertAm: null, status: "eingegangen" });
  const teile = String(einreichung.encryptedData).split(".");
  expect(teile).toHaveLength(5);
  const kopf = JSON.parse(Buffer.from(teile[0] ?? "", "base64url").toString("utf8"));
  expect(kopf).toMatchObject({ alg: expect.any(String), enc: expect.any(String) });
  const roh = JSON.stringify(einreichung);
  for (const klartext of ["Bellofachverfahren", "Mischling", "Königsbrücker", "Zoë"])
    expect(roh).not.toContain(klartext);

  // The attachment: the stored bytes, a JWE for the OE, not the PDF.
  expect(einreichung.attachments).toHaveLength(1);
  const anlage = einreichung.attachments[0];
  expect(anlage).toMatchObject({ dateiname: "wesenstest.pdf", medientyp: "application/pdf" });
  const datei = await request.get(anlage.href, { headers: auth });
  expect(datei.status()).toBe(200);
  expect(datei.headers()["content-type"]).toBe("application/jose");
  const jwe = (await datei.body()).toString("utf8");
  expect(jwe.split(".")).toHaveLength(5);
  expect(jwe).not.toContain("%PDF");

  // No key, a malformed one, an unknown one, another scheme: 401 on every endpoint.
  const pfade = [
    `${API}/submissions`,
    `${API}/submissions/${eintrag.submissionId}`,
    anlage.href as string,
  ];
  const falsche: Record<string, string>[] = [
    {},
    { Authorization: "Bearer" },
    { Authorization: `Bearer ${key}x` },
    { Authorization: `Bearer sk_000000000000_${"A".repeat(43)}` },
    { Authorization: `Basic ${Buffer.from(`x:${key}`).toString("base64")}` },
  ];
  let versuche = 0;
  for (const pfad of pfade)
    for (const headers of falsche) {
      await erwarte401(request, pfad, headers);
      versuche++;
    }
  for (const headers of falsche) {
    await erwarte401(
      request,
      `${API}/submissions/${eintrag.submissionId}/quittung`,
      headers,
      "post",
    );
    versuche++;
  }

  // Unknown and malformed ids: the same 404.
  const unbekannt = await problem404(request, `${API}/submissions/${randomUUID()}`, auth);
  expect(await problem404(request, `${API}/submissions/kein-uuid`, auth)).toEqual(unbekannt);
  expect(
    await problem404(
      request,
      `${API}/submissions/${randomUUID()}/attachments/${anlage.attachmentId}`,
      auth,
    ),
  ).toEqual(unbekannt);
  expect(
    await problem404(
      request,
      `${API}/submissions/${eintrag.submissionId}/attachments/${randomUUID()}`,
      auth,
    ),
  ).toEqual(unbekannt);
  expect(
    await problem404(request, `${API}/submissions/${randomUUID()}/quittung`, auth, "post"),
  ).toEqual(unbekannt);
  expect(unbekannt).toMatchObject({ title: "Nicht gefunden", status: 404 });
  // A path the API does not have, and another destination than the key's: the same 404.
  expect(await problem404(request, `${API}/destinations`, auth)).toEqual(unbekannt);
  expect(await problem404(request, `${API}/submissions?destinationId=gv-14713000`, auth)).toEqual(
    unbekannt,
  );

  // A malformed query: 400 with a German detail.
  const falscheAbfrage = await request.get(`${API}/submissions?since=gestern`, { headers: auth });
  expect(falscheAbfrage.status()).toBe(400);
  expect(await falscheAbfrage.json()).toMatchObject({ title: "Ungültige Anfrage" });

  // Another authority's key (Leipzig, made by its admin) does not find Dresden's submission.
  const leipzigAdmin = neueAdresse("admin-leipzig");
  await legeMitarbeiterAn(leipzigAdmin, "Lea Leipzig", DIENSTPASSWORT, ["gv-14713000:admin"]);
  const leipzig = await neueSeite(browser);
  await meldeMitarbeiterAn(leipzig, leipzigAdmin);
  const leipzigKey = await legeSchluesselAn(leipzig, "Leipzig Testsystem");
  const fremd = bearer(leipzigKey);
  const fremdeListe = await (
    await request.get(`${API}/submissions?limit=500`, { headers: fremd })
  ).json();
  expect(JSON.stringify(fremdeListe)).not.toContain(eintrag.submissionId);
  expect(await problem404(request, `${API}/submissions/${eintrag.submissionId}`, fremd)).toEqual(
    unbekannt,
  );
  expect(await problem404(request, anlage.href, fremd)).toEqual(unbekannt);
  expect(
    await problem404(request, `${API}/submissions/${eintrag.submissionId}/quittung`, fremd, "post"),
  ).toEqual(unbekannt);

  // Acknowledge, twice: the first time counts.
  const q1 = await request.post(`${API}/submissions/${eintrag.submissionId}/quittung`, {
    headers: auth,
  });
  expect(q1.status()).toBe(200);
  const quittung = await q1.json();
  expect(quittung).toMatchObject({ submissionId: eintrag.submissionId, neu: true });
  const q2 = await request.post(`${API}/submissions/${eintrag.submissionId}/quittung`, {
    headers: auth,
  });
  expect(await q2.json()).toEqual({ ...quittung, neu: false });
  const danach = await (
    await request.get(`${API}/submissions?since=${encodeURIComponent(seit)}&limit=500`, {
      headers: auth,
    })
  ).json();
  expect(JSON.stringify(danach)).not.toContain(eintrag.submissionId);
  // Still fetchable, with the time of the acknowledgement.
  const nochmal = await (
    await request.get(`${API}/submissions/${eintrag.submissionId}`, { headers: auth })
  ).json();
  expect(nochmal.quittiertAm).toBe(quittung.quittiertAm);

  // The citizen sees that the authority took it over.
  await page.goto("/de/konto/antraege");
  await page.getByRole("link", { name: aktenzeichen }).click();
  await expect(page.getByText("Von der Behörde übernommen")).toBeVisible();

  // The admin revokes Leipzig's key: from now on 401.
  await leipzig.goto("/de/verwaltung/schnittstellen");
  await leipzig.getByRole("button", { name: "„Leipzig Testsystem“ widerrufen" }).click();
  await expect(leipzig.getByText("Der Schlüssel ist widerrufen.")).toBeVisible();
  await expect(leipzig.getByRole("table")).toContainText("widerrufen am");
  await expectAccessible(leipzig);
  await erwarte401(request, `${API}/submissions`, fremd);
  versuche++;

  // Case work without the admin role opens no key management.
  const sachbearbeitung = neueAdresse("sachbearbeitung-schnittstellen");
  await legeMitarbeiterAn(sachbearbeitung, "Sam Sachbearbeitung", DIENSTPASSWORT, [
    "gv-14612000:sachbearbeitung",
  ]);
  const ohneAdmin = await neueSeite(browser);
  await meldeMitarbeiterAn(ohneAdmin, sachbearbeitung);
  await ohneAdmin.goto("/de/verwaltung/schnittstellen");
  await expect(ohneAdmin).toHaveURL(/\/de\/verwaltung\/kein-zugriff$/);
  // A citizen's session neither.
  await page.goto("/de/verwaltung/schnittstellen");
  await expect(page).toHaveURL(/\/de\/verwaltung\/anmelden/);

  test.info().annotations.push({ type: "401-Versuche", description: String(versuche) });
});

test("without JavaScript: an admin creates a key, sees it once, and revokes it", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const admin = neueAdresse("admin-ohne-js");
  await legeMitarbeiterAn(admin, "Ada Ohnejs", DIENSTPASSWORT, ["gv-14612000:admin"]);
  const kontext = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
  const page = await kontext.newPage();
  await alsEigenerAbsender(page);
  await meldeMitarbeiterAn(page, admin);
  await page.getByRole("link", { name: /API-Schlüssel/ }).click();
  await expect(page).toHaveURL(/\/de\/verwaltung\/schnittstellen$/);

  // A blank name is refused at its field (the input's maxlength keeps out longer ones).
  await page.getByLabel(/^Bezeichnung/).fill("   ");
  await page.getByRole("button", { name: "Schlüssel anlegen" }).click();
  await expect(page.getByRole("link", { name: /1 bis 100 Zeichen/ })).toBeVisible();

  await page.getByLabel(/^Bezeichnung/).fill("Ohne JavaScript");
  await page.getByRole("button", { name: "Schlüssel anlegen" }).click();
  const geheimnis = (await page.getByTestId("geheimnis").textContent())?.trim() ?? "";
  expect(geheimnis).toMatch(/^sk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  const r = await request.get(`${API}/submissions?limit=1`, { headers: bearer(geheimnis) });
  expect(r.status()).toBe(200);

  await page.getByRole("link", { name: "Zur Liste der Schlüssel" }).click();
  await page.getByRole("button", { name: "„Ohne JavaScript“ widerrufen" }).click();
  await expect(page.getByText("Der Schlüssel ist widerrufen.")).toBeVisible();
  await erwarte401(request, `${API}/submissions`, bearer(geheimnis));
  await kontext.close();
});
