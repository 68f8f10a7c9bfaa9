import type { Database } from "@portal/db/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type LeistungVersion,
  refreshSuchwort,
  replaceKatalog,
  replaceLeistung,
} from "../src/queries/katalog.ts";
import { sucheLeistungen } from "../src/services/suche.ts";
import { createKatalogTestDatabase as createTestDatabase } from "../src/testing.ts";
import type { Leistungsmodule } from "../src/types.ts";

let db: Database;
let drop: () => Promise<void>;

const module = (volltext: string): Leistungsmodule => ({
  volltext,
  voraussetzungen: null,
  unterlagen: null,
  gebuehren: [],
  zahlungshinweis: null,
  fristen: null,
  bearbeitungsdauer: null,
  verfahrensablauf: null,
  rechtsgrundlagen: [],
  hinweise: null,
  weiterfuehrendeInformationen: [],
  formulare: [],
  freigabe: null,
});
const leistung = (
  documentId: string,
  locale: string,
  titel: string,
  suchbegriffe = "",
  volltext = "",
): LeistungVersion => ({
  documentId,
  locale,
  slug: documentId,
  leikaSchluessel: "99000000000000",
  titel,
  bezeichnung: null,
  kurztext: `${titel}.`,
  suchbegriffe,
  module: module(volltext),
  zustaendigkeit: { ebene: "gemeinde", ausnahmen: [] },
  lebenslagen: [],
});

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  await replaceKatalog(db, {
    leistungen: [
      leistung(
        "personalausweis",
        "de",
        "Personalausweis beantragen",
        "Perso, Ausweis",
        "Den Personalausweis beantragen Sie bei der Gemeinde.",
      ),
      leistung("personalausweis", "en", "Apply for an identity card"),
      leistung("reisepass", "de", "Reisepass beantragen", "Pass", "Für Reisen ins Ausland."),
      leistung(
        "hundesteuer",
        "de",
        "Hund anmelden (Hundesteuer)",
        "Hundesteuer",
        "Wer einen Hund hält, meldet ihn an.",
      ),
    ],
    organisationseinheiten: [],
    lebenslagen: [],
    seiten: [],
    meldungen: [],
  });
  await refreshSuchwort(db);
});
afterAll(() => drop());

const suche = (anfrage: string, sprache: "de" | "en" = "de", limit = 20, offset = 0) =>
  sucheLeistungen(db, { anfrage, sprache, limit, offset });
const titles = async (query: string, locale: "de" | "en" = "de") =>
  (await suche(query, locale)).treffer.map((t) => t.titel);

describe("sucheLeistungen", () => {
  it("finds by German full-text search, stemmed", async () => {
    expect(await titles("Hunde")).toEqual(["Hund anmelden (Hundesteuer)"]);
    expect(await titles("Personalausweise")).toEqual(["Personalausweis beantragen"]);
  });

  it("corrects typos against the catalogue's words and marks the result as fuzzy", async () => {
    const result = await suche("Persoanlausweis");
    expect(result.unscharf).toBe(true);
    expect(result.treffer.map((t) => t.titel)).toEqual(["Personalausweis beantragen"]);
    expect(await titles("Reisepas")).toEqual(["Reisepass beantragen"]);
  });

  it("matches word beginnings", async () => {
    expect(await titles("Reisep")).toEqual(["Reisepass beantragen"]);
  });

  it("answers the English portal in English where a translation exists, else in German", async () => {
    const treffer = (await suche("Personalausweis", "en")).treffer;
    expect(treffer.map((t) => [t.titel, t.locale])).toEqual([["Apply for an identity card", "en"]]);
    expect(await titles("Reisepass", "en")).toEqual(["Reisepass beantragen"]);
  });

  it("finds nothing, safely, for hostile or meaningless input", async () => {
    for (const query of [
      "'; drop table leistung; --",
      "<script>",
      ":* & | !",
      "🐕",
      "x".repeat(200),
      "%_",
    ]) {
      const result = await suche(query);
      expect(result.treffer, query).toEqual([]);
    }
  });

  it("counts every hit and pages through them, exact and corrected alike", async () => {
    const exakt = [await suche("beantragen", "de", 1, 0), await suche("beantragen", "de", 1, 1)];
    expect(exakt.map((r) => [r.gesamt, r.unscharf, r.treffer.length])).toEqual([
      [2, false, 1],
      [2, false, 1],
    ]);
    expect(new Set(exakt.flatMap((r) => r.treffer.map((t) => t.titel))).size).toBe(2);
    // Past the last page: no hits, but the total stays, and no fallback to the corrected search.
    expect(await suche("beantragen", "de", 1, 5)).toEqual({
      treffer: [],
      gesamt: 2,
      unscharf: false,
    });
    // Page 2 of a corrected result is page 2 of the corrected search, not an empty exact one.
    const unscharf = [await suche("beantragn", "de", 1, 0), await suche("beantragn", "de", 1, 1)];
    expect(unscharf.map((r) => [r.gesamt, r.unscharf, r.treffer.length])).toEqual([
      [2, true, 1],
      [2, true, 1],
    ]);
    expect(unscharf.map((r) => r.treffer[0]?.titel)).toEqual(exakt.map((r) => r.treffer[0]?.titel));
  });

  it("keeps the vocabulary in step with published changes", async () => {
    await replaceLeistung(db, {
      documentId: "reisepass",
      versions: [leistung("reisepass", "de", "Kinderreisepass verlängern")],
    });
    await refreshSuchwort(db);
    expect(await titles("Kinderreisepas")).toEqual(["Kinderreisepass verlängern"]);
  });
});
