import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  istZurueckgezogen,
  ladeFormular,
  listAktuelleFormulare,
  listFormulareFuerLeistung,
  resyncFormulare,
  verarbeiteFormularEreignis,
} from "../src/server.ts";
import { cmsFormular, cmsMitFormularen } from "../src/testing.ts";

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const ereignis = (documentId: string) => ({ model: "formular", documentId });

describe("forms follow the CMS", () => {
  it("stores a published Formular as version 1 with its Leistung, and nothing new when re-sent unchanged", async () => {
    const cms = cmsMitFormularen([cmsFormular("meldebescheinigung", "doc-mb")]);
    expect(await verarbeiteFormularEreignis(db, cms, ereignis("doc-mb"))).toEqual({
      art: "veroeffentlicht",
      schluessel: "meldebescheinigung",
      version: 1,
      neu: true,
    });
    expect(await verarbeiteFormularEreignis(db, cms, ereignis("doc-mb"))).toMatchObject({
      version: 1,
      neu: false,
    });
    const def = await ladeFormular(db, { schluessel: "meldebescheinigung" });
    expect(def).toMatchObject({ leistung: "meldebescheinigung-beantragen", version: 1 });
    expect(def?.seiten.map((s) => s.id)).toEqual([
      "art",
      "person",
      "umfang",
      "zweck",
      "zustellung",
    ]);
    const fuerLeistung = await listFormulareFuerLeistung(db, {
      leistung: "meldebescheinigung-beantragen",
    });
    expect(fuerLeistung.map((f) => [f.schluessel, f.cmsDocumentId])).toEqual([
      ["meldebescheinigung", "doc-mb"],
    ]);
  });

  it("adds version 2 for a changed definition and keeps version 1 as it was", async () => {
    const geaendert = cmsFormular("meldebescheinigung", "doc-mb");
    (geaendert.definition as { titel: unknown }).titel = {
      de: "Meldebescheinigung anfordern",
      en: "Request a certificate of residence",
    };
    const cms = cmsMitFormularen([geaendert]);
    expect(await verarbeiteFormularEreignis(db, cms, ereignis("doc-mb"))).toMatchObject({
      version: 2,
      neu: true,
    });
    expect(
      (await ladeFormular(db, { schluessel: "meldebescheinigung", version: 1 }))?.titel.de,
    ).toBe("Meldebescheinigung beantragen");
    expect((await ladeFormular(db, { schluessel: "meldebescheinigung" }))?.titel.de).toBe(
      "Meldebescheinigung anfordern",
    );
  });

  it("stores nothing for a broken definition published past the CMS's check, and keeps offering the last good version", async () => {
    const kaputt = cmsFormular("meldebescheinigung", "doc-mb");
    const seiten = (kaputt.definition as { seiten: Record<string, unknown>[] }).seiten;
    seiten[2] = { ...seiten[2], bedingung: { feld: "gibtEsNicht", ist: "x" } };
    const ergebnis = await verarbeiteFormularEreignis(
      db,
      cmsMitFormularen([kaputt]),
      ereignis("doc-mb"),
    );
    expect(ergebnis).toMatchObject({
      art: "abgelehnt",
      fehler: [{ pfad: "definition.seiten.2.bedingung.feld", code: "bedingung.unbekannt" }],
    });
    expect((await ladeFormular(db, { schluessel: "meldebescheinigung" }))?.version).toBe(2);
    expect(await istZurueckgezogen(db, { schluessel: "meldebescheinigung" })).toBe(false);
  });

  it("withdraws an unpublished Formular without touching its versions, and offers it again when republished", async () => {
    const cms = cmsMitFormularen([]);
    expect(await verarbeiteFormularEreignis(db, cms, ereignis("doc-mb"))).toEqual({
      art: "zurueckgezogen",
      schluessel: ["meldebescheinigung"],
    });
    expect(await ladeFormular(db, { schluessel: "meldebescheinigung" })).toBeNull();
    // Drafts and applications still read the version they were filled in.
    expect(
      (await ladeFormular(db, { schluessel: "meldebescheinigung", version: 2 }))?.version,
    ).toBe(2);
    expect(
      await listFormulareFuerLeistung(db, { leistung: "meldebescheinigung-beantragen" }),
    ).toEqual([]);

    const geaendert = cmsFormular("meldebescheinigung", "doc-mb");
    (geaendert.definition as { titel: unknown }).titel = {
      de: "Meldebescheinigung anfordern",
      en: "Request a certificate of residence",
    };
    cms.formulare.push(geaendert);
    expect(await verarbeiteFormularEreignis(db, cms, ereignis("doc-mb"))).toMatchObject({
      art: "veroeffentlicht",
      version: 2,
      neu: false,
    });
    expect((await ladeFormular(db, { schluessel: "meldebescheinigung" }))?.version).toBe(2);
  });

  it("withdraws a Formular whose Leistung is no longer published, and the old key when the key changes", async () => {
    const ohneLeistung = cmsMitFormularen([
      cmsFormular("hundesteuer", "doc-hund", { leistung: null }),
    ]);
    expect(await verarbeiteFormularEreignis(db, ohneLeistung, ereignis("doc-hund"))).toEqual({
      art: "zurueckgezogen",
      schluessel: [],
    });
    const cms = cmsMitFormularen([cmsFormular("hundesteuer", "doc-hund")]);
    expect(await verarbeiteFormularEreignis(db, cms, ereignis("doc-hund"))).toMatchObject({
      art: "veroeffentlicht",
      schluessel: "hundesteuer-anmeldung",
      version: 1,
    });
    cms.formulare[0] = cmsFormular("hundesteuer", "doc-hund", { schluessel: "hund-anmelden" });
    expect(await verarbeiteFormularEreignis(db, cms, ereignis("doc-hund"))).toMatchObject({
      schluessel: "hund-anmelden",
      version: 1,
    });
    expect(await istZurueckgezogen(db, { schluessel: "hundesteuer-anmeldung" })).toBe(true);
    expect(await ladeFormular(db, { schluessel: "hundesteuer-anmeldung" })).toBeNull();
    expect((await ladeFormular(db, { schluessel: "hund-anmelden" }))?.leistung).toBe(
      "hundesteuer-anmelden",
    );
  });

  it("ignores other models and leaves everything as it was when the CMS is down", async () => {
    const cms = cmsMitFormularen([]);
    expect(
      await verarbeiteFormularEreignis(db, cms, { model: "leistung", documentId: "x" }),
    ).toBeNull();
    cms.ausfall = true;
    await expect(verarbeiteFormularEreignis(db, cms, ereignis("doc-hund"))).rejects.toThrow();
    await expect(resyncFormulare(db, cms)).rejects.toThrow();
    expect((await ladeFormular(db, { schluessel: "hund-anmelden" }))?.version).toBe(1);
  });

  it("resyncs: publishes what the CMS publishes and withdraws every form it does not", async () => {
    const cms = cmsMitFormularen([
      cmsFormular("meldebescheinigung", "doc-mb"),
      cmsFormular("bewohnerparkausweis", "doc-bpa"),
    ]);
    const { counts } = await resyncFormulare(db, cms);
    // The Meldebescheinigung is back to the seed's title (a new version 3); the dog form is gone
    // under both its keys.
    expect(counts).toEqual({ formulare: 2, neueVersionen: 2, abgelehnt: 0, zurueckgezogen: 2 });
    const angeboten = await listAktuelleFormulare(db);
    expect(angeboten.map((f) => [f.schluessel, f.version, f.leistung])).toEqual([
      ["bewohnerparkausweis", 1, "bewohnerparkausweis-beantragen"],
      ["meldebescheinigung", 3, "meldebescheinigung-beantragen"],
    ]);
    expect(await istZurueckgezogen(db, { schluessel: "hund-anmelden" })).toBe(true);
    // A second resync changes nothing.
    expect((await resyncFormulare(db, cms)).counts).toEqual({
      formulare: 2,
      neueVersionen: 0,
      abgelehnt: 0,
      zurueckgezogen: 2,
    });
  });
});
