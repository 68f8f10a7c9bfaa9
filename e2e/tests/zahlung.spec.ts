import { readFileSync } from "node:fs";
import { expect, expectAccessible, test } from "../support/fixtures";
import {
  beantrageBewohnerparkausweis,
  camt054Ruecklastschrift,
  pruefePain008,
} from "../support/kasse";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { warteAufMail } from "../support/postfach";
import { legeMitarbeiterAn } from "../support/verwaltung";
import { DIENSTPASSWORT, meldeMitarbeiterErstmalsAn } from "../support/verwaltung-antraege";

// "Pay by SEPA" (issue 10): a citizen pays the residents' parking permit by SEPA direct debit in
// the application journey (a wrong IBAN first: told at the field, nothing typed lost), gets the
// receipt and the pre-notification; the cash office exports the day's debits as a pain.008 file
// that the official schema accepts, imports the bank's camt.054 in which that debit comes back
// (MD06), and the citizen sees the failed payment, why, and pays by transfer instead. The same
// payment without JavaScript. Axe on every payment and cash-office page on the way.

test("a citizen pays by SEPA debit; the cash office exports it, the bank returns it (MD06), the citizen pays by transfer", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const email = neueAdresse("zahlung");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);

  await beantrageBewohnerparkausweis(page, "Ødegård");
  await expectAccessible(page);
  await expect(page.getByTestId("betrag")).toHaveText("30,70 €");
  await expect(page.getByTestId("mandatstext")).toContainText(
    "eine Zahlung von meinem Konto mittels Lastschrift einzuziehen",
  );
  await expect(page.getByText("DE98ZZZ09999999999")).toBeVisible();
  const mandat = page.getByText(/^M-\d{4}-\d{4}-\d{6}-\d{2}$/);
  const mandatsreferenz = (await mandat.textContent())?.trim() ?? "";
  const kassenzeichen = mandatsreferenz.slice(2);
  await expect(page.getByTestId("einzug")).toContainText(
    /voraussichtlich am \d{1,2}\. \p{L}+ \d{4}/u,
  );

  // A typo in the IBAN: the check digits do not match; everything typed is still there.
  await page
    .getByRole("group", { name: "Wie möchten Sie bezahlen?" })
    .getByLabel("SEPA-Lastschrift")
    .check();
  await page.getByLabel("Kontoinhaberin oder Kontoinhaber").fill("Jürgen Ødegård");
  await page.getByLabel("IBAN", { exact: true }).fill("DE89 3704 0044 0532 0130 01");
  await page.getByLabel("Ich erteile das SEPA-Lastschriftmandat.").check();
  await page.getByRole("button", { name: "Zahlung bestätigen und Antrag abschicken" }).click();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.getByLabel("IBAN", { exact: true })).toHaveValue("DE89 3704 0044 0532 0130 01");
  await expect(page.getByLabel("Kontoinhaberin oder Kontoinhaber")).toHaveValue("Jürgen Ødegård");
  await expect(page.locator("#fehleruebersicht")).toContainText("Prüfziffer");
  await expectAccessible(page);

  // Lowercase and spaces are fine.
  await page.getByLabel("IBAN", { exact: true }).fill("de89 3704 0044 0532 0130 00");
  if (!(await page.getByLabel("Ich erteile das SEPA-Lastschriftmandat.").isChecked()))
    await page.getByLabel("Ich erteile das SEPA-Lastschriftmandat.").check();
  await page.getByRole("button", { name: "Zahlung bestätigen und Antrag abschicken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antrag eingegangen");
  const zahlung = page.getByTestId("zahlung");
  await expect(zahlung).toContainText("SEPA-Lastschrift");
  await expect(zahlung).toContainText(kassenzeichen);
  await expect(zahlung).toContainText(mandatsreferenz);
  await expect(zahlung).toContainText("DE89 **** 3000");
  await expect(zahlung).not.toContainText("0532 0130");
  await expectAccessible(page);
  const antragId = new URL(page.url()).pathname.split("/").at(-1) ?? "";

  // The pre-notification: amount, date, creditor identifier, mandate reference; no full IBAN.
  const ankuendigung = await warteAufMail(email, /Lastschrift/);
  expect(ankuendigung.text).toContain("30,70");
  expect(ankuendigung.text).toContain("DE98ZZZ09999999999");
  expect(ankuendigung.text).toContain(mandatsreferenz);
  expect(ankuendigung.text).not.toContain("0532013000");

  // The cash office: export the debits, check the file against the schema, import the return.
  const kasse = await browser.newContext({ locale: "de-DE" });
  const staff = await kasse.newPage();
  const dienst = neueAdresse("kasse");
  await legeMitarbeiterAn(dienst, "Kasse Dresden (E2E)", DIENSTPASSWORT, ["gv-14612000:kasse"]);
  await meldeMitarbeiterErstmalsAn(staff, dienst);
  await staff
    .getByRole("navigation", { name: "Verwaltungsnavigation" })
    .getByRole("link", { name: "Kasse" })
    .click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Kasse: Zahlungen");
  await expect(staff.getByRole("link", { name: kassenzeichen })).toBeVisible();
  await expectAccessible(staff);

  await staff.getByRole("link", { name: /Lastschriften exportieren/ }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Lastschriften exportieren");
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Lastschriften exportieren" }).click();
  await expect(staff.getByText(/Datei\(en\) erstellt/)).toBeVisible();
  const download = staff.waitForEvent("download");
  await staff
    .getByRole("link", { name: /herunterladen$/ })
    .first()
    .click();
  const xml = readFileSync((await (await download).path()) ?? "", "utf8");
  expect(xml).toContain(`<EndToEndId>${kassenzeichen}</EndToEndId>`);
  expect(xml).toContain(`<MndtId>${mandatsreferenz}</MndtId>`);
  expect(xml).toContain("<SeqTp>OOFF</SeqTp>");
  expect(await pruefePain008(xml)).toContain("validates");

  await staff.goto("/de/verwaltung/kasse/auszuege");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Kontoauszug importieren");
  await expectAccessible(staff);
  await staff.getByLabel("Datei der Bank (XML)").setInputFiles({
    name: "camt054-ruecklastschrift.xml",
    mimeType: "application/xml",
    buffer: Buffer.from(camt054Ruecklastschrift({ kassenzeichen, cent: 3070, grund: "MD06" })),
  });
  await staff.getByRole("button", { name: "Datei importieren" }).click();
  const rueckgaben = staff.getByRole("table", { name: /Zurückgegebene Zahlungen dieses Imports/ });
  await expect(rueckgaben).toContainText(kassenzeichen);
  await expect(rueckgaben).toContainText("MD06");
  await expectAccessible(staff);

  // The payment's history in the cash office.
  await staff.goto("/de/verwaltung/kasse");
  await staff.getByRole("link", { name: kassenzeichen }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(kassenzeichen);
  await expect(staff.getByTestId("rueckgabegrund")).toContainText("MD06");
  const verlauf = staff.getByRole("table", { name: /Verlauf der Zahlung/ });
  await expect(verlauf.getByRole("row").last()).toContainText("Fehlgeschlagen");
  await expect(verlauf.getByRole("row").last()).toContainText("MD06");
  await expectAccessible(staff);
  await kasse.close();

  // The citizen learns of it (mail, application page) and pays by transfer instead.
  const offen = await warteAufMail(email, /Gebühr für Ihren Antrag ist noch offen/);
  expect(offen.text).toContain("fehlgeschlagen");
  await page.goto(`/de/konto/antraege/${antragId}`);
  await expect(zahlung).toContainText("Fehlgeschlagen");
  await expect(zahlung).toContainText(/Widerspruch|widersprochen|Erstattung/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Gebühr per Überweisung bezahlen" }).click();
  await expect(zahlung).toContainText("Überweisung");
  await expect(zahlung).toContainText("DE02 1203 0000 0000 2020 51");
  const neuesKassenzeichen = (
    (await zahlung
      .getByText(/^\d{4}-\d{4}-\d{6}-\d{2}$/)
      .first()
      .textContent()) ?? ""
  ).trim();
  expect(neuesKassenzeichen).not.toBe(kassenzeichen);
  await expectAccessible(page);
});

test("without JavaScript: the payment step and the receipt", async ({ browser }) => {
  test.setTimeout(180_000);
  const kontext = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
  const page = await kontext.newPage();
  const email = neueAdresse("zahlung-ohne-js");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  await beantrageBewohnerparkausweis(page, "Łukasiewicz");
  // Without a choice of method the radio's default (the debit) counts; a missing holder is named.
  await page.getByLabel("IBAN", { exact: true }).fill("DE02 1203 0000 0000 2020 51");
  await page.getByLabel("Ich erteile das SEPA-Lastschriftmandat.").check();
  await page.getByRole("button", { name: "Zahlung bestätigen und Antrag abschicken" }).click();
  // The server's answer: the summary first (the "Fehler: " title needs the script).
  await expect(page.locator("#fehleruebersicht")).toContainText("Kontoinhaber");
  await expect(page.getByLabel("IBAN", { exact: true })).toHaveValue("DE02 1203 0000 0000 2020 51");
  await page.getByLabel("Kontoinhaberin oder Kontoinhaber").fill("Anna Łukasiewicz");
  if (!(await page.getByLabel("Ich erteile das SEPA-Lastschriftmandat.").isChecked()))
    await page.getByLabel("Ich erteile das SEPA-Lastschriftmandat.").check();
  await page.getByRole("button", { name: "Zahlung bestätigen und Antrag abschicken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antrag eingegangen");
  await expect(page.getByTestId("zahlung")).toContainText("SEPA-Lastschrift");
  await expect(page.getByTestId("zahlung")).toContainText("DE02 **** 2051");
  // No axe here: it runs as a script in the page (the same pages are checked with it above).
  await kontext.close();
});
