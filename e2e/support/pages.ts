import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "./fixtures";

// Page objects: what a citizen does, in the words of the portal.

/** The label of the place field on a service page, in either language. */
export const ORTSFRAGE =
  /^(Wo |Where |Postleitzahl, Gemeinde oder Ortsteil|Postal code, municipality or district)/;

/** Page objects check every page with axe, except where the browser runs no script (axe is one). */
abstract class Seite {
  constructor(
    protected readonly page: Page,
    private readonly options: { axe: boolean } = { axe: true },
  ) {}

  protected async check() {
    if (this.options.axe) await expectAccessible(this.page);
  }
}

export class Startseite extends Seite {
  async open(lang: "de" | "en" = "de") {
    const response = await this.page.goto(`/${lang}`);
    expect(response?.status()).toBe(200);
    await this.check();
  }

  async suche(begriff: string) {
    await this.page
      .getByLabel(/Wonach suchen Sie\?|What are you looking for\?/)
      .first()
      .fill(begriff);
    await this.page
      .getByRole("button", { name: /^(Suchen|Search)$/ })
      .first()
      .click();
    await expect(this.page).toHaveURL(/\/suche\?q=/);
    await this.check();
  }
}

export class Suchergebnisse extends Seite {
  async oeffneLeistung(titel: RegExp | string) {
    await this.page
      .getByTestId("leistungsliste")
      .getByRole("link", { name: titel })
      .first()
      .click();
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
    await this.check();
  }
}

export class Leistungsseite extends Seite {
  async ortEingeben(ort: string) {
    // The label is the question for the place that decides ("Wo wohnen Sie?", "Wo liegt das
    // Grundstück?"), or says what to enter where the rule names no such place.
    await this.page.getByLabel(ORTSFRAGE).first().fill(ort);
    await this.page
      .getByRole("button", { name: /Zuständige Stelle anzeigen|Show responsible authority/ })
      .first()
      .click();
  }

  async ortWaehlen(name: RegExp | string) {
    await this.page.getByTestId("ortsauswahl").getByRole("link", { name }).first().click();
  }

  async erwarteZustaendigeStelle(name: string | RegExp, fuer: RegExp | string) {
    await expect(this.page).toHaveURL(/\/in\/\d{8}/);
    await expect(this.page.getByTestId("zustaendig-fuer")).toContainText(fuer);
    await expect(this.page.getByTestId("behoerde").getByRole("heading").first()).toHaveText(name);
    await this.check();
  }
}
