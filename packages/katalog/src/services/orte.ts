import type { Db } from "@portal/db/client";
import {
  findNamensvettern,
  findOrte,
  findPostleitzahl,
  findPostleitzahlenVon,
  type Namensvetter,
  type Ortstreffer,
} from "../queries/orte.ts";
import { normalizeOrtsname } from "./ortsname.ts";

/** Longest input the finder reads: place names are short, and a bound keeps hostile input cheap. */
export const MAX_ORTSEINGABE = 100;

/**
 * What a citizen's place input means. The finder never guesses: only an input that names one
 * municipality and no other is `eindeutig`; everything else is a question to the citizen.
 */
export type Ortsaufloesung =
  | { ergebnis: "eindeutig"; ort: Ortstreffer }
  | {
      ergebnis: "auswahl";
      /**
       * `namensvettern`: the name (or a name form of it) belongs to places in several
       * municipalities, exact matches first; `postleitzahl`: the code covers several municipalities;
       * `aehnlich`: nothing is called that, these names are close (a typo, an unfinished name).
       */
      grund: "namensvettern" | "postleitzahl" | "aehnlich";
      orte: Ortstreffer[];
    }
  /** Digits that are not (yet) a five-digit postal code. */
  | { ergebnis: "plz-unvollstaendig" }
  | { ergebnis: "keiner" }
  | { ergebnis: "leer" };

/**
 * Resolves what a citizen typed: a postal code (optionally followed by the place), the name of a
 * municipality or an Ortsteil (umlauts may be spelled out), or "Name, Gemeinde or Kreis" as the
 * suggestions write it.
 */
export function loeseOrtAuf(db: Db, params: { eingabe: string }): Promise<Ortsaufloesung> {
  return loese(params.eingabe, {
    gebiete: (plz) => findPostleitzahl(db, { plz: [plz] }),
    vettern: (form) => findNamensvettern(db, { formen: [form] }),
    aehnlich: (eingabe) => findOrte(db, { eingabe, limit: 10 }),
  });
}

/**
 * A place suggestion while typing. `eingabe` is what choosing it puts in the place input: the
 * shortest text that loeseOrtAuf resolves to exactly this municipality ("Auerbach, Erzgebirgskreis",
 * not "Auerbach", which three municipalities answer to), so that a citizen who picks a suggestion
 * is not asked again which place they mean.
 */
export type Ortsvorschlag = Ortstreffer & { eingabe: string };

/** Suggestions while typing (best first, at most `limit`); they decide nothing. */
export async function findeOrte(
  db: Db,
  params: { eingabe: string; limit?: number },
): Promise<Ortsvorschlag[]> {
  const treffer = await findOrte(db, params);
  const geladen: Geladen = { gebiete: new Map(), vettern: new Map() };
  const kandidaten = treffer.map(eingabeKandidaten);
  const eingaben = await ersteEindeutige(db, geladen, treffer, kandidaten);
  // A municipality that shares its name with another of its Kreis (Neukirch and Neukirch/Lausitz,
  // or an Ortsteil called Hohndorf near Hohndorf) has no such name input: its postal code with
  // its name tells it apart. Rare, so only then the codes are loaded.
  const offen = treffer.filter((_, i) => eingaben[i] === undefined);
  if (offen.length) {
    const gebiete = await findPostleitzahlenVon(db, { ags: [...new Set(offen.map((t) => t.ags))] });
    for (const g of gebiete) geladen.gebiete.set(g.treffer, []);
    for (const g of gebiete) geladen.gebiete.get(g.treffer)?.push(g);
    const mitPlz = await ersteEindeutige(
      db,
      geladen,
      offen,
      offen.map((t) =>
        gebiete.filter((g) => g.ags === t.ags).map((g) => `${g.treffer} ${t.gemeinde}`),
      ),
    );
    for (const [j, t] of offen.entries()) eingaben[treffer.indexOf(t)] = mitPlz[j];
  }
  // A place that no input names alone (none in the seed of 2026-12) keeps its plain form: the
  // finder then asks, as it would for what the citizen typed.
  return treffer.map((t, i) => ({ ...t, eingabe: eingaben[i] ?? kandidaten[i]?.[0] ?? "" }));
}

/** What the suggestions loaded for the finder: the municipalities of postal codes, namesakes. */
type Geladen = { gebiete: Map<string, Gebiet[]>; vettern: Map<string, Namensvetter[]> };

/**
 * For each place, the first of its candidate inputs that the finder resolves to exactly it.
 * Each candidate goes through the finder itself, answered from what was loaded for all of them in
 * one go: suggestions are requested while typing, and a finder's round trips per candidate would
 * be too many. The first pass finds nothing and so notes every postal code and name form the
 * finder may look up (it looks further only when it found nothing); after loading those, the
 * next pass decides.
 */
async function ersteEindeutige(
  db: Db,
  geladen: Geladen,
  orte: Ortstreffer[],
  kandidaten: string[][],
): Promise<(string | undefined)[]> {
  for (;;) {
    const fehlend = { plz: new Set<string>(), formen: new Set<string>() };
    const quellen: Quellen = {
      gebiete: async (plz) => nachgeschlagen(geladen.gebiete, plz, fehlend.plz),
      vettern: async (form) => nachgeschlagen(geladen.vettern, form, fehlend.formen),
      // A name that is only similar is never resolved, whatever is similar to it.
      aehnlich: async () => [],
    };
    const eingaben = await Promise.all(
      orte.map(async (ort, i) => {
        for (const eingabe of kandidaten[i] ?? []) {
          const a = await loese(eingabe, quellen);
          if (a.ergebnis === "eindeutig" && a.ort.ags === ort.ags) return eingabe;
        }
      }),
    );
    if (!fehlend.plz.size && !fehlend.formen.size) return eingaben;
    const [gebiete, vettern] = await Promise.all([
      findPostleitzahl(db, { plz: [...fehlend.plz] }),
      findNamensvettern(db, { formen: [...fehlend.formen] }),
    ]);
    for (const plz of fehlend.plz) geladen.gebiete.set(plz, []);
    for (const form of fehlend.formen) geladen.vettern.set(form, []);
    for (const g of gebiete) geladen.gebiete.get(g.treffer)?.push(g);
    for (const v of vettern) geladen.vettern.get(v.form)?.push(v);
  }
}

/** What was loaded for `key`; a key not loaded yet is noted in `fehlend` and has nothing. */
function nachgeschlagen<T>(werte: Map<string, T[]>, key: string, fehlend: Set<string>): T[] {
  const wert = werte.get(key);
  if (!wert) fehlend.add(key);
  return wert ?? [];
}

/** What a suggestion may put in the place input, shortest and most natural first. */
function eingabeKandidaten(t: Ortstreffer): string[] {
  const gemeinde = [t.gemeinde, `${t.gemeinde}, ${t.kreis}`];
  switch (t.art) {
    case "gemeinde":
      return gemeinde;
    case "ortsteil":
      return [`${t.treffer}, ${t.gemeinde}`, `${t.treffer}, ${t.kreis}`, t.treffer];
    case "plz":
      // A postal code followed by a name another municipality of that code shares cannot be
      // narrowed further; the municipality's name then stands without the code.
      return [`${t.treffer} ${t.gemeinde}`, ...gemeinde];
  }
}

type Gebiet = Ortstreffer & { gemeindeFormen: string[] };

/** Where the finder looks things up: the database, or for suggestions what was loaded for them. */
type Quellen = {
  gebiete(plz: string): Promise<Gebiet[]>;
  vettern(form: string): Promise<Namensvetter[]>;
  aehnlich(eingabe: string): Promise<Ortstreffer[]>;
};

async function loese(roheEingabe: string, quellen: Quellen): Promise<Ortsaufloesung> {
  const eingabe = roheEingabe.trim().slice(0, MAX_ORTSEINGABE);
  if (!eingabe) return { ergebnis: "leer" };

  const plz = eingabe.match(/^(\d+)\s*(.*)$/u);
  if (plz) {
    const [, ziffern = "", rest = ""] = plz;
    if (ziffern.length === 5) {
      const gebiete = await quellen.gebiete(ziffern);
      const ort = normalizeOrtsname(rest);
      const passend = ort ? gebiete.filter((g) => passtZu(g, ort)) : [];
      return entscheide(passend.length ? passend : gebiete, "postleitzahl");
    }
    if (!rest)
      return ziffern.length < 5 ? { ergebnis: "plz-unvollstaendig" } : { ergebnis: "keiner" };
  }

  // The whole input first ("Seiffen/Erzgeb., Kurort" is one name); then "Name, Gemeinde or Kreis".
  let vettern = await namensvettern(quellen, normalizeOrtsname(eingabe));
  const komma = eingabe.indexOf(",");
  if (!vettern.length && komma > 0) {
    const zusatz = normalizeOrtsname(eingabe.slice(komma + 1));
    vettern = (await namensvettern(quellen, normalizeOrtsname(eingabe.slice(0, komma)))).filter(
      (v) => !zusatz || passtZu(v, zusatz),
    );
  }
  if (vettern.length) return entscheide(vettern, "namensvettern");

  const aehnlich = await quellen.aehnlich(eingabe);
  return aehnlich.length
    ? { ergebnis: "auswahl", grund: "aehnlich", orte: jeGemeinde(aehnlich) }
    : { ergebnis: "keiner" };
}

async function namensvettern(quellen: Quellen, form: string): Promise<Namensvetter[]> {
  if (!form) return [];
  const rows = await quellen.vettern(form);
  // Exact names first, a municipality before an Ortsteil of that name, larger places first.
  return [...rows].sort(
    (a, b) =>
      Number(b.exakt) - Number(a.exakt) ||
      Number(b.art === "gemeinde") - Number(a.art === "gemeinde") ||
      b.einwohner - a.einwohner ||
      a.treffer.localeCompare(b.treffer, "de"),
  );
}

/** A qualifier after the name: the municipality ("Adelsberg, Chemnitz") or the Kreis. */
function passtZu(ort: Ortstreffer & { gemeindeFormen: string[] }, zusatz: string): boolean {
  const kreis = normalizeOrtsname(ort.kreis);
  return (
    ort.gemeindeFormen.some((f) => f === zusatz || f.startsWith(`${zusatz} `)) ||
    kreis === zusatz ||
    kreis.endsWith(` ${zusatz}`)
  );
}

function entscheide(
  treffer: Ortstreffer[],
  grund: "namensvettern" | "postleitzahl",
): Ortsaufloesung {
  const orte = jeGemeinde(treffer);
  const [erster] = orte;
  if (!erster) return { ergebnis: "keiner" };
  return orte.length === 1
    ? { ergebnis: "eindeutig", ort: erster }
    : { ergebnis: "auswahl", grund, orte };
}

/** One entry per municipality (the first, i.e. best, of each), as a plain Ortstreffer. */
function jeGemeinde(treffer: Ortstreffer[]): Ortstreffer[] {
  const orte = new Map<string, Ortstreffer>();
  for (const { ags, ars, gemeinde, kreis, art, treffer: name } of treffer) {
    if (!orte.has(ags)) orte.set(ags, { ags, ars, gemeinde, kreis, art, treffer: name });
  }
  return [...orte.values()];
}
