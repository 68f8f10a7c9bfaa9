import type { Database } from "@portal/db/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type LeistungVersion,
  refreshSuchwort,
  replaceKatalog,
  replaceLeistung,
} from "../src/queries/katalog.ts";
import { searchLeistungen } from "../src/queries/leistungen.ts";
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

const titles = async (query: string, locale: "de" | "en" = "de") =>
  (await searchLeistungen(db, { query, locale, limit: 20, offset: 0 })).treffer.map((t) => t.titel);

describe("searchLeistungen", () => {
  it("finds by German full-text search, stemmed", async () => {
    expect(await titles("Hunde")).toEqual(["Hund anmelden (Hundesteuer)"]);
    expect(await titles("Personalausweise")).toEqual(["Personalausweis beantragen"]);
  });

  it("corrects typos against the catalogue's words and marks the result as fuzzy", async () => {
    const result = await searchLeistungen(db, {
      query: "Persoanlausweis",
      locale: "de",
      limit: 20,
      offset: 0,
    });
    expect(result.unscharf).toBe(true);
    expect(result.treffer.map((t) => t.titel)).toEqual(["Personalausweis beantragen"]);
    expect(await titles("Reisepas")).toEqual(["Reisepass beantragen"]);
  });

  it("matches word beginnings", async () => {
    expect(await titles("Reisep")).toEqual(["Reisepass beantragen"]);
  });

  it("answers the English portal in English where a translation exists, else in German", async () => {
    const treffer = (
      await searchLeistungen(db, { query: "Personalausweis", locale: "en", limit: 20, offset: 0 })
    ).treffer;
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
      const result = await searchLeistungen(db, { query, locale: "de", limit: 20, offset: 0 });
      expect(result.treffer, query).toEqual([]);
    }
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
