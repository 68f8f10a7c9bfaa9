import { expect, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { e2eEnv } from "../env";
import { expectAccessible } from "./fixtures";
import { totp } from "./verwaltung";

// The authority's inbox as the journeys use it (/verwaltung/antraege): the staff sign-in with
// the second factor, the list with its filters, and an application's detail page with its
// steps (assign, status, Rückfrage, decision). Labels are the German UI's.

export const DIENSTPASSWORT = "Rathausturm Dresden Morgenrunde";

/**
 * Signs a staff member in for the first time (enrols the second factor on the way). Checks the
 * pages with axe unless `axe` is false (a browser without JavaScript runs no axe).
 */
export async function meldeMitarbeiterErstmalsAn(page: Page, email: string, axe = true) {
  await page.goto("/de/verwaltung/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(DIENSTPASSWORT);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zweiten Faktor einrichten");
  if (axe) await expectAccessible(page);
  const key = (await page.getByTestId("totp-schluessel").textContent()) ?? "";
  await page.getByLabel(/Code/).fill(totp(key));
  await page.getByRole("button", { name: "Einrichtung abschließen" }).click();
  await expect(page).toHaveURL(/\/de\/verwaltung$/);
  return key;
}

/** The Organisationseinheit an application went to (the Zuständigkeitsfinder's choice). */
export async function oeDesAntrags(aktenzeichen: string): Promise<string> {
  const client = new pg.Client({ connectionString: e2eEnv.portalDatabaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ oe_schluessel: string }>(
      "select oe_schluessel from antrag where aktenzeichen = $1",
      [aktenzeichen],
    );
    const oe = r.rows[0]?.oe_schluessel;
    if (!oe) throw new Error(`no application ${aktenzeichen}`);
    return oe;
  } finally {
    await client.end();
  }
}

/** The inbox: `/de/verwaltung/antraege`. */
export class Antragseingang {
  constructor(readonly page: Page) {}

  /** Opens the inbox through the staff navigation (which counts the new applications). */
  async oeffneUeberNavigation() {
    await this.page.goto("/de/verwaltung");
    await this.navigationslink().click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Anträge");
  }

  navigationslink(): Locator {
    return this.page
      .getByRole("navigation", { name: "Verwaltungsnavigation" })
      .getByRole("link", { name: /^Anträge/ });
  }

  async oeffne(query = "") {
    const antwort = await this.page.goto(`/de/verwaltung/antraege${query}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Anträge");
    return antwort;
  }

  /** Fills the GET form of filters and applies it; each value is an option's label or a date. */
  async filtere(filter: {
    status?: string;
    leistung?: string;
    von?: string;
    bis?: string;
    zugewiesen?: string;
  }) {
    const p = this.page;
    if (filter.status)
      await p.getByLabel("Status", { exact: true }).selectOption({ label: filter.status });
    if (filter.leistung)
      await p.getByLabel("Leistung", { exact: true }).selectOption({ label: filter.leistung });
    if (filter.von !== undefined) await p.getByLabel("Eingegangen ab").fill(filter.von);
    if (filter.bis !== undefined) await p.getByLabel("Eingegangen bis").fill(filter.bis);
    if (filter.zugewiesen)
      await p
        .getByLabel("Zugewiesen an", { exact: true })
        .selectOption({ label: filter.zugewiesen });
    await p.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(p.getByRole("heading", { level: 1 })).toHaveText("Anträge");
  }

  tabelle(): Locator {
    return this.page.locator("table#antraege");
  }

  zeile(aktenzeichen: string): Locator {
    return this.tabelle().getByRole("row").filter({ hasText: aktenzeichen });
  }

  async oeffneAntrag(aktenzeichen: string) {
    await this.tabelle().getByRole("link", { name: aktenzeichen, exact: true }).click();
    const detail = new Antragsdetail(this.page);
    await expect(detail.ueberschrift()).toHaveText(`Antrag ${aktenzeichen}`);
    return detail;
  }
}

/** An application's detail page: `/de/verwaltung/antraege/<id>`. */
export class Antragsdetail {
  constructor(readonly page: Page) {}

  ueberschrift(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  status(): Locator {
    return this.page.getByTestId("status");
  }

  zugewiesen(): Locator {
    return this.page.getByTestId("zugewiesen");
  }

  /** The notice after a step (POST/redirect/GET). */
  meldung(): Locator {
    return this.page.getByTestId("meldung");
  }

  /** The links of the attachments submitted with the application. */
  anlagen(): Locator {
    return this.page.getByTestId("anlagen").getByRole("link");
  }

  /** The history's entry of the citizen's answer, with its text and its files. */
  antwort(): Locator {
    return this.page.getByTestId("antwort");
  }

  fehleruebersicht(): Locator {
    return this.page.locator("#fehleruebersicht");
  }

  private formular(knopf: string): Locator {
    return this.page
      .locator("form")
      .filter({ has: this.page.getByRole("button", { name: knopf }) });
  }

  async weiseZu(option: string | RegExp) {
    const f = this.formular("Zuweisen");
    const label =
      typeof option === "string"
        ? option
        : ((await f
            .getByLabel("Bearbeitet von")
            .locator("option")
            .filter({ hasText: option })
            .first()
            .textContent()) ?? "");
    await f.getByLabel("Bearbeitet von").selectOption({ label: label.trim() });
    await f.getByRole("button", { name: "Zuweisen" }).click();
    await expect(this.meldung()).toContainText("Die Zuweisung wurde gespeichert.");
  }

  async setzeStatus(status: string, notiz = "") {
    const f = this.formular("Status ändern");
    await f.getByLabel("Neuer Status").selectOption({ label: status });
    if (notiz) await f.getByLabel(/^Notiz für die Akte/).fill(notiz);
    await f.getByRole("button", { name: "Status ändern" }).click();
    await expect(this.meldung()).toContainText("Der Status wurde geändert.");
  }

  /** Sends the Rückfrage form; without `erwarteErfolg` the caller checks the outcome. */
  async stelleRueckfrage(text: string, erwarteErfolg = true) {
    const f = this.formular("Rückfrage senden");
    await f.getByLabel(/^Ihre Frage/).fill(text);
    await f.getByRole("button", { name: "Rückfrage senden" }).click();
    if (erwarteErfolg)
      await expect(this.meldung()).toContainText("Die Rückfrage wurde in das Postfach gesendet.");
  }

  rueckfrageFeld(): Locator {
    return this.formular("Rückfrage senden").getByLabel(/^Ihre Frage/);
  }

  /** Fills and sends the decision form; without `erwarteErfolg` the caller checks the outcome. */
  async entscheide(
    ergebnis: string,
    text: string,
    bescheid?: { name: string; mimeType: string; buffer: Buffer },
    erwarteErfolg = true,
  ) {
    const f = this.formular("Entscheidung senden");
    await f.getByLabel("Ergebnis", { exact: true }).selectOption({ label: ergebnis });
    await f.getByLabel(/^Text der Entscheidung/).fill(text);
    if (bescheid) await f.getByLabel(/^Bescheid als PDF/).setInputFiles(bescheid);
    await f.getByRole("button", { name: "Entscheidung senden" }).click();
    if (erwarteErfolg)
      await expect(this.meldung()).toContainText(
        "Die Entscheidung wurde in das Postfach gesendet.",
      );
  }

  entscheidungstext(): Locator {
    return this.formular("Entscheidung senden").getByLabel(/^Text der Entscheidung/);
  }

  /** The absolute path of the first attachment link whose text matches. */
  async anlagePfad(name: RegExp): Promise<string> {
    const href = await this.page.getByRole("link", { name }).first().getAttribute("href");
    if (!href) throw new Error(`no attachment link ${name}`);
    return href;
  }
}
