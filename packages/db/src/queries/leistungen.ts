import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
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
  db: Database,
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
 * order); when that finds nothing, typo-tolerant trigram matching on title and synonyms
 * ("Persoanlausweis" finds "Personalausweis"). Results in the requested language, else German.
 */
export async function searchLeistungen(
  db: Database,
  params: { query: string; locale: Locale; limit: number; offset: number },
): Promise<Suchergebnis> {
  const query = params.query.trim();
  if (!query) return { treffer: [], gesamt: 0, unscharf: false };
  const inLocale = sql`(l.locale = ${params.locale} or (l.locale = 'de' and not exists (
      select 1 from leistung t where t.document_id = l.document_id and t.locale = ${params.locale})))`;
  const exact = await db.execute<Leistungstreffer & { gesamt: number }>(sql`
    select ${fields}, count(*) over ()::int as gesamt
    from leistung l, websearch_to_tsquery('german', ${query}) q
    where ${inLocale} and l.suchvektor @@ q
    order by ts_rank_cd(l.suchvektor, q) desc, l.titel
    limit ${params.limit} offset ${params.offset}`);
  if (exact.rows.length || params.offset > 0) {
    return {
      treffer: exact.rows.map(stripGesamt),
      gesamt: exact.rows[0]?.gesamt ?? 0,
      unscharf: false,
    };
  }
  const lower = query.toLowerCase();
  const fuzzy = await db.execute<Leistungstreffer & { gesamt: number }>(sql`
    select ${fields}, count(*) over ()::int as gesamt
    from leistung l
    where ${inLocale} and word_similarity(${lower}, l.suchtext) >= 0.45
    order by word_similarity(${lower}, l.suchtext) desc, l.titel
    limit ${params.limit}`);
  return {
    treffer: fuzzy.rows.map(stripGesamt),
    gesamt: fuzzy.rows[0]?.gesamt ?? 0,
    unscharf: fuzzy.rows.length > 0,
  };
}

function stripGesamt({
  gesamt: _gesamt,
  ...treffer
}: Leistungstreffer & { gesamt: number }): Leistungstreffer {
  return treffer;
}

/** Leistungen of one Lebenslage (including its sub-Lebenslagen), in the requested language. */
export async function listLeistungenByLebenslage(
  db: Database,
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
  db: Database,
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

export async function listLeistungSlugs(
  db: Database,
): Promise<{ slug: string; aktualisiertAm: Date }[]> {
  return db
    .select({ slug: leistung.slug, aktualisiertAm: leistung.aktualisiertAm })
    .from(leistung)
    .where(eq(leistung.locale, "de"))
    .orderBy(leistung.slug);
}

export async function countLeistungen(db: Database): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(distinct document_id)::int as n from leistung`,
  );
  return rows[0]?.n ?? 0;
}
