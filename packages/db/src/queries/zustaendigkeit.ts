import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";

/**
 * Materialises (Leistung × Gemeinde) → Organisationseinheit from each Leistung's rule, following how
 * Saxony assigns tasks (DOMAIN.md):
 * - an explicit exception for the area wins (longest ARS prefix), e.g. a Große Kreisstadt that holds
 *   the lower building authority (§ 57 SächsBO);
 * - "gemeinde": the municipality itself (Selbstverwaltungsaufgaben such as the dog tax);
 * - "verwaltungsgemeinschaft": Weisungsaufgaben go to the erfüllende Gemeinde of a
 *   Verwaltungsgemeinschaft (§ 36 SächsKomZG) or to the Verwaltungsverband; otherwise the municipality;
 * - "kreis": the kreisfreie Stadt itself, otherwise the Landratsamt;
 * - "land": the one state authority the rule names.
 * Pass `leistungDocumentIds` to recompute only those Leistungen (after a webhook).
 */
export async function materialiseZustaendigkeiten(
  db: Database,
  params: { leistungDocumentIds?: string[] } = {},
): Promise<number> {
  const ids = params.leistungDocumentIds;
  const only = ids
    ? sql`and l.document_id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  if (ids?.length === 0) return 0;
  return db.transaction(async (tx) => {
    await tx.execute(
      ids
        ? sql`delete from zustaendigkeit where leistung_document_id in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`delete from zustaendigkeit`,
    );
    const result = await tx.execute(sql`
      insert into zustaendigkeit (leistung_document_id, gemeinde_ars, organisationseinheit)
      select r.document_id, g.ars, coalesce(
        (select a->>'organisationseinheit'
           from jsonb_array_elements(coalesce(r.regel->'ausnahmen', '[]'::jsonb)) a
          where g.ars like (a->>'gebietArs') || '%'
          order by length(a->>'gebietArs') desc limit 1),
        case r.regel->>'ebene'
          when 'land' then r.regel->>'organisationseinheit'
          when 'gemeinde' then 'gv-' || g.ags
          when 'verwaltungsgemeinschaft' then case v.typ
            when 'verwaltungsgemeinschaft' then 'gv-' || v.sitz_ags
            when 'verwaltungsverband' then 'vv-' || v.ars
            else 'gv-' || g.ags end
          when 'kreis' then case k.typ when 'kreisfreie_stadt' then 'gv-' || g.ags else 'lra-' || k.schluessel end
        end)
      from (select distinct on (l.document_id) l.document_id, l.zustaendigkeit as regel
              from leistung l where true ${only} order by l.document_id, l.locale) r
      cross join gemeinde g
      join verband v on v.ars = g.verband_ars
      join kreis k on k.schluessel = g.kreis_schluessel
      where r.regel->>'ebene' <> 'land' or r.regel->>'organisationseinheit' is not null`);
    return result.rowCount ?? 0;
  });
}

export type ZustaendigeStelle = {
  schluessel: string;
  name: string;
  art: string;
};

/** The Organisationseinheit responsible for a Leistung in a municipality, or null if none is known. */
export async function findZustaendigeStelle(
  db: Database,
  params: { leistungDocumentId: string; ags: string },
): Promise<string | null> {
  const { rows } = await db.execute<{ organisationseinheit: string }>(sql`
    select z.organisationseinheit from zustaendigkeit z join gemeinde g on g.ars = z.gemeinde_ars
    where z.leistung_document_id = ${params.leistungDocumentId} and g.ags = ${params.ags}`);
  return rows[0]?.organisationseinheit ?? null;
}
