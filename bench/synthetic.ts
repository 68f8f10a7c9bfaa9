// Scales the catalogue read model to N services by cloning the seeded ones with new keys, slugs and
// varied titles, so that load figures are measured on a catalogue of realistic size (≥ 2,000).
// Written straight into the portal database: this is about the portal's read path, not the CMS.
import type { Database } from "@portal/db/client";
import { materialisiereZustaendigkeiten } from "@portal/katalog/server";
import { sql } from "drizzle-orm";

const ORTE = [
  "Dresden",
  "Leipzig",
  "Chemnitz",
  "Zwickau",
  "Plauen",
  "Görlitz",
  "Freiberg",
  "Bautzen",
  "Pirna",
  "Meißen",
];
const ZUSAETZE = [
  "Sonderfall",
  "Ergänzung",
  "Verlängerung",
  "Änderung",
  "Auskunft",
  "Bescheinigung",
  "Erstattung",
  "Befreiung",
];

export async function scaleCatalogue(db: Database, target: number): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(distinct document_id)::int as n from leistung`,
  );
  const existing = rows[0]?.n ?? 0;
  const missing = target - existing;
  if (missing <= 0) return existing;
  await db.execute(sql`
    insert into leistung (document_id, locale, slug, leika_schluessel, titel, bezeichnung, kurztext, suchbegriffe, module, zustaendigkeit)
    select 'synthetic-' || n || '-' || src.document_id, src.locale, 'synthetisch-' || n || '-' || src.slug,
           lpad((90000000000000 + n)::text, 14, '0'),
           src.titel || ' – ' || (${sql.raw(`array['${ZUSAETZE.join("','")}']`)})[1 + n % ${ZUSAETZE.length}]
                     || ' ' || (${sql.raw(`array['${ORTE.join("','")}']`)})[1 + n % ${ORTE.length}],
           src.bezeichnung, src.kurztext, src.suchbegriffe, src.module, src.zustaendigkeit
    from generate_series(1, ${missing}) n
    join lateral (
      select * from leistung where locale = 'de' and document_id not like 'synthetic-%'
      order by document_id offset (n % ${existing}) limit 1
    ) src on true`);
  await materialisiereZustaendigkeiten(db);
  // What a publication does too (the search vocabulary), and fresh planner statistics, as
  // autovacuum would give them a minute later.
  await db.execute(sql`refresh materialized view suchwort`);
  await db.execute(sql`analyze`);
  const after = await db.execute<{ n: number }>(
    sql`select count(distinct document_id)::int as n from leistung`,
  );
  return after.rows[0]?.n ?? 0;
}
