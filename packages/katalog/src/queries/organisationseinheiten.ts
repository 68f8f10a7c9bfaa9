import type { Db } from "@portal/db/client";
import { eq, sql } from "drizzle-orm";
import { organisationseinheit } from "../schema.ts";

export type OrganisationseinheitRow = typeof organisationseinheit.$inferSelect;

export async function findOrganisationseinheit(
  db: Db,
  params: { schluessel: string },
): Promise<OrganisationseinheitRow | null> {
  const rows = await db
    .select()
    .from(organisationseinheit)
    .where(eq(organisationseinheit.schluessel, params.schluessel));
  return rows[0] ?? null;
}

/** The authorities that serve a municipality (any Leistung), with how many Leistungen each performs there. */
export async function listBehoerdenForGemeinde(
  db: Db,
  params: { ags: string },
): Promise<
  (Pick<OrganisationseinheitRow, "schluessel" | "name" | "art"> & { leistungen: number })[]
> {
  const { rows } = await db.execute<
    Pick<OrganisationseinheitRow, "schluessel" | "name" | "art"> & { leistungen: number }
  >(sql`
    select o.schluessel, o.name, o.art, count(*)::int as leistungen
    from zustaendigkeit z
    join gemeinde g on g.ars = z.gemeinde_ars
    join organisationseinheit o on o.schluessel = z.organisationseinheit
    where g.ags = ${params.ags}
    group by o.schluessel, o.name, o.art
    order by count(*) desc, o.name`);
  return rows;
}

export async function listOrganisationseinheitSchluessel(db: Db): Promise<string[]> {
  const rows = await db
    .select({ s: organisationseinheit.schluessel })
    .from(organisationseinheit)
    .orderBy(organisationseinheit.schluessel);
  return rows.map((r) => r.s);
}
