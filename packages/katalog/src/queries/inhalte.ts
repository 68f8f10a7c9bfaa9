import type { Db } from "@portal/db/client";
import { sql } from "drizzle-orm";
import type { Locale } from "../types.ts";

// Editorial content in the requested language, falling back to German where no translation exists;
// `locale` says which one was found so pages can mark German text with lang="de".
const preferLocale = (table: string, locale: Locale) =>
  sql.raw(`select distinct on (document_id) * from ${table} where locale in ('${locale === "en" ? "en" : "de"}', 'de')
           order by document_id, (locale = '${locale === "en" ? "en" : "de"}') desc`);

export type LebenslageRow = {
  documentId: string;
  locale: string;
  slug: string;
  titel: string;
  beschreibung: string | null;
  parentDocumentId: string | null;
  reihenfolge: number;
};

const lebenslageFields = sql`document_id as "documentId", locale, slug, titel, beschreibung,
  parent_document_id as "parentDocumentId", reihenfolge`;

export async function listLebenslagen(
  db: Db,
  params: { locale: Locale },
): Promise<LebenslageRow[]> {
  const { rows } = await db.execute<LebenslageRow>(sql`
    select ${lebenslageFields} from (${preferLocale("lebenslage", params.locale)}) x order by reihenfolge, titel`);
  return rows;
}

export async function findLebenslageBySlug(
  db: Db,
  params: { slug: string; locale: Locale },
): Promise<LebenslageRow | null> {
  const { rows } = await db.execute<LebenslageRow>(sql`
    select ${lebenslageFields} from (${preferLocale("lebenslage", params.locale)}) x where slug = ${params.slug}`);
  return rows[0] ?? null;
}

export type SeiteRow = {
  documentId: string;
  locale: string;
  slug: string;
  titel: string;
  inhalt: string;
};

export async function findSeiteBySlug(
  db: Db,
  params: { slug: string; locale: Locale },
): Promise<SeiteRow | null> {
  const { rows } = await db.execute<SeiteRow>(sql`
    select document_id as "documentId", locale, slug, titel, inhalt
    from (${preferLocale("seite", params.locale)}) x where slug = ${params.slug}`);
  return rows[0] ?? null;
}

export async function listSeitenSlugs(db: Db): Promise<string[]> {
  const { rows } = await db.execute<{ slug: string }>(
    sql`select distinct slug from seite order by slug`,
  );
  return rows.map((r) => r.slug);
}

export type MeldungRow = {
  documentId: string;
  locale: string;
  slug: string;
  titel: string;
  datum: string;
  teaser: string | null;
  inhalt: string;
};

const meldungFields = sql`document_id as "documentId", locale, slug, titel, datum::text as datum, teaser, inhalt`;

export async function listMeldungen(
  db: Db,
  params: { locale: Locale; limit: number },
): Promise<MeldungRow[]> {
  const { rows } = await db.execute<MeldungRow>(sql`
    select ${meldungFields} from (${preferLocale("meldung", params.locale)}) x order by datum desc limit ${params.limit}`);
  return rows;
}

export async function findMeldungBySlug(
  db: Db,
  params: { slug: string; locale: Locale },
): Promise<MeldungRow | null> {
  const { rows } = await db.execute<MeldungRow>(sql`
    select ${meldungFields} from (${preferLocale("meldung", params.locale)}) x where slug = ${params.slug}`);
  return rows[0] ?? null;
}
