import type { Page } from "@playwright/test";
import pg from "pg";
import { CMS_TYPES, CmsAdmin } from "../support/cms-admin";
import { alsEigenerAbsender, env, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";
import { pdf } from "../support/pdf";

// A formal statement (Stellungnahme) with a PDF attachment on the seeded Bebauungsplan Nr. 3050
// (public phase: statements with an account, pre-moderation): signed in, with and without
// JavaScript; the receipt shows what was sent and "wird geprüft"; nobody else sees it.

// Registration, confirmation and two submissions with uploads: more than the default minute.
test.describe.configure({ timeout: 180_000 });

const SLUG = "bebauungsplan-nr-3050-dresden-johannstadt";
const FORMULAR = `/de/beteiligung/${SLUG}/stellungnahme`;

async function zeile(id: string) {
  const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select b.status, b.oeffentlich, b.einwilligung_fassung, b.einreicher_name, b.konto_id,
              (select count(*)::int from beteiligung_anhang a where a.beitrag_id = b.id) as anhaenge
         from beteiligung_beitrag b where b.id = $1`,
      [id],
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

/** Registers, confirms and signs in, coming back to the statement form. */
async function angemeldetAmFormular(page: Page, wer: string) {
  await alsEigenerAbsender(page);
  const email = neueAdresse(wer);
  await registriereUndBestaetige(page, email);
  await page.goto(FORMULAR);
  const anmelden = page.getByTestId("anmelden");
  await expect(anmelden).toHaveAttribute(
    "href",
    `/de/konto/anmelden?zurueck=${encodeURIComponent(FORMULAR)}`,
  );
  await meldeAn(page, email, PASSWORT, (await anmelden.getAttribute("href")) ?? FORMULAR);
  await expect(page).toHaveURL(new RegExp(`${FORMULAR}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stellungnahme abgeben");
}

async function fuelleAngaben(page: Page, text: string) {
  await page.getByLabel("Ihre Stellungnahme").fill(text);
  await page.getByLabel("Vor- und Nachname").fill("Erika Mustermann");
  await page.getByLabel("Straße und Hausnummer").fill("Pfotenhauerstraße 12");
  await page.getByLabel("Postleitzahl").fill("01307");
  await page.getByLabel("Ort", { exact: true }).fill("Dresden");
}

test("a citizen submits a statement with a PDF, sees the receipt; it waits for moderation", async ({
  citizen: page,
  browser,
}) => {
  await angemeldetAmFormular(page, "stellungnahme-js");
  await expectAccessible(page);

  const text = `Der Entwurf verschattet den Spielplatz <b>Pfotenhauerstraße</b> ${Date.now()}`;
  await fuelleAngaben(page, text);
  // Without consent and with a text file named .pdf: refused, everything typed stays.
  await page.getByLabel("Anlage 1 (PDF)").setInputFiles({
    name: "plan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("Das ist kein PDF, nur Text."),
  });
  await page.getByRole("button", { name: "Stellungnahme abgeben" }).click();
  const zusammenfassung = page.getByRole("alert").filter({ hasText: "Einwilligung" });
  await expect(zusammenfassung.first()).toBeVisible();
  await expect(page.getByText("Die Datei ist kein PDF").first()).toBeVisible();
  await expect(page.getByLabel("Ihre Stellungnahme")).toHaveValue(text);
  await expect(page.getByLabel("Postleitzahl")).toHaveValue("01307");
  await expect(page.getByTestId("dateien-erneut")).toContainText("erneut aus");
  await expectAccessible(page);

  await page.getByLabel(/Ich willige ein/).check();
  await page.getByLabel("Anlage 1 (PDF)").setInputFiles({
    name: "Einwendung Lageplan.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Einwendung zum Bebauungsplan 3050"),
  });
  await page.getByRole("button", { name: "Stellungnahme abgeben" }).click();
  await expect(page).toHaveURL(new RegExp(`${FORMULAR}/eingegangen\\?id=`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Ihre Stellungnahme ist eingegangen",
  );
  await expect(page.getByTestId("stand")).toContainText("Wird geprüft");
  await expect(page.getByTestId("text")).toHaveText(text);
  await expect(page.getByTestId("anlagen")).toContainText("Einwendung Lageplan.pdf");
  await expect(page.getByText("Erika Mustermann")).toBeVisible();
  await expectAccessible(page);

  const id = new URL(page.url()).searchParams.get("id") ?? "";
  expect(await zeile(id)).toMatchObject({
    status: "ausstehend",
    oeffentlich: true,
    einwilligung_fassung: expect.any(String),
    einreicher_name: "Erika Mustermann",
    anhaenge: 1,
  });

  // Not public before moderation: another visitor does not get to see it.
  const fremd = await browser.newContext();
  const andere = await fremd.newPage();
  const antwort = await andere.goto(`${FORMULAR}/eingegangen?id=${id}`);
  expect(antwort?.status()).toBe(404);
  await expect(andere.getByText(text)).toHaveCount(0);
  await fremd.close();
});

test("the statement works without JavaScript, attachment included", async ({
  citizenWithoutJs: page,
}) => {
  await angemeldetAmFormular(page, "stellungnahme-ohne-js");
  const text = `Ohne JavaScript: Bitte den Baumbestand erhalten. ${Date.now()}`;
  await fuelleAngaben(page, text);
  await page.getByRole("button", { name: "Stellungnahme abgeben" }).click();
  // Refused without consent: the server renders the form again with what was typed.
  await expect(page.getByText("Bitte willigen Sie in die Verarbeitung").first()).toBeVisible();
  await expect(page.getByLabel("Ihre Stellungnahme")).toHaveValue(text);
  await expect(page.getByLabel("Vor- und Nachname")).toHaveValue("Erika Mustermann");

  await page.getByLabel(/Ich willige ein/).check();
  await page.getByLabel("Anlage 1 (PDF)").setInputFiles({
    name: "Baumbestand.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Baumbestand"),
  });
  await page.getByRole("button", { name: "Stellungnahme abgeben" }).click();
  await expect(page).toHaveURL(new RegExp(`${FORMULAR}/eingegangen\\?id=`));
  await expect(page.getByTestId("stand")).toContainText("Wird geprüft");
  await expect(page.getByTestId("text")).toHaveText(text);
  await expect(page.getByTestId("anlagen")).toContainText("Baumbestand.pdf");
  const id = new URL(page.url()).searchParams.get("id") ?? "";
  expect(await zeile(id)).toMatchObject({ status: "ausstehend", anhaenge: 1 });
});

test("in an institutions' phase only a member of an organisation submits, for it, never public", async ({
  citizen: page,
}) => {
  // A Dresden procedure in its institutions' phase, published through the CMS as editors do.
  const land = await CmsAdmin.login(env.cmsUrl, env.editorEmail, env.editorPassword);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const slug = `testverfahren-toeb-${stamp}`;
  const tag = 24 * 60 * 60 * 1000;
  const jetzt = Date.now();
  const phase = (titel: string, von: number, bis: number, publikum: string) => ({
    titel,
    beginn: new Date(von).toISOString(),
    ende: new Date(bis).toISOString(),
    publikum,
    kommentieren: "nicht",
    bewerten: "nicht",
    kartenpunkt: "nicht",
    stellungnahme: "konto",
    umfrage: "nicht",
  });
  const angelegt = await land.createAndPublish(CMS_TYPES.verfahren, {
    titel: `Testverfahren TöB ${stamp}`,
    slug,
    art: "bauleitplanung",
    gemeindeAgs: "14612000",
    moderation: "vorab",
    meldeschwelle: 3,
    phasen: [
      phase("Öffentliche Auslegung", jetzt - 30 * tag, jetzt - tag, "oeffentlich"),
      phase("Träger öffentlicher Belange", jetzt - tag, jetzt + 30 * tag, "institutionen"),
    ],
    fragen: [],
  });
  expect(angelegt.ok, JSON.stringify(angelegt.body)).toBe(true);
  const documentId = angelegt.body.data?.documentId ?? "";
  try {
    const formular = `/de/beteiligung/${slug}/stellungnahme`;
    await alsEigenerAbsender(page);
    const email = neueAdresse("toeb");
    await registriereUndBestaetige(page, email);
    await meldeAn(page, email, PASSWORT);
    // Signed in once the account's page is there (going on earlier races the session cookie).
    await expect(page).toHaveURL(/\/de\/konto$/);
    // The read model gets the procedure from the CMS's webhook, through the job queue.
    await expect(async () => {
      const antwort = await page.goto(formular);
      expect(antwort?.status()).toBe(200);
    }).toPass({ timeout: 30_000, intervals: [500, 1000, 2000] });

    // A citizen without an organisation: pointed to the organisation accounts, no form.
    await expect(
      page.getByRole("heading", { name: /Nur für beteiligte Institutionen/ }),
    ).toBeVisible();
    await expect(page.getByLabel("Ihre Stellungnahme")).toHaveCount(0);
    await expectAccessible(page);

    const name = `Landesamt für Denkmalpflege ${stamp}`;
    await page.goto("/de/konto/organisationen");
    await page.getByLabel("Name der Organisation").fill(name);
    await page.getByLabel("Art der Organisation").selectOption("sonstige");
    await page.getByRole("button", { name: "Organisation anlegen" }).click();
    await expect(page.getByTestId("erfolg")).toContainText(name);

    await page.goto(formular);
    await expect(page.getByLabel(/Für welche Institution/)).toHaveValue(/[0-9a-f-]{36}/);
    await expectAccessible(page);
    const text = `Belange des Denkmalschutzes sind berührt ${stamp}`;
    await fuelleAngaben(page, text);
    await page.getByLabel(/Ich willige ein/).check();
    await page.getByRole("button", { name: "Stellungnahme abgeben" }).click();
    await expect(page).toHaveURL(new RegExp(`${formular}/eingegangen\\?id=`));
    await expect(page.getByTestId("stand")).toContainText("wird nicht veröffentlicht");
    await expect(page.getByText(name)).toBeVisible();
    await expectAccessible(page);
    const id = new URL(page.url()).searchParams.get("id") ?? "";
    const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        "select oeffentlich, institution_name from beteiligung_beitrag where id = $1",
        [id],
      );
      expect(rows[0]).toEqual({ oeffentlich: false, institution_name: name });
    } finally {
      await client.end();
    }
  } finally {
    if (documentId) await land.delete(CMS_TYPES.verfahren, documentId);
  }
});
