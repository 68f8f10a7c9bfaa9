import type { Db } from "@portal/db/client";
import { and, eq, type SQL, sql } from "drizzle-orm";
import { leistung } from "../schema.ts";
import type { Locale } from "../types.ts";

export type LeistungRow = typeof leistung.$inferSelect;

/**
 * A Leistung in the requested language. Translations may cover only some modules, so the German
 * original comes along: the page shows each module in the requested language where it exists.
 */
export type LeistungMitOriginal = {
  leistung: LeistungRow;
  original: LeistungRow;
};

export async function findLeistungBySlug(
  db: Db,
  params: { slug: string; locale: Locale },
): Promise<LeistungMitOriginal | null> {
  const rows = await db
    .select()
    .from(leistung)
    .where(
      and(eq(leistung.slug, params.slug), sql`${leistung.locale} in (${params.locale}, 'de')`),
    );
  const original = rows.find((r) => r.locale === "de");
  if (!original) return null;
  return { leistung: rows.find((r) => r.locale === params.locale) ?? original, original };
}

export type Leistungstreffer = {
  documentId: string;
  slug: string;
  titel: string;
  kurztext: string;
  locale: string;
};

const fields = sql`l.document_id as "documentId", l.slug, l.titel, l.kurztext, l.locale`;

/** One page of search hits and how many there are in all. */
export type Trefferseite = { treffer: Leistungstreffer[]; gesamt: number };

/**
 * The hits of a full-text query (tsquery), ranked, as one page plus the total. A document matches
 * when any of its language versions does ("Personalausweis" finds the service on the English portal
 * too); it is shown in the requested language where there is one, else in German. One statement and
 * always one row, so the total is known even for a page past the end; the page comes as JSON, which
 * PostgreSQL builds and the driver parses in one go.
 *
 * The tsquery is computed once (a materialised CTE) and used through scalar subqueries, so the
 * planner cannot see its value and matches through the GIN index. Seeing a common word ("beantragen",
 * a fifth of the catalogue) it would scan the table instead, unpacking every row's search vector,
 * which it does not count as a cost: 4–5 times slower at 2,000 services (docs/benchmarks.md).
 */
function trefferseite(
  db: Db,
  tsquery: SQL,
  params: { locale: Locale; limit: number; offset: number },
): Promise<Trefferseite> {
  return db
    .execute<Trefferseite>(sql`
      with suche as materialized (select ${tsquery} as q),
      rang as (
        select m.document_id, max(ts_rank_cd(m.suchvektor, (select q from suche))) as rang
        from leistung m where m.suchvektor @@ (select q from suche) group by m.document_id),
      treffer as (
        select ${fields}, r.rang
        from rang r join leistung l on l.document_id = r.document_id
        where l.locale = ${params.locale} or (l.locale = 'de' and not exists (
          select 1 from leistung v where v.document_id = l.document_id and v.locale = ${params.locale})))
      select (select count(*) from treffer)::int as gesamt,
        coalesce((select json_agg(json_build_object('documentId', "documentId", 'slug', slug,
                    'titel', titel, 'kurztext', kurztext, 'locale', locale) order by rang desc, titel)
                  from (select * from treffer order by rang desc, titel
                        limit ${params.limit} offset ${params.offset}) seite), '[]') as treffer`)
    .then(({ rows }) => rows[0] ?? { treffer: [], gesamt: 0 });
}

/**
 * German full-text search (websearch syntax: words, "phrases", -exclusions) over title and
 * synonyms, designation, short and full text, weighted in that order.
 */
export function searchLeistungenVolltext(
  db: Db,
  params: { anfrage: string; locale: Locale; limit: number; offset: number },
): Promise<Trefferseite> {
  return trefferseite(db, sql`websearch_to_tsquery('german', ${params.anfrage})`, params);
}

/**
 * The same search with each word replaced by the closest word of the catalogue's vocabulary
 * (materialised view suchwort, trigram index) and taken as a prefix, all words required: so
 * "Persoanlausweis" finds "Personalausweis" and "Reisep" finds "Reisepass". One statement: the
 * correction is a subquery of the search. Words must be letters only (they go into to_tsquery).
 *
 * In a transaction of its own with sequential scans off: the vocabulary is small (hundreds of
 * words), so the planner compares every word with each query word instead of asking the trigram
 * index, not counting what a trigram comparison costs: 10–20 times slower. Inside a caller's
 * transaction this becomes a savepoint, and the setting lasts until that transaction ends.
 */
export function searchLeistungenUnscharf(
  db: Db,
  params: { woerter: string[]; locale: Locale; limit: number; offset: number },
): Promise<Trefferseite> {
  const tsquery = sql`(
    select to_tsquery('german', string_agg(coalesce(b.wort, w) || ':*', ' & '))
    from unnest(array[${sql.join(
      params.woerter.map((w) => sql`${w}`),
      sql`, `,
    )}]::text[]) w
    left join lateral (
      select wort from suchwort
      where wort % w or wort like w || '%'
      order by (wort like w || '%') desc, similarity(wort, w) desc, length(wort)
      limit 1
    ) b on true)`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return trefferseite(tx, tsquery, params);
  });
}

/** Leistungen of one Lebenslage (including its sub-Lebenslagen), in the requested language. */
export async function listLeistungenByLebenslage(
  db: Db,
  params: { lebenslageDocumentId: string; locale: Locale },
): Promise<Leistungstreffer[]> {
  const { rows } = await db.execute<Leistungstreffer>(sql`
    select distinct on (l.titel, l.document_id) ${fields}
    from leistung l
    join leistung_lebenslage ll on ll.leistung_document_id = l.document_id
    where ll.lebenslage_document_id in (
            select document_id from lebenslage
            where document_id = ${params.lebenslageDocumentId} or parent_document_id = ${params.lebenslageDocumentId})
      and (l.locale = ${params.locale} or (l.locale = 'de' and not exists (
            select 1 from leistung t where t.document_id = l.document_id and t.locale = ${params.locale})))
    order by l.titel, l.document_id`);
  return rows;
}

/** Leistungen for which an Organisationseinheit is responsible somewhere. */
export async function listLeistungenByOrganisationseinheit(
  db: Db,
  params: { schluessel: string; locale: Locale },
): Promise<Leistungstreffer[]> {
  const { rows } = await db.execute<Leistungstreffer>(sql`
    select ${fields} from leistung l
    where l.document_id in (select leistung_document_id from zustaendigkeit where organisationseinheit = ${params.schluessel})
      and (l.locale = ${params.locale} or (l.locale = 'de' and not exists (
            select 1 from leistung t where t.document_id = l.document_id and t.locale = ${params.locale})))
    order by l.titel`);
  return rows;
}

export async function listLeistungSlugs(db: Db): Promise<{ slug: string; aktualisiertAm: Date }[]> {
  return db
    .select({ slug: leistung.slug, aktualisiertAm: leistung.aktualisiertAm })
    .from(leistung)
    .where(eq(leistung.locale, "de"))
    .orderBy(leistung.slug);
}

export async function countLeistungen(db: Db): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(distinct document_id)::int as n from leistung`,
  );
  return rows[0]?.n ?? 0;
}
