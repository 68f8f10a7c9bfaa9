import { expect, expectAccessible, test } from "../support/fixtures";
import { Leistungsseite } from "../support/pages";

// The place that decides and the cases of a responsibility rule, as the seed has them:
// - a no-parking zone for a move ("Halteverbot") is a matter for the municipality on municipal
//   roads and for the district on federal, state and district roads: two cases, decided by where
//   the zone is ("grundstueck");
// - a death is registered where it occurred ("ereignisort").

test("the place question names the place that decides, in both languages", async ({ citizen }) => {
  await citizen.goto("/de/leistungen/halteverbot-fuer-umzug-beantragen");
  await expect(citizen.getByLabel("Wo liegt das Grundstück?")).toBeVisible();
  await citizen.goto("/en/leistungen/halteverbot-fuer-umzug-beantragen");
  await expect(citizen.getByLabel("Where is the property?")).toBeVisible();
  await citizen.goto("/de/leistungen/sterbefall-anzeigen");
  await expect(citizen.getByLabel(/^Wo ist das Ereignis eingetreten/)).toBeVisible();
  await expectAccessible(citizen);
  // The finder form asks the same when it has to ask again.
  await citizen.goto("/de/leistungen/sterbefall-anzeigen/zustaendig?ort=");
  await expect(citizen.getByLabel(/^Wo ist das Ereignis eingetreten/)).toBeVisible();
  await citizen.goto("/en/leistungen/sterbefall-anzeigen/zustaendig?ort=");
  await expect(citizen.getByLabel(/^Where did the event take place/)).toBeVisible();
});

test("the result line says which place it is responsible for", async ({ citizen }) => {
  const leistung = new Leistungsseite(citizen);
  await citizen.goto("/de/leistungen/sterbefall-anzeigen");
  await leistung.ortEingeben("Görlitz");
  await leistung.erwarteZustaendigeStelle(
    "Stadtverwaltung Görlitz",
    "Zuständig für Ereignisse in Görlitz (Landkreis Görlitz)",
  );
});

test("several cases: each authority under its condition; one authority when all cases lead to it", async ({
  citizen,
}) => {
  // Niederwürschnitz: municipal roads go to the seat of its Verwaltungsgemeinschaft (Lugau),
  // other roads to the Landratsamt.
  await citizen.goto("/de/leistungen/halteverbot-fuer-umzug-beantragen/in/14521430");
  await expect(citizen.getByTestId("zustaendig-fuer")).toHaveText(
    "Zuständig für Grundstücke in Niederwürschnitz (Erzgebirgskreis)",
  );
  const faelle = citizen.getByTestId("fall");
  await expect(faelle).toHaveCount(2);
  await expect(faelle.nth(0).getByTestId("bedingung")).toHaveText(/^Für Gemeindestraßen/);
  await expect(faelle.nth(0).getByTestId("behoerde").getByRole("heading").first()).toHaveText(
    "Stadtverwaltung Lugau/Erzgeb.",
  );
  await expect(faelle.nth(1).getByTestId("bedingung")).toHaveText(
    /^Für Bundes-, Staats- und Kreisstraßen/,
  );
  await expect(faelle.nth(1).getByTestId("behoerde").getByRole("heading").first()).toHaveText(
    "Landratsamt Erzgebirgskreis",
  );
  // The conditions are headings (level 3), the authorities' names below them (level 4).
  await expect(
    citizen.getByRole("heading", { level: 3, name: /^Für Gemeindestraßen/ }),
  ).toBeVisible();
  await expect(
    citizen.getByRole("heading", { level: 4, name: "Landratsamt Erzgebirgskreis" }),
  ).toBeVisible();
  await expectAccessible(citizen);

  // Dresden is municipality and district at once: one authority, no conditions.
  await citizen.goto("/de/leistungen/halteverbot-fuer-umzug-beantragen/in/14612000");
  await expect(citizen.getByTestId("zustaendig-fuer")).toHaveText(
    "Zuständig für Grundstücke in Dresden (Kreisfreie Stadt Dresden)",
  );
  await expect(citizen.getByTestId("fall")).toHaveCount(0);
  await expect(citizen.getByTestId("behoerde")).toHaveCount(1);
  await expect(citizen.getByTestId("behoerde").getByRole("heading").first()).toHaveText(
    "Stadtverwaltung Dresden",
  );
});

test("the English page gives the conditions in English, a German one marked as German", async ({
  citizen,
}) => {
  await citizen.goto("/en/leistungen/halteverbot-fuer-umzug-beantragen/in/14521430");
  await expect(citizen.getByTestId("zustaendig-fuer")).toHaveText(
    "Responsible for properties in Niederwürschnitz (Erzgebirgskreis)",
  );
  const bedingungen = citizen.getByTestId("bedingung");
  await expect(bedingungen).toHaveCount(2);
  await expect(bedingungen.nth(0)).toHaveText(/^For municipal roads/);
  for (const bedingung of await bedingungen.all()) {
    // An English condition carries no lang; one the seed has only in German carries lang="de".
    const englisch = /^For /.test((await bedingung.textContent()) ?? "");
    expect(await bedingung.getAttribute("lang")).toBe(englisch ? null : "de");
  }
  // Choosing another place asks the same question again.
  await expect(citizen.getByLabel("Where is the property?")).toBeAttached();
  await expectAccessible(citizen);
});
