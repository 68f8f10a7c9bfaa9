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

// The seed gives the no-parking zone a second case (federal, state and district roads → the
// Landratsamt), but the CMS does not deliver further cases yet (apps/cms leistung controller:
// `weitereFaelle` is left out of `populate` until the component has them, commit 842c356), so
// the read model has one case per rule and the page shows one authority, without conditions.
// The rendering of several cases, with their conditions and their language, is covered by
// apps/web/src/components/zustaendige-stelle.test.tsx with a hand-written rule. Once the CMS
// delivers them, Niederwürschnitz shows two cases: "Für Gemeindestraßen …" → Stadtverwaltung
// Lugau/Erzgeb., "Für Bundes-, Staats- und Kreisstraßen …" → Landratsamt Erzgebirgskreis.
test("a rule with one case in the read model: one authority, the place that decides named", async ({
  citizen,
}) => {
  await citizen.goto("/de/leistungen/halteverbot-fuer-umzug-beantragen/in/14521430");
  await expect(citizen.getByTestId("zustaendig-fuer")).toHaveText(
    "Zuständig für Grundstücke in Niederwürschnitz (Erzgebirgskreis)",
  );
  await expect(citizen.getByTestId("fall")).toHaveCount(0);
  await expect(citizen.getByTestId("behoerde")).toHaveCount(1);
  await expect(citizen.getByTestId("behoerde").getByRole("heading").first()).toHaveText(
    "Stadtverwaltung Lugau/Erzgeb.",
  );
  await expectAccessible(citizen);

  await citizen.goto("/en/leistungen/halteverbot-fuer-umzug-beantragen/in/14521430");
  await expect(citizen.getByTestId("zustaendig-fuer")).toHaveText(
    "Responsible for properties in Niederwürschnitz (Erzgebirgskreis)",
  );
  await expect(citizen.getByTestId("behoerde")).toHaveCount(1);
  // Choosing another place asks the same question again.
  await expect(citizen.getByLabel("Where is the property?")).toBeAttached();
  await expectAccessible(citizen);
});
