import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { alsEigenerAbsender, expect, expectAccessible, test } from "../support/fixtures";
import { abfrage } from "../support/fremde-ids";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { pdf } from "../support/pdf";

// Bad input in the form runner, signed in, on "Hund zur Hundesteuer anmelden": naughty strings
// in the text fields are either kept and shown back as text on the check page (no script runs)
// or refused with a clear message at the field; disguised, active, oversized and path-named
// files are refused at the field, the rest of the page's input is kept, and nothing is stored
// for them in the draft (checked in the portal database). axe on every error state.

type Naughty = Record<string, string[]>;
const naughty = JSON.parse(
  readFileSync(
    new URL("../../packages/forms/test/fixtures/naughty-strings.json", import.meta.url),
    "utf8",
  ),
) as Naughty;
const eintrag = (gruppe: string, passt: (s: string) => boolean) => {
  const s = naughty[gruppe]?.find(passt);
  if (!s) throw new Error(`naughty-strings.json: nothing in ${gruppe}`);
  return s;
};
const RTL = eintrag("bidi_und_unsichtbar", (s) => s.includes("\u202e"));
const NULLBREITE = eintrag("bidi_und_unsichtbar", (s) => s.includes("\u200b"));
const EMOJI_ZWJ = eintrag("emoji", (s) => s.includes("\u200d"));
const SKRIPT = eintrag("html_js", (s) => s.startsWith("<script>"));
const SQL = eintrag("sql", (s) => s.includes("OR 1=1"));
const LANG = "x".repeat(10_000);

const heute = () =>
  new Intl.DateTimeFormat("de-DE", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "Europe/Berlin",
  }).format(new Date());

/** Registers, signs in and starts the form; returns the draft's id. */
async function beginne(page: Page, wer: string): Promise<string> {
  await alsEigenerAbsender(page);
  const email = neueAdresse(wer);
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);
  await page.goto("/de/leistungen/hundesteuer-anmelden");
  await page.getByTestId("online-beantragen").getByRole("link").first().click();
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halterin oder Halter");
  const id = /\/antrag\/hundesteuer-anmeldung\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

/** The draft's stored answers (with the open page's input) as JSON text. */
async function entwurfJson(id: string): Promise<string> {
  const [zeile] = await abfrage<{ a: string }>(
    "select antworten::text as a from entwurf where id = $1",
    [id],
  );
  return zeile?.a ?? "";
}

/** Listens for dialogs: a script that ran from the input would open one. */
function dialoge(page: Page) {
  const gesehen: string[] = [];
  page.on("dialog", async (d) => {
    gesehen.push(d.message());
    await d.dismiss();
  });
  return gesehen;
}

/** No `<script>` element came from the input (Next.js's own inline payload only quotes it). */
const eingeschleust = (page: Page) =>
  page.evaluate(() => [...document.scripts].some((s) => s.textContent?.trim() === "alert(1)"));

test("naughty strings in the text fields: kept and shown as text, or a clear field error", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const gesehen = dialoge(page);
  const entwurf = await beginne(page, "antrag-naughty");

  const felder: Record<string, string> = {
    "Vorname(n)": RTL,
    Familienname: `Müller${NULLBREITE}`,
    "Straße und Hausnummer": SKRIPT,
    Postleitzahl: "01099",
    Ort: `Dresden ${EMOJI_ZWJ}`,
    "Telefon (optional)": SQL,
  };
  for (const [label, wert] of Object.entries(felder)) {
    await page.getByLabel(label, { exact: true }).fill(wert);
  }

  // 10,000 characters in a field of at most 150: a clear message, the rest kept.
  await page.getByLabel("Straße und Hausnummer").fill(LANG);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halterin oder Halter");
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.locator("#feld-halter-strasse-error")).toBeVisible();
  await expect(page.locator("#fehleruebersicht")).toContainText("Straße und Hausnummer");
  await expect(page.getByLabel("Vorname(n)")).toHaveValue(RTL);
  await expect(page.getByLabel("Telefon (optional)")).toHaveValue(SQL);
  await expectAccessible(page);

  // Then the script tag: either accepted as text or refused at its field.
  await page.getByLabel("Straße und Hausnummer").fill(SKRIPT);
  await page.getByRole("button", { name: "Weiter" }).click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(/Halterin oder Halter|Ihre Hunde/);
  if ((await h1.textContent())?.includes("Halterin")) {
    // Refused: every message is at a field, the values are kept, axe is clean.
    const fehler = page.locator(".kern-error");
    expect(await fehler.count()).toBeGreaterThan(0);
    for (const [label, wert] of Object.entries(felder)) {
      await expect(page.getByLabel(label, { exact: true })).toHaveValue(wert);
    }
    await expectAccessible(page);
    // Continue with plain values where the portal refused them.
    for (const [label, pfad] of [
      ["Vorname(n)", "vorname"],
      ["Familienname", "nachname"],
      ["Straße und Hausnummer", "strasse"],
      ["Ort", "ort"],
      ["Telefon (optional)", "telefon"],
    ] as const) {
      if (await page.locator(`#feld-halter-${pfad}-error`).count()) {
        await page.getByLabel(label, { exact: true }).fill(pfad === "telefon" ? "" : "Ersatz");
      }
    }
    await page.getByRole("button", { name: "Weiter" }).click();
  }

  // Page 2, valid, no dangerous dog.
  await expect(h1).toHaveText("Ihre Hunde");
  await page.getByLabel("Name des Hundes").fill("Bello");
  await page.getByLabel("Rasse").fill("Mischling");
  await page.getByLabel("Wurfdatum (geschätzt, wenn unbekannt)").fill("01.02.2020");
  await page.getByLabel("Beginn der Haltung").fill(heute());
  await page
    .getByRole("group", { name: /gefährlicher Hund/ })
    .getByLabel("Nein")
    .check();
  await page.getByRole("button", { name: "Weiter" }).click();

  // The check page shows what was kept as text; no script ran, none was injected.
  await expect(h1).toHaveText("Angaben prüfen");
  const main = page.locator("main");
  const text = (await main.textContent()) ?? "";
  const gespeichert = await entwurfJson(entwurf);
  for (const [label, teil] of [
    ["Vorname(n)", "fdp.exe"],
    ["Straße und Hausnummer", "alert(1)"],
    ["Ort", EMOJI_ZWJ],
    ["Telefon (optional)", "OR 1=1"],
  ] as const) {
    // Kept (in the draft and on the page), unless the field refused it above.
    if (gespeichert.includes(JSON.stringify(teil).slice(1, -1))) {
      expect(text, `${label} shown back`).toContain(teil);
    }
  }
  // The zero-width space carries no meaning and is dropped, the name kept.
  expect(text).toContain("Müller");
  expect(await eingeschleust(page)).toBe(false);
  await expect(main.locator("script, img[src='x'], svg[onload]")).toHaveCount(0);
  await expectAccessible(page);
  expect(gesehen).toEqual([]);
});

test("disguised, active, oversized and path-named files are refused at the field, nothing stored", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const gesehen = dialoge(page);
  const entwurf = await beginne(page, "antrag-dateien");
  await page.getByLabel("Vorname(n)").fill("Erika");
  await page.getByLabel("Familienname").fill("Mustermann");
  await page.getByLabel("Straße und Hausnummer").fill("Hauptstraße 1");
  await page.getByLabel("Postleitzahl").fill("01067");
  await page.getByLabel("Ort").fill("Dresden");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Hunde");

  await page.getByLabel("Name des Hundes").fill("Bello");
  await page.getByLabel("Rasse").fill("Mischling");
  await page.getByLabel("Wurfdatum (geschätzt, wenn unbekannt)").fill("01.02.2020");
  await page.getByLabel("Beginn der Haltung").fill(heute());
  await page
    .getByRole("group", { name: /gefährlicher Hund/ })
    .getByLabel("Ja")
    .check();
  await page
    .getByRole("group", { name: "Welchen Nachweis haben Sie?" })
    .getByRole("radio")
    .first()
    .check();

  const klein = pdf("Wesenstest");
  const faelle = [
    {
      was: "an executable named .pdf",
      datei: {
        name: "wesenstest.pdf",
        buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(2048)]),
      },
      meldung: /Formate|Dateiformat ist nicht erlaubt/,
    },
    {
      was: "a PDF with JavaScript",
      datei: { name: "wesenstest.pdf", buffer: pdf("Wesenstest", { aktiv: true }) },
      meldung: /aktive Inhalte/,
    },
    {
      was: "a file above the 10 MB limit",
      datei: {
        name: "gross.pdf",
        buffer: Buffer.concat([klein, Buffer.alloc(10 * 1024 * 1024 + 1 - klein.length, 0x20)]),
      },
      meldung: /höchstens|zu groß/,
    },
    {
      was: "a path-traversal name with no PDF inside",
      datei: {
        name: "../../etc/passwd.pdf",
        buffer: Buffer.from("root:x:0:0:root:/root:/bin/bash\n", "utf8"),
      },
      meldung: /Formate|Dateiformat ist nicht erlaubt|Dateiname/,
    },
  ];

  for (const fall of faelle) {
    await page.getByLabel("Nachweis hochladen").setInputFiles({
      ...fall.datei,
      mimeType: "application/pdf",
    });
    await page.getByRole("button", { name: "Weiter" }).click();
    await expect(page.getByRole("heading", { level: 1 }), fall.was).toHaveText("Ihre Hunde");
    const fehler = page.locator("#feld-hunde-0-nachweis-error");
    await expect(fehler, fall.was).toBeVisible();
    await expect(fehler, fall.was).toContainText(fall.meldung);
    await expect(page.locator("#fehleruebersicht"), fall.was).toContainText("Nachweis hochladen");
    // The rest of the page is kept.
    await expect(page.getByLabel("Name des Hundes")).toHaveValue("Bello");
    await expect(page.getByLabel("Rasse")).toHaveValue("Mischling");
    await expect(
      page.getByRole("group", { name: /gefährlicher Hund/ }).getByLabel("Ja"),
    ).toBeChecked();
    await expectAccessible(page);
    // Nothing stored for the refused file.
    const gespeichert = await entwurfJson(entwurf);
    expect(gespeichert, fall.was).not.toContain('"dateiname"');
  }

  // A real PDF under a path-traversal name: taken, under its last name component only.
  await page.getByLabel("Nachweis hochladen").setInputFiles({
    name: "../../etc/passwd.pdf",
    mimeType: "application/pdf",
    buffer: klein,
  });
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expect(page.getByText(/passwd\.pdf/)).toBeVisible();
  const gespeichert = await entwurfJson(entwurf);
  expect(gespeichert).toContain('"dateiname": "passwd.pdf"');
  expect(gespeichert).not.toContain("../");
  await expectAccessible(page);
  expect(gesehen).toEqual([]);
});
