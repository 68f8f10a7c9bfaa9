import { readFileSync } from "node:fs";
import type { Database } from "@portal/db/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loeseOrtAuf, type Ortsaufloesung } from "../src/services/orte.ts";
import { namensformen, normalizeOrtsname } from "../src/services/ortsname.ts";
import { createKatalogTestDatabase } from "../src/testing.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createKatalogTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const seed = <T>(file: string): T[] =>
  JSON.parse(readFileSync(new URL(`../../../seed/geo/${file}`, import.meta.url), "utf8")) as T[];
type Ort = { ags: string; name: string; amtlicherName?: string };
const gemeinden = seed<Ort>("gemeinden.json");
const ortsteile = seed<Ort>("ortsteile.json");

const agsOf = (a: Ortsaufloesung) =>
  a.ergebnis === "eindeutig"
    ? [a.ort.ags]
    : a.ergebnis === "auswahl"
      ? a.orte.map((o) => o.ags)
      : [];

describe("every place name in the seed", () => {
  // The expected answer for each name, read straight from the seed files: the municipalities that
  // have a municipality or Ortsteil for which that name is one of its name forms.
  const orte = [...gemeinden, ...ortsteile].map((o) => ({
    ...o,
    formen: [...namensformen(o.name), ...namensformen(o.amtlicherName ?? o.name)],
  }));
  const erwartet = new Map<string, { ags: Set<string>; exakt: Set<string> }>();
  for (const { name } of orte) {
    if (erwartet.has(name)) continue;
    const form = normalizeOrtsname(name);
    const treffer = orte.filter((o) => o.formen.includes(form));
    erwartet.set(name, {
      ags: new Set(treffer.map((o) => o.ags)),
      exakt: new Set(treffer.filter((o) => normalizeOrtsname(o.name) === form).map((o) => o.ags)),
    });
  }
  const mehrdeutig = [...erwartet].filter(([, e]) => e.ags.size > 1);

  it("has the namesakes the finder must ask about", () => {
    // 3,264 distinct names, 324 of them shared by places in more than one municipality (seed of
    // 2026-12): if the seed changes, these counts change with it.
    expect(erwartet.size).toBeGreaterThan(3000);
    expect(mehrdeutig.length).toBeGreaterThan(300);
    expect(mehrdeutig.map(([name]) => name)).toEqual(
      expect.arrayContaining(["Auerbach", "Freiberg", "Oelsnitz", "Hartmannsdorf", "Borna"]),
    );
  });

  it("resolves a name that only one municipality has, and asks for every other, exact matches first", async () => {
    const falsch: string[] = [];
    for (const [name, e] of erwartet) {
      const a = await loeseOrtAuf(db, { eingabe: name });
      const ags = agsOf(a);
      const ok =
        e.ags.size === 1
          ? a.ergebnis === "eindeutig" && ags[0] === [...e.ags][0]
          : a.ergebnis === "auswahl" &&
            a.grund === "namensvettern" &&
            ags.length === e.ags.size &&
            ags.every((x) => e.ags.has(x)) &&
            // the exactly named places come before the others
            ags.slice(0, e.exakt.size).every((x) => e.exakt.has(x));
      if (!ok)
        falsch.push(
          `${name}: expected ${[...e.ags].join(",")}, got ${a.ergebnis} ${ags.join(",")}`,
        );
    }
    expect(falsch).toEqual([]);
  });
});

describe("loeseOrtAuf", () => {
  it("asks when a municipality's name is also another's name without its addition", async () => {
    const a = await loeseOrtAuf(db, { eingabe: "Auerbach" });
    expect(a).toMatchObject({ ergebnis: "auswahl", grund: "namensvettern" });
    // Exactly named first: the municipality Auerbach (Erzgebirgskreis), Zwickau's Ortsteil Auerbach;
    // then Auerbach/Vogtl.
    expect(agsOf(a)).toEqual(["14521040", "14524330", "14523020"]);
    // The full name with its addition is unambiguous.
    expect(await loeseOrtAuf(db, { eingabe: "Auerbach/Vogtl." })).toMatchObject({
      ergebnis: "eindeutig",
      ort: { ags: "14523020" },
    });
    expect(agsOf(await loeseOrtAuf(db, { eingabe: "Oelsnitz" }))).toEqual(
      expect.arrayContaining(["14521450", "14523300"]),
    );
  });

  it("asks when a name is the beginning of a double name, or an Ortsteil shares a town's name", async () => {
    const hartmannsdorf = await loeseOrtAuf(db, { eingabe: "Hartmannsdorf" });
    expect(agsOf(hartmannsdorf)).toEqual(expect.arrayContaining(["14522260", "14628150"]));
    const borna = await loeseOrtAuf(db, { eingabe: "Borna" });
    expect(agsOf(borna)[0]).toBe("14729050"); // the town first
    expect(agsOf(borna)).toContain("14511000"); // Borna-Heinersdorf, Chemnitz
    const freiberg = await loeseOrtAuf(db, { eingabe: "Freiberg" });
    expect(freiberg).toMatchObject({
      ergebnis: "auswahl",
      orte: [
        { ags: "14522180", art: "gemeinde" },
        { ags: "14523010", art: "ortsteil", treffer: "Freiberg" },
      ],
    });
  });

  it("resolves a name only one municipality has, in any spelling", async () => {
    for (const eingabe of ["Görlitz", "goerlitz", " GÖRLITZ "]) {
      expect(await loeseOrtAuf(db, { eingabe }), eingabe).toMatchObject({
        ergebnis: "eindeutig",
        ort: { ags: "14626110", art: "gemeinde" },
      });
    }
    expect(await loeseOrtAuf(db, { eingabe: "Budyšin" })).toMatchObject({
      ergebnis: "eindeutig",
      ort: { ags: "14625020" },
    });
    expect(await loeseOrtAuf(db, { eingabe: "Oberwiesenthal" })).toMatchObject({
      ergebnis: "eindeutig",
    });
    expect(await loeseOrtAuf(db, { eingabe: "Adelsberg" })).toMatchObject({
      ergebnis: "eindeutig",
      ort: { ags: "14511000", art: "ortsteil" },
    });
  });

  it("takes a municipality or Kreis after a comma as the citizen's choice", async () => {
    expect(await loeseOrtAuf(db, { eingabe: "Auerbach, Erzgebirgskreis" })).toMatchObject({
      ergebnis: "eindeutig",
      ort: { ags: "14521040" },
    });
    expect(await loeseOrtAuf(db, { eingabe: "Freiberg, Adorf/Vogtl." })).toMatchObject({
      ergebnis: "eindeutig",
      ort: { ags: "14523010", art: "ortsteil" },
    });
    expect(await loeseOrtAuf(db, { eingabe: "Seiffen/Erzgeb., Kurort" })).toMatchObject({
      ergebnis: "eindeutig",
    });
  });

  it("never takes a similar name for the place: it offers it", async () => {
    const tippfehler = await loeseOrtAuf(db, { eingabe: "Chemnittz" });
    expect(tippfehler).toMatchObject({ ergebnis: "auswahl", grund: "aehnlich" });
    expect(agsOf(tippfehler)[0]).toBe("14511000");
    expect(await loeseOrtAuf(db, { eingabe: "Dresd" })).toMatchObject({
      ergebnis: "auswahl",
      grund: "aehnlich",
      orte: [{ ags: "14612000" }],
    });
  });

  it("resolves a complete postal code, asks when it covers several municipalities", async () => {
    expect(await loeseOrtAuf(db, { eingabe: "01067" })).toMatchObject({
      ergebnis: "eindeutig",
      ort: { ags: "14612000", art: "plz" },
    });
    const geteilt = await loeseOrtAuf(db, { eingabe: "01796" });
    expect(geteilt).toMatchObject({ ergebnis: "auswahl", grund: "postleitzahl" });
    expect(agsOf(geteilt).sort()).toEqual(["14628070", "14628270", "14628390"].sort());
    // The place after the code narrows it.
    expect(await loeseOrtAuf(db, { eingabe: "01796 Pirna" })).toMatchObject({
      ergebnis: "eindeutig",
      ort: { ags: "14628270" },
    });
  });

  it("asks for the rest of a postal code fragment instead of resolving it", async () => {
    // "010" lies wholly in Dresden, but a fragment is not the citizen's code.
    for (const eingabe of ["0", "01", "010", "0106"]) {
      expect(await loeseOrtAuf(db, { eingabe }), eingabe).toEqual({
        ergebnis: "plz-unvollstaendig",
      });
    }
    expect(await loeseOrtAuf(db, { eingabe: "010677" })).toEqual({ ergebnis: "keiner" });
    expect(await loeseOrtAuf(db, { eingabe: "99999" })).toEqual({ ergebnis: "keiner" });
  });

  it("answers hostile and empty input without a match or an error", async () => {
    expect(await loeseOrtAuf(db, { eingabe: "   " })).toEqual({ ergebnis: "leer" });
    for (const eingabe of [
      "'; drop table gemeinde; --",
      "🦄🦄🦄",
      "x".repeat(10_000),
      "%_\\",
      "\u0000",
    ]) {
      expect((await loeseOrtAuf(db, { eingabe })).ergebnis, eingabe).not.toBe("eindeutig");
    }
  });
});
