import type { Browser, Page } from "@playwright/test";
import { reicheHundesteuerEin } from "../support/antrag";
import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { pdf } from "../support/pdf";
import { legeMitarbeiterAn } from "../support/verwaltung";
import {
  Antragseingang,
  DIENSTPASSWORT,
  meldeMitarbeiterErstmalsAn,
  oeDesAntrags,
} from "../support/verwaltung-antraege";

// The authority's side of an application (issue 9, item 6): a citizen files "Hund zur
// Hundesteuer anmelden" with a proof; a case worker of the responsible Organisationseinheit
// finds it in the inbox, opens it (decrypted answers, the file), assigns it to themselves, sets
// it in Bearbeitung, asks a Rückfrage; the citizen answers in "Meine Anträge" with a text and a
// file; the case worker sees the answer and its file and decides with a PDF Bescheid, which the
// citizen finds in the Postfach. Staff of another Organisationseinheit get 404 for the detail
// page and the attachment. Inbox and detail are checked with axe, error states included.

async function neueSeite(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await alsEigenerAbsender(page);
  return page;
}

/** Downloads `pfad` with the page's session and checks the headers of a private download. */
async function ladeHerunter(page: Page, pfad: string, typ: string) {
  const antwort = await page.request.get(pfad);
  expect(antwort.status()).toBe(200);
  const h = antwort.headers();
  expect(h["content-type"]).toBe(typ);
  expect(h["content-disposition"]).toMatch(/^attachment; filename="/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["cache-control"]).toContain("no-store");
  return antwort.body();
}

test("staff of the responsible authority process an application; the citizen answers and gets the decision", async ({
  browser,
}) => {
  // Two staff enrolments, a submission with an upload, and eleven round trips.
  test.setTimeout(300_000);

  // The citizen files the application.
  const buerger = await neueSeite(browser);
  const buergerAdresse = neueAdresse("hundehalterin");
  await registriereUndBestaetige(buerger, buergerAdresse);
  await meldeAn(buerger, buergerAdresse, PASSWORT);
  await expect(buerger).toHaveURL(/\/de\/konto$/);
  const { aktenzeichen, antragId } = await reicheHundesteuerEin(buerger);

  // A case worker of the authority the Zuständigkeitsfinder chose, one of another authority.
  const oe = await oeDesAntrags(aktenzeichen);
  const andereOe = oe === "gv-14713000" ? "gv-14612000" : "gv-14713000";
  const sbAdresse = neueAdresse("sachbearbeitung-hundesteuer");
  const fremdAdresse = neueAdresse("sachbearbeitung-andere");
  await legeMitarbeiterAn(sbAdresse, "Erika Beispiel", DIENSTPASSWORT, [`${oe}:sachbearbeitung`]);
  await legeMitarbeiterAn(fremdAdresse, "Max Beispiel", DIENSTPASSWORT, [
    `${andereOe}:sachbearbeitung`,
  ]);

  // The inbox: the staff navigation counts the new ones; the application is there, unassigned.
  const staff = await neueSeite(browser);
  await meldeMitarbeiterErstmalsAn(staff, sbAdresse);
  const eingang = new Antragseingang(staff);
  await expect(eingang.navigationslink()).toContainText(/\d+ neu/);
  await eingang.oeffneUeberNavigation();
  await expectAccessible(staff);
  await eingang.filtere({ status: "Eingegangen", zugewiesen: "Nicht zugewiesen" });
  await expect(staff).toHaveURL(/status=eingegangen/);
  await expect(eingang.zeile(aktenzeichen)).toContainText(/Hund/);
  await expect(eingang.zeile(aktenzeichen)).toContainText("Eingegangen");
  // Mine: none yet.
  await eingang.filtere({ zugewiesen: "Mir zugewiesen" });
  await expect(eingang.zeile(aktenzeichen)).toHaveCount(0);
  // A date that is none: a summary and the field's message, the other filters kept; axe.
  await eingang.oeffne("?von=2026-13-45&status=eingegangen");
  await expect(staff).toHaveTitle(/^Fehler: /);
  await expect(staff.locator("#fehleruebersicht")).toContainText("im Format JJJJ-MM-TT");
  await expect(staff.getByLabel("Status", { exact: true })).toHaveValue("eingegangen");
  await expectAccessible(staff);

  // The detail: decrypted answers under the form's labels, the proof to download.
  await eingang.oeffne();
  const detail = await eingang.oeffneAntrag(aktenzeichen);
  await expect(detail.status()).toHaveText("Eingegangen");
  await expect(staff.getByText("Bello", { exact: true })).toBeVisible();
  await expect(staff.getByText("Łukasiewicz-Müller", { exact: true })).toBeVisible();
  await expect(staff.getByTestId("vertrauensniveau")).toContainText("niedrig");
  await expect(detail.anlagen()).toHaveCount(1);
  await expect(detail.anlagen().first()).toContainText("wesenstest.pdf");
  const nachweisPfad = await detail.anlagePfad(/wesenstest\.pdf/);
  const nachweis = await ladeHerunter(staff, nachweisPfad, "application/pdf");
  expect(nachweis.toString("latin1")).toContain("Wesenstest Bello");
  // Only the steps "eingegangen" allows: no Rückfrage, no decision yet.
  await expect(staff.getByRole("button", { name: "Rückfrage senden" })).toHaveCount(0);
  await expect(staff.getByRole("button", { name: "Entscheidung senden" })).toHaveCount(0);
  await expectAccessible(staff);
  const detailPfad = new URL(staff.url()).pathname;
  expect(detailPfad).toBe(`/de/verwaltung/antraege/${antragId}`);

  // Assign to myself, set in Bearbeitung with a note.
  await detail.weiseZu(/\(ich\)$/);
  await expect(detail.zugewiesen()).toHaveText("Erika Beispiel");
  await detail.setzeStatus("In Bearbeitung", "Wesenstest liegt vor, Mietvertrag fehlt.");
  await expect(detail.status()).toHaveText("In Bearbeitung");
  await expect(staff.locator("#verlauf-tabelle")).toContainText("Mietvertrag fehlt.");
  await eingang.oeffne("?zugewiesen=ich");
  await expect(eingang.zeile(aktenzeichen)).toContainText("Mir zugewiesen");
  await staff.goto(detailPfad);

  // An empty Rückfrage is refused with the error summary; axe on the error state.
  await detail.stelleRueckfrage("   ", false);
  await expect(detail.fehleruebersicht()).toContainText("Geben Sie einen Text ein.");
  await expectAccessible(staff);
  const frage = "Bitte reichen Sie den Mietvertrag nach, der die Hundehaltung erlaubt.";
  await detail.stelleRueckfrage(frage);
  await expect(detail.status()).toHaveText("Rückfrage der Behörde");
  await expectAccessible(staff);

  // The citizen reads the question in the Postfach and answers in "Meine Anträge".
  await buerger.goto("/de/konto/postfach");
  await buerger.getByRole("link", { name: `Rückfrage zu Ihrem Antrag ${aktenzeichen}` }).click();
  await expect(buerger.getByText(frage)).toBeVisible();
  await buerger.goto(`/de/konto/antraege/${antragId}`);
  await expect(buerger.getByTestId("status")).toHaveText("Rückfrage der Behörde");
  await buerger.getByLabel("Ihre Antwort").fill("Anbei der Mietvertrag mit der Erlaubnis.");
  await buerger.getByLabel(/^Datei anhängen/).setInputFiles({
    name: "mietvertrag.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Mietvertrag Hundehaltung erlaubt"),
  });
  await buerger.getByRole("button", { name: "Antwort senden" }).click();
  await expect(buerger.getByTestId("erfolg")).toContainText("Antwort gesendet");

  // Staff see the answer and its file; the application is back in Bearbeitung.
  await staff.goto(detailPfad);
  await expect(detail.status()).toHaveText("In Bearbeitung");
  await expect(detail.antwort()).toContainText("Anbei der Mietvertrag mit der Erlaubnis.");
  const mietvertragPfad = await detail.anlagePfad(/mietvertrag\.pdf/);
  const mietvertrag = await ladeHerunter(staff, mietvertragPfad, "application/pdf");
  expect(mietvertrag.toString("latin1")).toContain("Mietvertrag Hundehaltung erlaubt");

  // A program disguised as a PDF is refused at the field; the typed text stays; axe.
  const entscheidung = "Der Hund Bello ist ab dem 1. November 2026 zur Hundesteuer angemeldet.";
  await detail.entscheide(
    "Stattgegeben",
    entscheidung,
    {
      name: "bescheid.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("MZ\x90\x00not a pdf"),
    },
    false,
  );
  await expect(detail.fehleruebersicht()).toContainText("Der Bescheid muss eine PDF-Datei sein.");
  await expect(detail.entscheidungstext()).toHaveValue(entscheidung);
  await expect(detail.status()).toHaveText("In Bearbeitung");
  await expectAccessible(staff);

  // The decision with the Bescheid.
  await detail.entscheide("Stattgegeben", entscheidung, {
    name: "Bescheid Hundesteuer.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Bescheid Hundesteuer Bello"),
  });
  await expect(detail.status()).toHaveText("Entschieden");
  await expect(staff.getByText(/Das Verfahren ist abgeschlossen/)).toBeVisible();
  await expect(staff.getByRole("button", { name: "Status ändern" })).toHaveCount(0);
  await expectAccessible(staff);

  // The citizen finds the decision and the Bescheid in the Postfach.
  await buerger.goto("/de/konto/postfach");
  await buerger
    .getByRole("link", { name: `Entscheidung über Ihren Antrag ${aktenzeichen}` })
    .click();
  await expect(buerger.getByText(entscheidung)).toBeVisible();
  await expect(buerger.getByRole("link", { name: /Bescheid Hundesteuer\.pdf/ })).toBeVisible();
  await buerger.goto(`/de/konto/antraege/${antragId}`);
  await expect(buerger.getByTestId("status")).toHaveText("Entschieden");

  // Staff of another authority: not in their inbox; detail and files are 404 as for any id.
  const fremd = await neueSeite(browser);
  await meldeMitarbeiterErstmalsAn(fremd, fremdAdresse, false);
  await new Antragseingang(fremd).oeffne();
  await expect(fremd.getByRole("link", { name: aktenzeichen })).toHaveCount(0);
  expect((await fremd.goto(detailPfad))?.status()).toBe(404);
  expect(
    (await fremd.goto("/de/verwaltung/antraege/00000000-0000-4000-8000-000000000000"))?.status(),
  ).toBe(404);
  expect((await fremd.goto("/de/verwaltung/antraege/kein-antrag"))?.status()).toBe(404);
  expect((await fremd.request.get(nachweisPfad)).status()).toBe(404);
  expect((await fremd.request.get(mietvertragPfad)).status()).toBe(404);
  // A citizen's session opens neither.
  await buerger.goto(detailPfad);
  await expect(buerger).toHaveURL(/\/de\/verwaltung\/anmelden/);
  expect((await buerger.request.get(nachweisPfad, { maxRedirects: 0 })).status()).toBe(303);
});
