import { expect, test } from "../support/fixtures";
import { Leistungsseite, Startseite, Suchergebnisse } from "../support/pages";

test("the whole journey works without JavaScript", async ({ citizenWithoutJs: page }) => {
  const start = new Startseite(page);
  await start.open();
  await start.suche("Persoanlausweis");
  await new Suchergebnisse(page).oeffneLeistung(/Personalausweis beantragen/);
  const leistung = new Leistungsseite(page);
  await leistung.ortEingeben("04109");
  await leistung.erwarteZustaendigeStelle("Stadtverwaltung Leipzig", "Leipzig");
  // No script ran: the page is server-rendered HTML and plain GET forms.
  expect(await page.evaluate(() => 1).catch(() => "no-js")).toBe("no-js");
});
