import { test } from "../support/fixtures";
import { Leistungsseite, Startseite, Suchergebnisse } from "../support/pages";

test("the whole journey works without JavaScript", async ({ citizenWithoutJs: page }) => {
  const start = new Startseite(page, { axe: false });
  await start.open();
  await start.suche("Persoanlausweis");
  await new Suchergebnisse(page, { axe: false }).oeffneLeistung(/Personalausweis beantragen/);
  const leistung = new Leistungsseite(page, { axe: false });
  await leistung.ortEingeben("04109");
  await leistung.erwarteZustaendigeStelle("Stadtverwaltung Leipzig", "Leipzig");
});
