import { readFileSync } from "node:fs";
import type { Database, Db } from "@portal/db/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findeOrte, loeseOrtAuf, type Ortsvorschlag } from "../src/services/orte.ts";
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
type Ort = { ags: string; name: string };
const gemeinden = seed<Ort>("gemeinden.json");
const ortsteile = seed<Ort>("ortsteile.json");
const plz = [...new Set(seed<{ plz: string }>("plz.json").map((p) => p.plz))];

// Names that places in more than one municipality answer to: where a plain suggestion would fail.
const orte = [...gemeinden, ...ortsteile];
const agsJeForm = new Map<string, Set<string>>();
for (const o of orte) {
  for (const form of namensformen(o.name)) {
    agsJeForm.set(form, (agsJeForm.get(form) ?? new Set()).add(o.ags));
  }
}
const mitNamensvettern = [
  ...new Set(
    orte
      .filter((o) => (agsJeForm.get(normalizeOrtsname(o.name))?.size ?? 0) > 1)
      .map((o) => o.name),
  ),
];

/** `f` over every item, a few at a time (the pool has connections to spare), in the items' order. */
async function inBuendeln<T, R>(items: T[], f: (item: T) => Promise<R>): Promise<R[]> {
  const ergebnisse: R[] = [];
  for (let i = 0; i < items.length; i += 4) {
    ergebnisse.push(...(await Promise.all(items.slice(i, i + 4).map(f))));
  }
  return ergebnisse;
}

/** The database, counting the queries that go through it. */
function zaehlend(db: Database): { db: Db; anfragen: () => number } {
  let n = 0;
  const proxy = new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== "execute" || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        n++;
        return value.apply(target, args);
      };
    },
  });
  return { db: proxy, anfragen: () => n };
}

describe("findeOrte", () => {
  it("gives every suggestion an input that the finder resolves to exactly its municipality", async () => {
    expect(mitNamensvettern).toEqual(
      expect.arrayContaining(["Auerbach", "Oelsnitz", "Hartmannsdorf", "Lichtenau", "Neukirchen"]),
    );
    // What citizens type: every municipality's name, every name with namesakes, the beginnings of
    // those names (where the suggestions show namesakes side by side), every postal code.
    const eingaben = new Set([
      ...gemeinden.map((g) => g.name),
      ...mitNamensvettern,
      ...mitNamensvettern.map((n) => n.slice(0, 4)),
      ...plz,
    ]);
    const vorschlaege = new Map<string, Ortsvorschlag>();
    for (const liste of await inBuendeln([...eingaben], (eingabe) =>
      findeOrte(db, { eingabe, limit: 8 }),
    )) {
      for (const v of liste) vorschlaege.set(`${v.eingabe}\u0000${v.ags}`, v);
    }
    expect(vorschlaege.size).toBeGreaterThan(1000);
    const arten = new Set([...vorschlaege.values()].map((v) => v.art));
    expect([...arten].sort()).toEqual(["gemeinde", "ortsteil", "plz"]);

    const alle = [...vorschlaege.values()];
    const aufgeloest = await inBuendeln(alle, (v) => loeseOrtAuf(db, { eingabe: v.eingabe }));
    const falsch = alle.flatMap((v, i) => {
      const a = aufgeloest[i]!;
      return a.ergebnis === "eindeutig" && a.ort.ags === v.ags
        ? []
        : [`${v.art} ${v.treffer} (${v.ags}): "${v.eingabe}" gives ${a.ergebnis}`];
    });
    expect(falsch).toEqual([]);
    // About 2,000 finder calls: a slow machine may need minutes, which is no failure.
  }, 600_000);

  it("writes the bare name when it is unique, and adds the Kreis or the municipality when not", async () => {
    const eingaben = async (eingabe: string) =>
      (await findeOrte(db, { eingabe })).map((v) => [v.art, v.ags, v.eingabe]);
    expect(await eingaben("Görlitz")).toContainEqual(["gemeinde", "14626110", "Görlitz"]);
    expect(await eingaben("Auerbach")).toEqual([
      ["gemeinde", "14521040", "Auerbach, Erzgebirgskreis"],
      ["ortsteil", "14524330", "Auerbach, Zwickau"],
    ]);
    expect(await eingaben("Auerb")).toContainEqual(["gemeinde", "14523020", "Auerbach/Vogtl."]);
    expect(await eingaben("Adelsberg")).toContainEqual([
      "ortsteil",
      "14511000",
      "Adelsberg, Chemnitz",
    ]);
    // The municipality Hohndorf shares its Kreis with Großolbersdorf's Ortsteil Hohndorf: only the
    // postal code tells them apart.
    expect(await eingaben("Hohndorf")).toContainEqual(["gemeinde", "14521290", "09394 Hohndorf"]);
    expect(await eingaben("01796")).toEqual(
      expect.arrayContaining([["plz", "14628270", "01796 Pirna"]]),
    );
  });

  it("keeps the suggestion's fields and decides the inputs with one query more", async () => {
    const name = zaehlend(db);
    const [auerbach] = await findeOrte(name.db, { eingabe: "Auerbach" });
    expect(auerbach).toEqual({
      ags: "14521040",
      ars: expect.any(String),
      gemeinde: "Auerbach",
      kreis: "Erzgebirgskreis",
      art: "gemeinde",
      treffer: "Auerbach",
      eingabe: "Auerbach, Erzgebirgskreis",
    });
    // findOrte, then the namesakes of every candidate input at once.
    expect(name.anfragen()).toBe(2);
    // A postal code's suggestions: its municipalities, and their names in case the code and the
    // name together are still ambiguous (both at once).
    const postleitzahl = zaehlend(db);
    await findeOrte(postleitzahl.db, { eingabe: "01796" });
    expect(postleitzahl.anfragen()).toBe(3);
    // A name no candidate tells apart: its postal codes, with their municipalities, once.
    const ohneNamen = zaehlend(db);
    await findeOrte(ohneNamen.db, { eingabe: "Hohndorf" });
    expect(ohneNamen.anfragen()).toBe(3);
    const nichts = zaehlend(db);
    expect(await findeOrte(nichts.db, { eingabe: "Qxzywv" })).toEqual([]);
    expect(nichts.anfragen()).toBe(1);
  });
});
