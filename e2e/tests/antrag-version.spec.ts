import { CMS_TYPES, CmsAdmin } from "../support/cms-admin";
import { env, expect, expectAccessible, test } from "../support/fixtures";
import { meldeAn, neueAdresse, PASSWORT, registriereUndBestaetige } from "../support/konto";

// "Drafts that survive change": a citizen leaves a Bewohnerparkausweis draft; an editor publishes
// a new version of the form in the real CMS in which one answered question is asked differently;
// back in the draft, the citizen is told exactly that answer must be given again, and every other
// answer is still there. The form is published back as it was at the end.

const { formular: FORMULAR } = CMS_TYPES;

type Feld = { id: string; typ: string; label: { de: string; en: string } };
type Definition = { seiten: { id: string; felder: Feld[] }[] };

test("a new form version while a draft is open: compatible answers kept, the changed one named", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = neueAdresse("parkausweis");
  await registriereUndBestaetige(page, email);
  await meldeAn(page, email, PASSWORT);
  await expect(page).toHaveURL(/\/de\/konto$/);

  await page.goto("/de/antrag/bewohnerparkausweis");
  await page.getByRole("button", { name: "Antrag beginnen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Angaben");
  await page.getByLabel("Vorname(n)").fill("Jürgen");
  await page.getByLabel("Familienname").fill("Ødegård");
  await page.getByLabel("Straße und Hausnummer").fill("Louisenstraße 3");
  await page.getByLabel("Postleitzahl").fill("01099");
  await page.getByLabel("Ort").fill("Dresden");
  await page
    .getByRole("group", { name: /Hauptwohnung/ })
    .getByLabel("Ja")
    .check();
  await page.getByLabel("Bewohnerparkgebiet (optional)").fill("Äußere Neustadt");
  await page.getByRole("button", { name: "Speichern und später fortsetzen" }).click();
  await expect(page.getByText("Ihr Entwurf ist in Ihrem Servicekonto gespeichert.")).toBeVisible();

  // The editor asks for the parking zone's number instead of its name, and publishes.
  const land = await CmsAdmin.login(env.cmsUrl, env.editorEmail, env.editorPassword);
  const { documentId } = await land.findDocument(FORMULAR, "schluessel", "bewohnerparkausweis");
  const vorher = await land.getDocument(FORMULAR, documentId);
  const definition = structuredClone(vorher.definition) as Definition;
  const feld = definition.seiten
    .flatMap((s) => s.felder)
    .find((f) => f.id === "parkgebiet") as Feld & Record<string, unknown>;
  // A number has no text length or pattern (the CMS refuses them on it).
  for (const regel of ["minLaenge", "maxLaenge", "muster", "mehrzeilig"]) delete feld[regel];
  feld.typ = "ganzzahl";
  feld.label = {
    de: "Nummer des Bewohnerparkgebiets (optional)",
    en: "Number of the residents' parking zone (optional)",
  };
  const veroeffentliche = async (def: unknown) => {
    const res = await land.send(
      "POST",
      `/content-manager/collection-types/${FORMULAR}/${documentId}/actions/publish`,
      { titel: vorher.titel, schluessel: vorher.schluessel, definition: def },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  await veroeffentliche(definition);

  try {
    // Back in the draft (from "Meine Anträge"), once the portal has the new version.
    await expect(async () => {
      await page.goto("/de/konto/antraege");
      await page
        .getByTestId("entwurf")
        .getByRole("link", { name: "Bewohnerparkausweis beantragen" })
        .click();
      await expect(page.getByTestId("neue-version")).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    const hinweis = page.getByTestId("neue-version");
    await expect(hinweis).toContainText("Das Formular wurde geändert");
    await expect(hinweis.getByRole("listitem")).toHaveCount(1);
    await expect(hinweis.getByRole("listitem")).toHaveText(
      "Nummer des Bewohnerparkgebiets (optional) (die Frage wird jetzt anders gestellt)",
    );
    await expectAccessible(page);
    await page.getByRole("button", { name: "Mit dem geänderten Formular weitermachen" }).click();

    // Every other answer is kept; the changed question is empty and asked in its new form.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Angaben");
    await expect(page.getByLabel("Vorname(n)")).toHaveValue("Jürgen");
    await expect(page.getByLabel("Familienname")).toHaveValue("Ødegård");
    await expect(page.getByLabel("Postleitzahl")).toHaveValue("01099");
    await expect(page.getByRole("group", { name: /Hauptwohnung/ }).getByLabel("Ja")).toBeChecked();
    await expect(page.getByLabel("Nummer des Bewohnerparkgebiets (optional)")).toHaveValue("");
    await expect(page.getByTestId("neue-version")).toHaveCount(0);
  } finally {
    await veroeffentliche(vorher.definition);
  }
});
