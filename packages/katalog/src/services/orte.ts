import type { Db } from "@portal/db/client";
import {
  findNamensvettern,
  findOrte,
  findPostleitzahl,
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
export async function loeseOrtAuf(db: Db, params: { eingabe: string }): Promise<Ortsaufloesung> {
  const eingabe = params.eingabe.trim().slice(0, MAX_ORTSEINGABE);
  if (!eingabe) return { ergebnis: "leer" };

  const plz = eingabe.match(/^(\d+)\s*(.*)$/u);
  if (plz) {
    const [, ziffern = "", rest = ""] = plz;
    if (ziffern.length === 5) {
      const gebiete = await findPostleitzahl(db, { plz: ziffern });
      const ort = normalizeOrtsname(rest);
      const passend = ort ? gebiete.filter((g) => passtZu(g, ort)) : [];
      return entscheide(passend.length ? passend : gebiete, "postleitzahl");
    }
    if (!rest)
      return ziffern.length < 5 ? { ergebnis: "plz-unvollstaendig" } : { ergebnis: "keiner" };
  }

  // The whole input first ("Seiffen/Erzgeb., Kurort" is one name); then "Name, Gemeinde or Kreis".
  let vettern = await namensvettern(db, normalizeOrtsname(eingabe));
  const komma = eingabe.indexOf(",");
  if (!vettern.length && komma > 0) {
    const zusatz = normalizeOrtsname(eingabe.slice(komma + 1));
    vettern = (await namensvettern(db, normalizeOrtsname(eingabe.slice(0, komma)))).filter(
      (v) => !zusatz || passtZu(v, zusatz),
    );
  }
  if (vettern.length) return entscheide(vettern, "namensvettern");

  const aehnlich = await findOrte(db, { eingabe, limit: 10 });
  return aehnlich.length
    ? { ergebnis: "auswahl", grund: "aehnlich", orte: jeGemeinde(aehnlich) }
    : { ergebnis: "keiner" };
}

/** Suggestions while typing (best first, at most `limit`); they decide nothing. */
export function findeOrte(
  db: Db,
  params: { eingabe: string; limit?: number },
): Promise<Ortstreffer[]> {
  return findOrte(db, params);
}

async function namensvettern(db: Db, form: string): Promise<Namensvetter[]> {
  if (!form) return [];
  const rows = await findNamensvettern(db, { form });
  // Exact names first, a municipality before an Ortsteil of that name, larger places first.
  return rows.sort(
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
