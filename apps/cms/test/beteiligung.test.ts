import { readFileSync } from "node:fs";
import { errors } from "@strapi/utils";
import { describe, expect, it } from "vitest";
import {
  beteiligungsPruefung,
  pruefeEinbettungsDomains,
  pruefeFragen,
  pruefeGebiet,
  pruefePhasen,
  vergebeKennungen,
} from "../src/bootstrap/beteiligung";

// The checks of Mandanten and Beteiligungsverfahren that Strapi's schema cannot express.

const seed = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../seed/cms/${file}`, import.meta.url), "utf8")) as Record<
    string,
    unknown
  >[];

const QUADRAT = [
  [13.7, 51.0],
  [13.8, 51.0],
  [13.8, 51.1],
  [13.7, 51.1],
  [13.7, 51.0],
];

describe("einbettungsDomains", () => {
  it("takes lower-case host names, up to 20, and nothing", () => {
    expect(pruefeEinbettungsDomains(["localhost", "127.0.0.1", "www.dresden.de"])).toEqual([]);
    expect(pruefeEinbettungsDomains(null)).toEqual([]);
    expect(pruefeEinbettungsDomains([])).toEqual([]);
  });

  it("refuses schemes, paths, ports, capitals, a non-list and more than 20", () => {
    for (const host of [
      "https://www.dresden.de",
      "www.dresden.de/beteiligung",
      "www.dresden.de:443",
      "WWW.Dresden.de",
      "",
      "*.dresden.de",
      42,
    ]) {
      const problems = pruefeEinbettungsDomains(["localhost", host]);
      expect(problems, String(host)).toHaveLength(1);
      expect(problems[0]?.pfad).toBe("einbettungsDomains.1");
    }
    expect(pruefeEinbettungsDomains("www.dresden.de")[0]?.meldung).toMatch(/JSON-Liste/);
    const viele = Array.from({ length: 21 }, (_, i) => `s${i}.example`);
    expect(pruefeEinbettungsDomains(viele)[0]?.meldung).toMatch(/Höchstens 20/);
  });
});

describe("gebiet", () => {
  it("takes a closed Polygon or MultiPolygon in WGS84", () => {
    expect(pruefeGebiet({ type: "Polygon", coordinates: [QUADRAT] })).toEqual([]);
    expect(pruefeGebiet({ type: "MultiPolygon", coordinates: [[QUADRAT], [QUADRAT]] })).toEqual([]);
    expect(pruefeGebiet(null)).toEqual([]);
  });

  it("refuses open rings, too few points, other geometries and coordinates outside WGS84", () => {
    for (const g of [
      { type: "Polygon", coordinates: [QUADRAT.slice(0, 4)] },
      { type: "Polygon", coordinates: [[QUADRAT[0], QUADRAT[1], QUADRAT[0]]] },
      { type: "Point", coordinates: [13.7, 51] },
      { type: "Polygon", coordinates: [QUADRAT.map(([x, y]) => [(y ?? 0) * 10, x])] },
      { type: "Polygon", coordinates: [] },
      { type: "MultiPolygon", coordinates: [] },
      "Dresden",
    ]) {
      expect(pruefeGebiet(g), JSON.stringify(g)).toHaveLength(1);
    }
  });
});

describe("phasen and fragen", () => {
  it("refuses a phase that does not end after it begins", () => {
    expect(
      pruefePhasen([{ beginn: "2026-11-01T00:00:00Z", ende: "2027-06-30T00:00:00Z" }]),
    ).toEqual([]);
    expect(
      pruefePhasen([{}, { beginn: "2027-01-01T00:00:00Z", ende: "2027-01-01T00:00:00Z" }]),
    ).toEqual([{ pfad: "phasen.1.ende", meldung: "Phase 2 muss nach ihrem Beginn enden." }]);
  });

  it("wants at least two options for a choice, none for a text question", () => {
    expect(pruefeFragen([{ art: "text" }, { art: "mehrfach", optionen: ["a", "b"] }])).toEqual([]);
    expect(pruefeFragen([{ art: "einfach", optionen: ["nur eine"] }])).toHaveLength(1);
    expect(pruefeFragen([{ art: "einfach", optionen: "a, b" }])).toHaveLength(1);
  });
});

describe("kennung of phases and questions", () => {
  it("gives each phase without one a key of its own and keeps those it has", () => {
    const phasen: Record<string, unknown>[] = [{ kennung: "auslegung" }, {}, { kennung: "" }];
    expect(vergebeKennungen(phasen, "phase")).toEqual([]);
    expect(phasen[0]?.kennung).toBe("auslegung");
    expect(phasen[1]?.kennung).toMatch(/^phase-[0-9a-f]{8}$/);
    expect(phasen[2]?.kennung).toMatch(/^phase-[0-9a-f]{8}$/);
    expect(phasen[1]?.kennung).not.toBe(phasen[2]?.kennung);
    const fragen: Record<string, unknown>[] = [{ frage: "?" }];
    vergebeKennungen(fragen, "frage");
    expect(fragen[0]?.kennung).toMatch(/^frage-[0-9a-f]{8}$/);
  });

  it("refuses a malformed or repeated key", () => {
    expect(vergebeKennungen([{ kennung: "Auslegung" }], "phase")).toEqual([
      expect.objectContaining({ pfad: "phasen.0.kennung" }),
    ]);
    expect(vergebeKennungen([{ kennung: "a" }, { kennung: "a" }], "frage")).toEqual([
      expect.objectContaining({
        pfad: "fragen.1.kennung",
        meldung: expect.stringMatching(/schon vergeben/),
      }),
    ]);
    expect(vergebeKennungen("keine Liste", "phase")).toEqual([]);
  });
});

describe("the Document Service check", () => {
  const strapi = (mimes: Record<number, string>) =>
    ({
      db: {
        query: () => ({
          findMany: async ({ where }: { where: { id: { $in: number[] } } }) =>
            where.id.$in.map((id) => ({ id, name: `datei-${id}`, mime: mimes[id] })),
        }),
      },
    }) as never;
  const run = async (uid: string, action: string, data: Record<string, unknown>, mimes = {}) => {
    let weiter = false;
    await beteiligungsPruefung(strapi(mimes))(
      { uid, action, params: { data } } as never,
      async () => {
        weiter = true;
        return null as never;
      },
    );
    return weiter;
  };

  it("refuses a broken Mandant or Verfahren with a ValidationError naming the field", async () => {
    const fehler = await run("api::mandant.mandant", "update", {
      einbettungsDomains: ["https://x.de"],
    }).catch((e) => e);
    expect(fehler).toBeInstanceOf(errors.ValidationError);
    expect(fehler.details.errors[0].path).toEqual(["einbettungsDomains", "0"]);
    await expect(
      run("api::verfahren.verfahren", "create", { gebiet: { type: "Point" } }),
    ).rejects.toThrow(/GeoJSON/);
  });

  it("lets only PDFs be a procedure's documents", async () => {
    await expect(
      run(
        "api::verfahren.verfahren",
        "update",
        { dokumente: [1, { id: 2 }] },
        { 1: "application/pdf", 2: "image/png" },
      ),
    ).rejects.toThrow(/„datei-2“ ist kein PDF/);
    expect(
      await run(
        "api::verfahren.verfahren",
        "update",
        { dokumente: { set: [{ id: 1 }] } },
        { 1: "application/pdf" },
      ),
    ).toBe(true);
  });

  it("passes other types, other actions and valid data through", async () => {
    expect(await run("api::meldung.meldung", "create", { gebiet: "x" })).toBe(true);
    expect(await run("api::verfahren.verfahren", "publish", {})).toBe(true);
    expect(
      await run("api::verfahren.verfahren", "update", {
        gebiet: { type: "Polygon", coordinates: [QUADRAT] },
      }),
    ).toBe(true);
  });

  it("accepts every seed Mandant and Verfahren", async () => {
    for (const m of seed("mandanten.json"))
      expect(await run("api::mandant.mandant", "create", m)).toBe(true);
    const verfahren = seed("beteiligungsverfahren.json");
    expect(verfahren).toHaveLength(5);
    for (const v of verfahren)
      expect(await run("api::verfahren.verfahren", "create", v)).toBe(true);
  });
});
