import type { Db } from "@portal/db/client";
import { sql } from "drizzle-orm";
import { normalizeOrtsname } from "../services/ortsname.ts";

export type Ortstreffer = {
  ags: string;
  ars: string;
  gemeinde: string;
  kreis: string;
  /** How the input matched: a postal code, the municipality's name, or one of its Ortsteile. */
  art: "plz" | "gemeinde" | "ortsteil";
  /** What matched, e.g. "01067" or "Adelsberg". */
  treffer: string;
};

const selectTreffer = sql`g.ags, g.ars, g.name as gemeinde, k.name as kreis`;

export type Namensvetter = Ortstreffer & {
  /** The folded name form it was found by. */
  form: string;
  /** The place's whole name is that form (not only a part or its name without addition). */
  exakt: boolean;
  /** The name forms of the municipality (for "Ortsteil, Gemeinde" input). */
  gemeindeFormen: string[];
  einwohner: number;
};

const textArray = (werte: string[]) =>
  sql`array[${sql.join(
    werte.map((w) => sql`${w}`),
    sql`, `,
  )}]::text[]`;

/**
 * Every municipality and Ortsteil that one of the folded name forms (see namensformen) may mean,
 * once per form: "auerbach" finds Auerbach, Auerbach/Vogtl. and the Ortsteile called Auerbach.
 * Several forms in one query serve the suggestions, which check the inputs they propose.
 */
export async function findNamensvettern(
  db: Db,
  params: { formen: string[] },
): Promise<Namensvetter[]> {
  if (!params.formen.length) return [];
  const formen = textArray(params.formen);
  // `&&` lets the GIN index on namensformen find the places; unnest says by which form.
  const { rows } = await db.execute<Namensvetter>(sql`
    select ${selectTreffer}, 'gemeinde' as art, g.name as treffer, f.form, g.suchname = f.form as exakt,
           g.namensformen as "gemeindeFormen", g.einwohner
    from gemeinde g join kreis k on k.schluessel = g.kreis_schluessel
         cross join lateral unnest(g.namensformen) f(form)
    where g.namensformen && ${formen} and f.form = any(${formen})
    union all
    select ${selectTreffer}, 'ortsteil' as art, o.name as treffer, f.form, o.suchname = f.form as exakt,
           g.namensformen as "gemeindeFormen", g.einwohner
    from ortsteil o join gemeinde g on g.ags = o.ags join kreis k on k.schluessel = g.kreis_schluessel
         cross join lateral unnest(o.namensformen) f(form)
    where o.namensformen && ${formen} and f.form = any(${formen})`);
  return rows;
}

/** The municipalities that complete postal codes cover (each with its code as `treffer`). */
export async function findPostleitzahl(
  db: Db,
  params: { plz: string[] },
): Promise<(Ortstreffer & { gemeindeFormen: string[] })[]> {
  if (!params.plz.length) return [];
  const { rows } = await db.execute<Ortstreffer & { gemeindeFormen: string[] }>(sql`
    select ${selectTreffer}, 'plz' as art, p.plz as treffer, g.namensformen as "gemeindeFormen"
    from postleitzahl p join gemeinde g on g.ags = p.ags join kreis k on k.schluessel = g.kreis_schluessel
    where p.plz = any(${textArray(params.plz)}) order by g.einwohner desc, g.ags`);
  return rows;
}

/** The postal codes of municipalities, each with every municipality it covers (as findPostleitzahl). */
export async function findPostleitzahlenVon(
  db: Db,
  params: { ags: string[] },
): Promise<(Ortstreffer & { gemeindeFormen: string[] })[]> {
  if (!params.ags.length) return [];
  const { rows } = await db.execute<Ortstreffer & { gemeindeFormen: string[] }>(sql`
    select ${selectTreffer}, 'plz' as art, p.plz as treffer, g.namensformen as "gemeindeFormen"
    from postleitzahl p join gemeinde g on g.ags = p.ags join kreis k on k.schluessel = g.kreis_schluessel
    where p.plz in (select plz from postleitzahl where ags = any(${textArray(params.ags)}))
    order by p.plz, g.einwohner desc, g.ags`);
  return rows;
}

/**
 * Resolves what a citizen typed (postal code, municipality or Ortsteil; umlauts may be spelled out,
 * small typos are tolerated) to municipalities. Best matches first; an empty list means no match.
 */
export async function findOrte(
  db: Db,
  params: { eingabe: string; limit?: number },
): Promise<Ortstreffer[]> {
  const limit = params.limit ?? 10;
  // Place names are short; a bound keeps hostile input from costing trigram work.
  const eingabe = params.eingabe.trim().slice(0, 100);
  const plz = eingabe.match(/^(\d{1,5})\b/)?.[1];
  if (plz) {
    const exact = plz.length === 5;
    const { rows } = await db.execute<Ortstreffer>(sql`
      select distinct on (p.plz, g.ags) ${selectTreffer}, 'plz' as art, p.plz as treffer
      from postleitzahl p join gemeinde g on g.ags = p.ags join kreis k on k.schluessel = g.kreis_schluessel
      where ${exact ? sql`p.plz = ${plz}` : sql`p.plz like ${`${plz}%`}`}
      order by p.plz, g.ags limit ${limit}`);
    if (rows.length || /^\d+$/.test(eingabe)) return rows;
  }
  // "Adelsberg, Chemnitz" (as the suggestions write an Ortsteil) narrows the match to that municipality.
  const [ortRaw = "", gemeindeRaw = ""] = eingabe.replace(/^\d{5}\s*/, "").split(",", 2);
  const name = normalizeOrtsname(ortRaw);
  const inGemeinde = normalizeOrtsname(gemeindeRaw);
  if (!name) return [];
  const { rows } = await db.execute<Ortstreffer & { rang: number }>(sql`
    with kandidaten as (
      select ${selectTreffer}, 'gemeinde' as art, g.name as treffer,
             case when g.suchname = ${name} then 3 when g.suchname like ${`${name}%`} then 2
                  else similarity(g.suchname, ${name}) end as rang, g.einwohner
      from gemeinde g join kreis k on k.schluessel = g.kreis_schluessel
      where g.suchname like ${`${name}%`} or g.suchname % ${name}
      union all
      select ${selectTreffer}, 'ortsteil' as art, o.name as treffer,
             case when o.suchname = ${name} then 2.5 when o.suchname like ${`${name}%`} then 1.5
                  else similarity(o.suchname, ${name}) - 0.1 end as rang, g.einwohner
      from ortsteil o join gemeinde g on g.ags = o.ags join kreis k on k.schluessel = g.kreis_schluessel
      where o.suchname like ${`${name}%`} or o.suchname % ${name}
    )
    select ags, ars, gemeinde, kreis, art, treffer, rang from kandidaten
    order by rang desc, einwohner desc limit ${limit}`);
  // An exact name makes prefix matches noise ("Leipzig" is not "Leipziger Vorstadt"), and any exact
  // or prefix match makes fuzzy matches noise. Two exact matches stay: "Freiberg" is a town and an
  // Ortsteil of Adorf/Vogtl., and only the citizen knows which one they mean.
  const best = rows[0]?.rang ?? 0;
  const floor = best >= 2.5 ? 2.5 : best >= 1 ? 1 : 0;
  return rows
    .filter((r) => r.rang >= floor)
    .filter((r) => !inGemeinde || normalizeOrtsname(r.gemeinde).startsWith(inGemeinde))
    .map(({ rang: _rang, ...treffer }) => treffer);
}

export type GemeindeInfo = {
  ags: string;
  ars: string;
  name: string;
  kreis: string;
  lat: number;
  lon: number;
};

export async function findGemeinde(db: Db, params: { ags: string }): Promise<GemeindeInfo | null> {
  const { rows } = await db.execute<GemeindeInfo>(sql`
    select g.ags, g.ars, g.name, k.name as kreis, g.lat, g.lon
    from gemeinde g join kreis k on k.schluessel = g.kreis_schluessel where g.ags = ${params.ags}`);
  return rows[0] ?? null;
}

export async function listGemeindeAgs(db: Db): Promise<string[]> {
  const { rows } = await db.execute<{ ags: string }>(sql`select ags from gemeinde order by ags`);
  return rows.map((r) => r.ags);
}
