import type { Db } from "@portal/db/client";
import { type SQL, sql } from "drizzle-orm";

const liste = (ids: string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * Materialises (Leistung × Gemeinde × Fall) → Organisationseinheit from each Leistung's rule (the
 * German version's) for every municipality. The same rule as `zustaendigeStelle` in
 * services/zustaendigkeit.ts, in SQL for speed; a test holds both equal on the whole seed.
 * Pass `leistungDocumentIds` to recompute only those Leistungen (after a CMS event).
 */
export async function materialiseZustaendigkeiten(
  db: Db,
  params: {
    leistungDocumentIds?: string[];
    praefix: { gemeindeverwaltung: string; verwaltungsverband: string; landratsamt: string };
  },
): Promise<number> {
  const ids = params.leistungDocumentIds;
  if (ids?.length === 0) return 0;
  const gv = sql`${params.praefix.gemeindeverwaltung}::text`;
  const vv = sql`${params.praefix.verwaltungsverband}::text`;
  const lra = sql`${params.praefix.landratsamt}::text`;
  await db.execute(
    ids
      ? sql`delete from zustaendigkeit where leistung_document_id in (${liste(ids)})`
      : sql`delete from zustaendigkeit`,
  );
  const result = await db.execute(sql`
    insert into zustaendigkeit (leistung_document_id, gemeinde_ars, fall, organisationseinheit)
    select document_id, ars, fall, organisationseinheit from (
      select r.document_id, g.ars, (f.nr - 1)::int as fall, coalesce(
        (select a->>'organisationseinheit'
           from jsonb_array_elements(coalesce(f.fall->'ausnahmen', '[]'::jsonb)) with ordinality x(a, i)
          where g.ars like (a->>'gebietArs') || '%'
          order by length(a->>'gebietArs') desc, i limit 1),
        case f.fall->>'ebene'
          when 'land' then f.fall->>'organisationseinheit'
          when 'gemeinde' then ${gv} || g.ags
          when 'verwaltungsgemeinschaft' then case v.typ
            when 'verwaltungsgemeinschaft' then ${gv} || v.sitz_ags
            when 'verwaltungsverband' then ${vv} || v.ars
            else ${gv} || g.ags end
          when 'kreis' then case k.typ when 'kreisfreie_stadt' then ${gv} || g.ags else ${lra} || k.schluessel end
        end) as organisationseinheit
      from (select distinct on (l.document_id) l.document_id, l.zustaendigkeit as regel
              from leistung l
             where ${ids ? sql`l.document_id in (${liste(ids)})` : sql`true`}
             order by l.document_id, (l.locale = 'de') desc) r
      cross join lateral jsonb_array_elements(
        jsonb_build_array(r.regel - 'weitereFaelle') || coalesce(r.regel->'weitereFaelle', '[]'::jsonb)
      ) with ordinality f(fall, nr)
      cross join gemeinde g
      join verband v on v.ars = g.verband_ars
      join kreis k on k.schluessel = g.kreis_schluessel
    ) z where organisationseinheit is not null`);
  return result.rowCount ?? 0;
}

/**
 * The Organisationseinheiten responsible for a Leistung in a municipality, one per case of its
 * rule in the rule's order; empty if none is known.
 */
export async function findZustaendigeStellen(
  db: Db,
  params: { leistungDocumentId: string; ags: string },
): Promise<{ fall: number; organisationseinheit: string }[]> {
  const { rows } = await db.execute<{ fall: number; organisationseinheit: string }>(sql`
    select z.fall, z.organisationseinheit from zustaendigkeit z join gemeinde g on g.ars = z.gemeinde_ars
    where z.leistung_document_id = ${params.leistungDocumentId} and g.ags = ${params.ags}
    order by z.fall`);
  return rows;
}

/** The whole materialised table, for comparing it with the rule. */
export async function listZustaendigkeiten(
  db: Db,
): Promise<
  { leistungDocumentId: string; gemeindeArs: string; fall: number; organisationseinheit: string }[]
> {
  const { rows } = await db.execute<{
    leistungDocumentId: string;
    gemeindeArs: string;
    fall: number;
    organisationseinheit: string;
  }>(sql`select leistung_document_id as "leistungDocumentId", gemeinde_ars as "gemeindeArs", fall,
                organisationseinheit from zustaendigkeit`);
  return rows;
}

/** What the rule needs to know about every municipality (see `Gebietskontext`). */
export async function listGebietskontexte(db: Db): Promise<
  {
    ags: string;
    ars: string;
    kreis: { schluessel: string; typ: "landkreis" | "kreisfreie_stadt" };
    verband: {
      ars: string;
      typ: "verbandsfrei" | "verwaltungsgemeinschaft" | "verwaltungsverband";
      sitzAgs: string | null;
    };
  }[]
> {
  const { rows } = await db.execute<{
    ags: string;
    ars: string;
    kreis: { schluessel: string; typ: "landkreis" | "kreisfreie_stadt" };
    verband: {
      ars: string;
      typ: "verbandsfrei" | "verwaltungsgemeinschaft" | "verwaltungsverband";
      sitzAgs: string | null;
    };
  }>(sql`
    select g.ags, g.ars,
           json_build_object('schluessel', k.schluessel, 'typ', k.typ) as kreis,
           json_build_object('ars', v.ars, 'typ', v.typ, 'sitzAgs', v.sitz_ags) as verband
    from gemeinde g join verband v on v.ars = g.verband_ars join kreis k on k.schluessel = g.kreis_schluessel
    order by g.ags`);
  return rows;
}
