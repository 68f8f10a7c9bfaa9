import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { mandant, verfahren } from "../src/schema.ts";
import {
  ladeMandant,
  ladeVerfahren,
  listeVerfahren,
  regelnVon,
  synchronisiereBeteiligung,
  verarbeiteBeteiligungsEreignis,
} from "../src/services/verfahren.ts";
import { darf, status } from "../src/types.ts";
import { cmsMandant, cmsMit, cmsPhase, cmsVerfahren } from "./cms-attrappe.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());
beforeEach(async () => {
  await db.delete(verfahren);
  await db.delete(mandant);
});

const bplan = (ueber: Record<string, unknown> = {}) =>
  cmsVerfahren({
    documentId: "v-bplan",
    titel: "Bebauungsplan Nr. 3050 Dresden-Johannstadt",
    slug: "bebauungsplan-nr-3050-dresden-johannstadt",
    art: "bauleitplanung",
    moderation: "vorab",
    dokumente: [],
    phasen: [
      cmsPhase({
        titel: "Öffentliche Auslegung",
        beginn: "2026-11-15T00:00:00+01:00",
        ende: "2027-02-01T00:00:00+01:00",
        kommentieren: "nicht",
        bewerten: "nicht",
        kartenpunkt: "nicht",
        stellungnahme: "konto",
      }),
      cmsPhase({
        titel: "Träger öffentlicher Belange",
        beginn: "2027-02-01T00:00:00+01:00",
        ende: "2027-03-01T00:00:00+01:00",
        publikum: "institutionen",
        kommentieren: "nicht",
        bewerten: "nicht",
        kartenpunkt: "nicht",
        stellungnahme: "konto",
      }),
    ],
    ...ueber,
  });

const leipzig = (ueber: Record<string, unknown> = {}) =>
  cmsVerfahren({
    documentId: "v-spiel",
    titel: "Spielplätze im Leipziger Osten",
    slug: "spielplaetze-im-leipziger-osten",
    art: "umfrage",
    gemeindeAgs: "14713000",
    dokumente: [],
    gebiet: null,
    phasen: [
      cmsPhase({
        titel: "Umfrage",
        beginn: "2026-12-01T00:00:00+01:00",
        ende: "2027-02-01T00:00:00+01:00",
        kommentieren: "nicht",
        bewerten: "nicht",
        kartenpunkt: "nicht",
        umfrage: "anonym",
      }),
    ],
    fragen: [
      {
        id: 3,
        kennung: "haeufigkeit",
        frage: "Wie oft?",
        art: "einfach",
        optionen: ["Oft", "Selten"],
      },
      { id: 4, frage: "Was fehlt?", art: "text", optionen: null },
    ],
    ...ueber,
  });

const ereignis = (model: string, documentId: string) => ({ model, documentId });

describe("the procedures follow the CMS", () => {
  it("writes a published Mandant and Verfahren, and removes them when unpublished or deleted", async () => {
    const cms = cmsMit({ mandanten: [cmsMandant()], beteiligungsverfahren: [cmsVerfahren()] });
    expect(await verarbeiteBeteiligungsEreignis(db, cms, ereignis("mandant", "m-dresden"))).toEqual(
      { model: "mandant", art: "gespeichert", documentId: "m-dresden" },
    );
    await verarbeiteBeteiligungsEreignis(db, cms, ereignis("verfahren", "v-rad"));

    expect(await ladeMandant(db, { gemeindeAgs: "14612000" })).toMatchObject({
      documentId: "m-dresden",
      name: "Landeshauptstadt Dresden",
      ars: "146120000000",
      einbettungsDomains: ["localhost", "127.0.0.1", "www.dresden.de"],
      logoUrl: "/uploads/logo_dresden.png",
      kontaktEmail: "buergerbeteiligung@dresden.de",
    });
    const rad = await ladeVerfahren(db, { slug: "radverkehrskonzept-dresden-2035" });
    expect(rad).toMatchObject({
      documentId: "v-rad",
      gemeindeAgs: "14612000",
      art: "dialog",
      moderation: "nachtraeglich",
      meldeschwelle: 3,
      beschreibung: "## Worum es geht\n\nDas **Radverkehrskonzept**.",
      dokumente: [
        {
          name: "entwurf.pdf",
          url: "/uploads/entwurf.pdf",
          groesseKb: 812.5,
          mime: "application/pdf",
        },
      ],
      gebiet: { type: "Polygon" },
    });
    // Dates as UTC instants; a phase without a `kennung` keyed by its position (never by Strapi's
    // component id, which changes on every publish).
    expect(rad?.phasen).toEqual([
      expect.objectContaining({
        id: "phase-1",
        beginn: "2026-10-31T23:00:00.000Z",
        ende: "2027-06-30T22:00:00.000Z",
      }),
    ]);

    // An edit of the title arrives as an update: the row follows.
    cms.dokumente.beteiligungsverfahren = [cmsVerfahren({ titel: "Radverkehrskonzept 2035+" })];
    await verarbeiteBeteiligungsEreignis(db, cms, ereignis("verfahren", "v-rad"));
    expect((await ladeVerfahren(db, { slug: "radverkehrskonzept-dresden-2035" }))?.titel).toBe(
      "Radverkehrskonzept 2035+",
    );

    // Unpublished (the Content API no longer answers it): gone from the read model.
    cms.dokumente.beteiligungsverfahren = [];
    cms.dokumente.mandanten = [];
    expect(await verarbeiteBeteiligungsEreignis(db, cms, ereignis("verfahren", "v-rad"))).toEqual({
      model: "verfahren",
      art: "entfernt",
      documentId: "v-rad",
      zeilen: 1,
    });
    await verarbeiteBeteiligungsEreignis(db, cms, ereignis("mandant", "m-dresden"));
    expect(await ladeVerfahren(db, { slug: "radverkehrskonzept-dresden-2035" })).toBeNull();
    expect(await ladeMandant(db, { gemeindeAgs: "14612000" })).toBeNull();
  });

  it("ignores other models and retries (throws) when the CMS is down, changing nothing", async () => {
    const cms = cmsMit({ beteiligungsverfahren: [cmsVerfahren()] });
    expect(await verarbeiteBeteiligungsEreignis(db, cms, ereignis("leistung", "v-rad"))).toBeNull();
    await verarbeiteBeteiligungsEreignis(db, cms, ereignis("verfahren", "v-rad"));
    cms.ausfall = true;
    await expect(
      verarbeiteBeteiligungsEreignis(db, cms, ereignis("verfahren", "v-rad")),
    ).rejects.toThrow("CMS down");
    expect(await ladeVerfahren(db, { slug: "radverkehrskonzept-dresden-2035" })).not.toBeNull();
  });

  it("takes no procedure with broken rules or documents: it is skipped, not guessed", async () => {
    const kaputt = [
      cmsVerfahren({ documentId: "a", slug: "a", moderation: "irgendwie" }),
      cmsVerfahren({ documentId: "b", slug: "b", meldeschwelle: 0 }),
      cmsVerfahren({ documentId: "c", slug: "c", gemeindeAgs: "146" }),
      cmsVerfahren({
        documentId: "d",
        slug: "d",
        phasen: [cmsPhase({ beginn: "2027-01-01T00:00:00Z", ende: "2026-01-01T00:00:00Z" })],
      }),
      cmsVerfahren({
        documentId: "e",
        slug: "e",
        dokumente: [
          { name: "x.exe", url: "/uploads/x.exe", size: 1, mime: "application/x-msdownload" },
        ],
      }),
      cmsVerfahren({
        documentId: "f",
        slug: "f",
        gebiet: {
          type: "Polygon",
          coordinates: [
            [
              [13.7, 51],
              [13.8, 51],
              [13.8, 51.1],
            ],
          ],
        },
      }),
      cmsVerfahren({ documentId: "g", slug: "g", phasen: [cmsPhase({ bewerten: "vielleicht" })] }),
      cmsVerfahren({
        documentId: "h",
        slug: "h",
        fragen: [{ frage: "Ja?", art: "einfach", optionen: ["Ja"] }],
      }),
    ];
    const cms = cmsMit({
      mandanten: [
        cmsMandant({ documentId: "m1", einbettungsDomains: ["https://www.dresden.de/"] }),
        cmsMandant({ documentId: "m2", gemeindeAgs: "14713000", einbettungsDomains: ["WWW.X.DE"] }),
        cmsMandant({
          documentId: "m3",
          gemeindeAgs: "14511000",
          einbettungsDomains: Array.from({ length: 21 }, (_, i) => `s${i}.example`),
        }),
      ],
      beteiligungsverfahren: kaputt,
    });
    expect((await synchronisiereBeteiligung(db, cms)).counts).toMatchObject({
      mandanten: 0,
      beteiligungsverfahren: 0,
    });
    expect(await db.select().from(verfahren)).toEqual([]);
    expect(await db.select().from(mandant)).toEqual([]);
  });

  it("resyncs everything in one transaction: writes what is published, removes the rest", async () => {
    const cms = cmsMit({
      mandanten: [
        cmsMandant(),
        cmsMandant({
          documentId: "m-leipzig",
          name: "Stadt Leipzig",
          gemeindeAgs: "14713000",
          logo: null,
          einbettungsDomains: null,
        }),
      ],
      beteiligungsverfahren: [cmsVerfahren(), bplan(), leipzig()],
    });
    expect((await synchronisiereBeteiligung(db, cms)).counts).toEqual({
      mandanten: 2,
      beteiligungsverfahren: 3,
      mandantenEntfernt: 0,
      verfahrenEntfernt: 0,
    });
    expect(await ladeMandant(db, { gemeindeAgs: "14713000" })).toMatchObject({
      einbettungsDomains: [],
      logoUrl: null,
    });
    expect((await ladeVerfahren(db, { slug: "spielplaetze-im-leipziger-osten" }))?.fragen).toEqual([
      // Keyed by the CMS's `kennung`; a question saved before keys were given by its position.
      { id: "haeufigkeit", frage: "Wie oft?", art: "einfach", optionen: ["Oft", "Selten"] },
      { id: "frage-2", frage: "Was fehlt?", art: "text", optionen: [] },
    ]);

    // The B-Plan is unpublished and the Radverkehr's slug moves to a new document: a second
    // resync removes the first and lets the new document have the slug.
    cms.dokumente.beteiligungsverfahren = [cmsVerfahren({ documentId: "v-rad-neu" }), leipzig()];
    expect((await synchronisiereBeteiligung(db, cms)).counts).toMatchObject({
      beteiligungsverfahren: 2,
      verfahrenEntfernt: 2,
    });
    expect((await ladeVerfahren(db, { slug: "radverkehrskonzept-dresden-2035" }))?.documentId).toBe(
      "v-rad-neu",
    );
    expect(
      await ladeVerfahren(db, { slug: "bebauungsplan-nr-3050-dresden-johannstadt" }),
    ).toBeNull();

    // The CMS fails half-way (the second list): nothing changes.
    let aufrufe = 0;
    const halb = {
      ...cms,
      list: async <T>(...args: Parameters<typeof cms.list<T>>) => {
        if (++aufrufe === 2) throw new Error("CMS down");
        return cms.list<T>(...args);
      },
    };
    cms.dokumente.mandanten = [];
    await expect(synchronisiereBeteiligung(db, halb)).rejects.toThrow("CMS down");
    expect(await db.select().from(mandant)).toHaveLength(2);
  });
});

describe("regelnVon", () => {
  it("maps the editors' identity per action to what is allowed and the identity it needs", async () => {
    await synchronisiereBeteiligung(
      db,
      cmsMit({ beteiligungsverfahren: [cmsVerfahren(), bplan()] }),
    );
    const rad = regelnVon((await ladeVerfahren(db, { slug: "radverkehrskonzept-dresden-2035" }))!);
    expect(rad).toEqual({
      verfahrenId: "v-rad",
      mandantId: "14612000",
      moderation: "nachtraeglich",
      meldeschwelle: 3,
      archiviert: false,
      phasen: [
        {
          id: "phase-1",
          titel: "Online-Dialog",
          beginn: new Date("2026-10-31T23:00:00Z"),
          ende: new Date("2027-06-30T22:00:00Z"),
          publikum: "oeffentlich",
          erlaubt: ["lesen", "kommentieren", "bewerten", "kartenpunkt"],
          identitaet: { kommentieren: "email", bewerten: "email", kartenpunkt: "email" },
        },
      ],
    });
    const imDezember = new Date("2026-12-07T12:00:00Z");
    expect(darf(rad, { aktion: "kommentieren", jetzt: imDezember, identitaet: "email" }).ok).toBe(
      true,
    );
    expect(
      darf(rad, { aktion: "kommentieren", jetzt: imDezember, identitaet: "anonym" }),
    ).toMatchObject({ ok: false, grund: "identitaet" });
    // "nicht" means not allowed, not "no identity needed".
    expect(
      darf(rad, { aktion: "stellungnahme", jetzt: imDezember, identitaet: "eid" }),
    ).toMatchObject({ ok: false, grund: "nicht-erlaubt" });
    // The phase ends at midnight at the end of 30 June (Berlin): exclusive.
    expect(
      darf(rad, {
        aktion: "kommentieren",
        jetzt: new Date("2027-06-30T21:59:59Z"),
        identitaet: "email",
      }).ok,
    ).toBe(true);
    expect(
      darf(rad, {
        aktion: "kommentieren",
        jetzt: new Date("2027-06-30T22:00:00Z"),
        identitaet: "email",
      }),
    ).toMatchObject({ ok: false, grund: "keine-offene-phase" });

    const plan = regelnVon(
      (await ladeVerfahren(db, { slug: "bebauungsplan-nr-3050-dresden-johannstadt" }))!,
    );
    const imFebruar = new Date("2027-02-10T12:00:00Z");
    expect(
      darf(plan, { aktion: "stellungnahme", jetzt: imFebruar, identitaet: "konto" }),
    ).toMatchObject({ ok: false, grund: "nur-institutionen" });
    expect(
      darf(plan, {
        aktion: "stellungnahme",
        jetzt: imFebruar,
        identitaet: "konto",
        institution: true,
      }),
    ).toMatchObject({ ok: true, phase: { id: "phase-2" } });
    expect(
      darf(plan, { aktion: "stellungnahme", jetzt: imDezember, identitaet: "email" }),
    ).toMatchObject({ ok: false, grund: "identitaet" });
    expect(status(plan, imFebruar)).toBe("aktiv");
  });
});

describe("listeVerfahren", () => {
  const ANGEKUENDIGT = cmsVerfahren({
    documentId: "v-neu",
    slug: "neu",
    titel: "Zukunft",
    phasen: [cmsPhase({ beginn: "2027-09-01T00:00:00Z", ende: "2027-10-01T00:00:00Z" })],
  });
  const OHNE_PHASEN = cmsVerfahren({
    documentId: "v-leer",
    slug: "leer",
    titel: "Ohne Phasen",
    phasen: [],
  });
  const VORBEI = cmsVerfahren({
    documentId: "v-alt",
    slug: "alt",
    titel: "Vergangen",
    phasen: [cmsPhase({ beginn: "2025-01-01T00:00:00Z", ende: "2025-02-01T00:00:00Z" })],
  });
  const ARCHIV = cmsVerfahren({
    documentId: "v-archiv",
    slug: "archiv",
    titel: "Archiviert",
    archiviert: true,
  });

  it("filters by state at `jetzt` and by municipality, ordered by title", async () => {
    await synchronisiereBeteiligung(
      db,
      cmsMit({
        beteiligungsverfahren: [
          cmsVerfahren(),
          bplan(),
          leipzig(),
          ANGEKUENDIGT,
          OHNE_PHASEN,
          VORBEI,
          ARCHIV,
        ],
      }),
    );
    const jetzt = new Date("2026-12-07T12:00:00Z");
    const titel = async (p: Omit<Parameters<typeof listeVerfahren>[1], "jetzt">, wann = jetzt) =>
      (await listeVerfahren(db, { ...p, jetzt: wann })).map((v) => [v.titel, v.status]);

    expect(await titel({ status: "aktiv" })).toEqual([
      ["Bebauungsplan Nr. 3050 Dresden-Johannstadt", "aktiv"],
      ["Radverkehrskonzept Dresden 2035", "aktiv"],
      ["Spielplätze im Leipziger Osten", "aktiv"],
    ]);
    expect(await titel({ status: "ankuendigung" })).toEqual([
      ["Ohne Phasen", "ankuendigung"],
      ["Zukunft", "ankuendigung"],
    ]);
    expect(await titel({ status: "beendet" })).toEqual([["Vergangen", "beendet"]]);
    expect(await titel({ status: "archiv" })).toEqual([["Archiviert", "archiv"]]);
    expect(await titel({ status: ["ankuendigung", "aktiv"], gemeindeAgs: "14713000" })).toEqual([
      ["Spielplätze im Leipziger Osten", "aktiv"],
    ]);
    expect(await titel({ gemeindeAgs: "14612000" })).toHaveLength(6);
    expect(await titel({ gemeindeAgs: "14511000" })).toEqual([]);
    // The Leipzig survey has not begun on 30 November (Berlin midnight is 23:00 UTC).
    expect(await titel({ gemeindeAgs: "14713000" }, new Date("2026-11-30T22:59:59Z"))).toEqual([
      ["Spielplätze im Leipziger Osten", "ankuendigung"],
    ]);
    // After its last phase the B-Plan is over, the Radverkehr still running.
    expect(await titel({ status: "beendet" }, new Date("2027-03-01T00:00:00Z"))).toEqual([
      ["Bebauungsplan Nr. 3050 Dresden-Johannstadt", "beendet"],
      ["Spielplätze im Leipziger Osten", "beendet"],
      ["Vergangen", "beendet"],
    ]);
  });
});
