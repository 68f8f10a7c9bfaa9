import { expect, expectAccessible, test } from "../support/fixtures";
import { Leistungsseite, Startseite, Suchergebnisse } from "../support/pages";

// A citizen searches a service, opens it, enters their place and sees the authority responsible
// for it — for different districts and for each level at which Saxony assigns tasks.

test("search with a typo → ID card → a member of a Verwaltungsgemeinschaft is sent to its seat", async ({
  citizen,
}) => {
  const start = new Startseite(citizen);
  await start.open();
  await start.suche("Persoanlausweis");
  await new Suchergebnisse(citizen).oeffneLeistung(/Personalausweis beantragen/);
  const leistung = new Leistungsseite(citizen);
  await leistung.ortEingeben("Niederwürschnitz");
  // Weisungsaufgabe: the erfüllende Gemeinde Lugau acts for Niederwürschnitz (Erzgebirgskreis).
  await leistung.erwarteZustaendigeStelle(
    "Stadtverwaltung Lugau/Erzgeb.",
    "Niederwürschnitz (Erzgebirgskreis)",
  );
  await expect(citizen.getByTestId("behoerde")).toContainText("Telefon");
});

test("vehicle registration: a Landkreis municipality goes to the Landratsamt, a kreisfreie Stadt to itself", async ({
  citizen,
}) => {
  const leistung = new Leistungsseite(citizen);
  await citizen.goto("/de/leistungen/fahrzeug-zulassen");
  await expectAccessible(citizen);
  await leistung.ortEingeben("Görlitz");
  await leistung.erwarteZustaendigeStelle(
    "Landratsamt Landkreis Görlitz",
    "Görlitz (Landkreis Görlitz)",
  );

  await citizen.goto("/de/leistungen/fahrzeug-zulassen");
  await leistung.ortEingeben("01067");
  await leistung.erwarteZustaendigeStelle(
    "Stadtverwaltung Dresden",
    "Dresden (Kreisfreie Stadt Dresden)",
  );
});

test("building permit: a Große Kreisstadt holding the function is responsible itself, elsewhere the Landratsamt", async ({
  citizen,
}) => {
  const leistung = new Leistungsseite(citizen);
  await citizen.goto("/de/leistungen/baugenehmigung-beantragen");
  await leistung.ortEingeben("Freiberg");
  // "Freiberg" is also an Ortsteil of Adorf/Vogtl.: the citizen picks the town.
  await leistung.ortWaehlen(/^Freiberg$/);
  await leistung.erwarteZustaendigeStelle(
    "Stadtverwaltung Freiberg",
    "Freiberg (Landkreis Mittelsachsen)",
  );

  await citizen.goto("/de/leistungen/baugenehmigung-beantragen");
  await leistung.ortEingeben("Amtsberg");
  await leistung.erwarteZustaendigeStelle(
    "Landratsamt Erzgebirgskreis",
    "Amtsberg (Erzgebirgskreis)",
  );
});

test("an Ortsteil resolves to its municipality; a shared name or postal code offers a choice", async ({
  citizen,
}) => {
  const leistung = new Leistungsseite(citizen);
  await citizen.goto("/de/leistungen/personalausweis-beantragen");
  await leistung.ortEingeben("Adelsberg");
  await leistung.erwarteZustaendigeStelle(
    "Stadtverwaltung Chemnitz",
    "Chemnitz (Kreisfreie Stadt Chemnitz)",
  );

  // "Auerbach" is a municipality in the Erzgebirgskreis, an Ortsteil of Zwickau and, without its
  // addition, Auerbach/Vogtl.: the finder asks, the exact names first.
  await citizen.goto("/de/leistungen/personalausweis-beantragen");
  await leistung.ortEingeben("Auerbach");
  await expect(citizen.getByTestId("ortsauswahl").getByRole("link")).toHaveText([
    "Auerbach",
    "Auerbach (Ortsteil von Zwickau)",
    "Auerbach/Vogtl.",
  ]);
  await leistung.ortWaehlen("Auerbach/Vogtl.");
  await leistung.erwarteZustaendigeStelle("Stadtverwaltung Auerbach/Vogtl.", "Auerbach/Vogtl.");

  // 01796 covers Dohma, Pirna and Struppen: the citizen chooses.
  await citizen.goto("/de/leistungen/personalausweis-beantragen");
  await leistung.ortEingeben("01796");
  await expect(citizen.getByTestId("ortsauswahl").getByRole("link")).toHaveCount(3);
  await expectAccessible(citizen);
  await leistung.ortWaehlen(/Pirna/);
  await leistung.erwarteZustaendigeStelle("Stadtverwaltung Pirna", "Pirna");
});

test("a municipal task stays with the municipality even inside a Verwaltungsgemeinschaft", async ({
  citizen,
}) => {
  const leistung = new Leistungsseite(citizen);
  await citizen.goto("/de/leistungen/hundesteuer-anmelden");
  await leistung.ortEingeben("Niederwürschnitz");
  await leistung.erwarteZustaendigeStelle(
    "Gemeindeverwaltung Niederwürschnitz",
    "Niederwürschnitz",
  );
});

test("a state task goes to the state authority from anywhere", async ({ citizen }) => {
  const leistung = new Leistungsseite(citizen);
  await citizen.goto("/de/leistungen/approbation-arzt-auslaendische-qualifikation");
  await leistung.ortEingeben("Leipzig");
  await leistung.erwarteZustaendigeStelle(/Landesdirektion Sachsen/, "Leipzig");
});

test("the English portal shows English text and marks German fallbacks", async ({ citizen }) => {
  await citizen.goto("/en/leistungen/personalausweis-beantragen");
  await expect(citizen.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    citizen.getByRole("heading", { level: 2, name: "Responsible authority" }),
  ).toBeVisible();
  await expectAccessible(citizen);
});
