import type { Database } from "@portal/db/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LeistungVersion, replaceKatalog, replaceLeistung } from "../src/queries/katalog.ts";
import { findZustaendigeStellen } from "../src/queries/zustaendigkeit.ts";
import { materialisiereZustaendigkeiten } from "../src/services/zustaendigkeit.ts";
import { createKatalogTestDatabase as createTestDatabase } from "../src/testing.ts";
import type { Leistungsmodule, Zustaendigkeitsregel } from "../src/types.ts";

let db: Database;
let drop: () => Promise<void>;

const module: Leistungsmodule = {
  volltext: null,
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
};
const leistung = (documentId: string, zustaendigkeit: Zustaendigkeitsregel): LeistungVersion => ({
  documentId,
  locale: "de",
  slug: documentId,
  leikaSchluessel: "99000000000000",
  titel: documentId,
  bezeichnung: null,
  kurztext: "",
  suchbegriffe: "",
  module,
  zustaendigkeit,
  lebenslagen: [],
});

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
  await replaceKatalog(db, {
    leistungen: [
      leistung("hundesteuer", { ebene: "gemeinde", ausnahmen: [] }),
      leistung("personalausweis", { ebene: "verwaltungsgemeinschaft", ausnahmen: [] }),
      leistung("zulassung", { ebene: "kreis", ausnahmen: [] }),
      leistung("baugenehmigung", {
        ebene: "kreis",
        ausnahmen: [
          {
            gebietArs: "145220180180",
            organisationseinheit: "gv-14522180",
            grund: "Große Kreisstadt",
          },
        ],
      }),
      leistung("anerkennung", { ebene: "land", organisationseinheit: "land-lds", ausnahmen: [] }),
    ],
    organisationseinheiten: [],
    lebenslagen: [],
    seiten: [],
    meldungen: [],
  });
  await materialisiereZustaendigkeiten(db);
});
afterAll(() => drop());

const stelle = async (leistungDocumentId: string, ags: string) =>
  (await findZustaendigeStellen(db, { leistungDocumentId, ags }))[0]?.organisationseinheit ?? null;

describe("materialisiereZustaendigkeiten", () => {
  it("covers every Leistung in all 418 municipalities", async () => {
    const { rows } = await db.$client.query("select count(*)::int as n from zustaendigkeit");
    expect(rows[0].n).toBe(5 * 418);
  });

  it("sends Gemeinde tasks to the municipality itself, even in a Verwaltungsgemeinschaft", async () => {
    expect(await stelle("hundesteuer", "14521430")).toBe("gv-14521430"); // Niederwürschnitz
  });

  it("sends Weisungsaufgaben of a VG member to the erfüllende Gemeinde", async () => {
    expect(await stelle("personalausweis", "14521430")).toBe("gv-14521380"); // Niederwürschnitz → Lugau
    expect(await stelle("personalausweis", "14521380")).toBe("gv-14521380"); // Lugau itself
  });

  it("sends Weisungsaufgaben of a Verwaltungsverband member to the Verband", async () => {
    expect(await stelle("personalausweis", "14730360")).toBe("vv-147305601"); // Zschepplin → VV Eilenburg-West
  });

  it("keeps Weisungsaufgaben of a verbandsfreie Gemeinde at home", async () => {
    expect(await stelle("personalausweis", "14521010")).toBe("gv-14521010"); // Amtsberg
  });

  it("sends Kreis tasks to the Landratsamt, or to the kreisfreie Stadt itself", async () => {
    expect(await stelle("zulassung", "14521010")).toBe("lra-14521");
    expect(await stelle("zulassung", "14713000")).toBe("gv-14713000"); // Leipzig
  });

  it("applies explicit exceptions for a Große Kreisstadt and nowhere else", async () => {
    expect(await stelle("baugenehmigung", "14522180")).toBe("gv-14522180"); // Freiberg
    expect(await stelle("baugenehmigung", "14521020")).toBe("lra-14521"); // Annaberg-Buchholz: not listed
  });

  it("sends Land tasks to the named state authority everywhere", async () => {
    expect(await stelle("anerkennung", "14612000")).toBe("land-lds");
  });

  it("recomputes only the changed Leistung", async () => {
    await replaceLeistung(db, {
      documentId: "hundesteuer",
      versions: [leistung("hundesteuer", { ebene: "kreis", ausnahmen: [] })],
    });
    await materialisiereZustaendigkeiten(db, { leistungDocumentIds: ["hundesteuer"] });
    expect(await stelle("hundesteuer", "14521430")).toBe("lra-14521");
    expect(await stelle("personalausweis", "14521430")).toBe("gv-14521380");
  });
});
