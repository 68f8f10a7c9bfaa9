import type { Database } from "@portal/db/client";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listLeistungenByLebenslage } from "../src/queries/leistungen.ts";
import { findOrganisationseinheit } from "../src/queries/organisationseinheiten.ts";
import { resyncKatalog, verarbeiteCmsEreignis } from "../src/services/sync.ts";
import { cmsAusSpeicher, cmsLeistung, createKatalogTestDatabase } from "../src/testing.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createKatalogTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const lebenslage = (documentId: string, felder: Record<string, unknown> = {}) => ({
  documentId,
  locale: "de",
  slug: documentId,
  titel: `Lebenslage ${documentId}`,
  ...felder,
});

/** Everything the read model holds, to compare before and after. */
async function zustand() {
  const tabellen = [
    "leistung",
    "organisationseinheit",
    "lebenslage",
    "leistung_lebenslage",
    "seite",
    "meldung",
    "zustaendigkeit",
  ];
  const out: Record<string, unknown> = {};
  for (const t of tabellen) {
    const { rows } = await db.execute(sql.raw(`select * from ${t} order by 1, 2`));
    out[t] = rows.map((r) => ({ ...r, aktualisiert_am: undefined }));
  }
  out.suchwort = (await db.execute(sql`select wort from suchwort order by wort`)).rows;
  return out;
}

describe("resyncKatalog", () => {
  it("replaces the read model and materialises the Zuständigkeiten in one go", async () => {
    const cms = cmsAusSpeicher({
      leistungen: [
        cmsLeistung("hundesteuer"),
        cmsLeistung("reisepass", { titel: "Reisepass beantragen" }),
      ],
      lebenslagen: [lebenslage("tiere")],
    });
    const { counts } = await resyncKatalog(db, cms);
    expect(counts).toMatchObject({ leistungen: 2, lebenslagen: 1, zustaendigkeiten: 2 * 418 });
  });

  it("that fails midway leaves the read model exactly as it was", async () => {
    const vorher = await zustand();
    // Two documents with the same slug: the second insert fails after the old rows are deleted.
    const cms = cmsAusSpeicher({
      leistungen: [
        cmsLeistung("neu-1", { slug: "doppelt" }),
        cmsLeistung("neu-2", { slug: "doppelt" }),
      ],
      lebenslagen: [],
    });
    await expect(resyncKatalog(db, cms)).rejects.toThrow();
    expect(await zustand()).toEqual(vorher);
  });

  it("with the CMS down changes nothing", async () => {
    const vorher = await zustand();
    const cms = cmsAusSpeicher({});
    cms.ausfall = true;
    await expect(resyncKatalog(db, cms)).rejects.toThrow("CMS down");
    expect(await zustand()).toEqual(vorher);
  });
});

describe("verarbeiteCmsEreignis", () => {
  it("brings a Lebenslage-side edit of the relation to the portal", async () => {
    const cms = cmsAusSpeicher({
      leistungen: [cmsLeistung("hundesteuer"), cmsLeistung("reisepass")],
      lebenslagen: [lebenslage("tiere", { leistungen: [{ documentId: "hundesteuer" }] })],
    });
    const tags = await verarbeiteCmsEreignis(db, cms, { model: "lebenslage", documentId: "tiere" });
    expect(tags).toContain("lebenslagen");
    const treffer = await listLeistungenByLebenslage(db, {
      lebenslageDocumentId: "tiere",
      locale: "de",
    });
    expect(treffer.map((t) => t.documentId)).toEqual(["hundesteuer"]);

    // The editor removes it again, on the Lebenslage.
    cms.dokumente.lebenslagen = [lebenslage("tiere", { leistungen: [] })];
    await verarbeiteCmsEreignis(db, cms, { model: "lebenslage", documentId: "tiere" });
    expect(
      await listLeistungenByLebenslage(db, { lebenslageDocumentId: "tiere", locale: "de" }),
    ).toEqual([]);
  });

  it("moves children named on the parent", async () => {
    const cms = cmsAusSpeicher({
      lebenslagen: [lebenslage("kind"), lebenslage("eltern", { kinder: [{ documentId: "kind" }] })],
    });
    await verarbeiteCmsEreignis(db, cms, { model: "lebenslage", documentId: "kind" });
    await verarbeiteCmsEreignis(db, cms, { model: "lebenslage", documentId: "eltern" });
    const { rows } = await db.execute<{ parent: string | null }>(
      sql`select parent_document_id as parent from lebenslage where document_id = 'kind'`,
    );
    expect(rows[0]?.parent).toBe("eltern");
  });

  it("applies a Leistung with its Zuständigkeiten in one transaction, and a failure changes nothing", async () => {
    const cms = cmsAusSpeicher({
      leistungen: [
        cmsLeistung("hundesteuer", {
          zustaendigkeit: { ebene: "kreis", ausnahmen: [], quelle: "Test" },
        }),
      ],
    });
    await verarbeiteCmsEreignis(db, cms, { model: "leistung", documentId: "hundesteuer" });
    const { rows } = await db.execute<{ o: string }>(
      sql`select organisationseinheit as o from zustaendigkeit where leistung_document_id = 'hundesteuer' and gemeinde_ars = '146120000000'`,
    );
    expect(rows[0]?.o).toBe("gv-14612000");

    const vorher = await zustand();
    // A slug another Leistung already has: the upsert fails inside the transaction.
    cms.dokumente.leistungen = [cmsLeistung("hundesteuer", { slug: "reisepass" })];
    await expect(
      verarbeiteCmsEreignis(db, cms, { model: "leistung", documentId: "hundesteuer" }),
    ).rejects.toThrow();
    expect(await zustand()).toEqual(vorher);
  });

  it("writes an authority whose fax field holds text with no fax number", async () => {
    const cms = cmsAusSpeicher({
      organisationseinheiten: [
        {
          documentId: "goerlitz",
          schluessel: "gv-14626110",
          name: "Stadtverwaltung Görlitz",
          art: "stadtverwaltung",
          gemeindeAgs: "14626110",
          gebietArs: "146260110110",
          telefon: "03581 670",
          telefax: "03581 kein Anschluss",
          lat: 51.15,
          lon: 14.99,
        },
      ],
    });
    await verarbeiteCmsEreignis(db, cms, { model: "organisationseinheit", documentId: "goerlitz" });
    expect(await findOrganisationseinheit(db, { schluessel: "gv-14626110" })).toMatchObject({
      telefon: "03581 670",
      telefax: null,
    });
  });

  it("ignores models the portal does not mirror", async () => {
    expect(
      await verarbeiteCmsEreignis(db, cmsAusSpeicher({}), {
        model: "redaktionszuordnung",
        documentId: "x",
      }),
    ).toEqual([]);
  });
});
