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

export type Suchergebnis = {
  treffer: Leistungstreffer[];
  gesamt: number;
  /** True when nothing matched exactly and the hits come from typo-tolerant matching. */
  unscharf: boolean;
};

const fields = sql`l.document_id as "documentId", l.slug, l.titel, l.kurztext, l.locale`;

/**
 * German full-text search over title, synonyms, designation, short and full text (weighted in that
 * order); when that finds nothing, the same search with each word corrected against the
 * catalogue's vocabulary and taken as a prefix. Results in the requested language, else German.
 */
export async function searchLeistungen(
  db: Db,
  params: { query: string; locale: Locale; limit: number; offset: number },
): Promise<Suchergebnis> {
  const query = params.query.trim();
  const none = { treffer: [], gesamt: 0, unscharf: false };
  if (!query) return none;
  // A document matches when any of its language versions does ("Personalausweis" finds the service
  // on the English portal too); it is shown in the requested language where there is one.
  const search = async (tsquery: SQL, offset: number) => {
    const { rows } = await db.execute<Leistungstreffer & { gesamt: number }>(sql`
      with treffer as (
        select m.document_id, max(ts_rank_cd(m.suchvektor, q)) as rang
        from leistung m, ${tsquery} q where m.suchvektor @@ q group by m.document_id)
      select ${fields}, count(*) over ()::int as gesamt
      from treffer t join leistung l on l.document_id = t.document_id
      where (l.locale = ${params.locale} or (l.locale = 'de' and not exists (
        select 1 from leistung v where v.document_id = l.document_id and v.locale = ${params.locale})))
      order by t.rang desc, l.titel
      limit ${params.limit} offset ${offset}`);
    return { treffer: rows.map(stripGesamt), gesamt: rows[0]?.gesamt ?? 0 };
  };
  const exact = await search(sql`websearch_to_tsquery('german', ${query})`, params.offset);
  if (exact.treffer.length || params.offset > 0) return { ...exact, unscharf: false };

  // Typos and word beginnings: each word is replaced by the closest word of the catalogue's
  // vocabulary (materialised view suchwort, trigram index), then searched as a prefix, so
  // "Persoanlausweis" finds "Personalausweis" and "Reisep" finds "Reisepass". Words are letters
  // only, which keeps them safe inside to_tsquery.
  const words = [...new Set(query.toLowerCase().split(/[^\p{L}]+/u))]
    .filter((w) => w.length >= 3)
    .slice(0, 6);
  if (!words.length) return none;
  const { rows } = await db.execute<{ tsquery: string | null }>(sql`
    select string_agg(coalesce(b.wort, w) || ':*', ' & ') as tsquery
    from unnest(array[${sql.join(
      words.map((w) => sql`${w}`),
      sql`, `,
    )}]::text[]) w
    left join lateral (
      select wort from suchwort
      where wort % w or wort like w || '%'
      order by (wort like w || '%') desc, similarity(wort, w) desc, length(wort)
      limit 1
    ) b on true`);
  const tsquery = rows[0]?.tsquery;
  if (!tsquery) return none;
  const fuzzy = await search(sql`to_tsquery('german', ${tsquery})`, 0);
  return { ...fuzzy, unscharf: fuzzy.treffer.length > 0 };
}

function stripGesamt({
  gesamt: _gesamt,
  ...treffer
}: Leistungstreffer & { gesamt: number }): Leistungstreffer {
  return treffer;
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
