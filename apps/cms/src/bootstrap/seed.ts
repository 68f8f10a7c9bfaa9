import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Core } from "@strapi/strapi";

// First-start content from seed/cms (docs/content-model.md). An entry whose key already exists is
// left alone, so editors' changes survive restarts; missing entries are created and published.

type Json = Record<string, any>;

const seedDir = () => process.env.SEED_DIR ?? path.resolve(process.cwd(), "../../seed/cms");

function read(file: string): Json[] {
  const full = path.join(seedDir(), file);
  return existsSync(full) ? JSON.parse(readFileSync(full, "utf8")) : [];
}

function readFolder(folder: string): Json[] {
  const full = path.join(seedDir(), folder);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => read(path.join(folder, f)));
}

async function existingKeys(strapi: Core.Strapi, uid: string, field: string): Promise<Map<string, string>> {
  const rows = await strapi.db.query(uid as any).findMany({ select: [field, "documentId"] });
  return new Map(rows.map((r: Json) => [r[field], r.documentId]));
}

/** A broken seed entry is reported and skipped; it must not keep the CMS from starting. */
async function attempt(strapi: Core.Strapi, what: string, fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error: any) {
    const details = error?.details?.errors?.map((e: Json) => `${e.path?.join(".")}: ${e.message}`).join("; ");
    strapi.log.error(`[seed] ${what} skipped: ${error?.message}${details ? ` (${details})` : ""}`);
  }
}

function progress(strapi: Core.Strapi, what: string, done: number, total: number) {
  if (done === total || done % 100 === 0) strapi.log.info(`[seed] ${what} ${done}/${total}`);
}

export async function seedContent(strapi: Core.Strapi) {
  const started = Date.now();
  const docs = (uid: string) => strapi.documents(uid as any);

  // Organisationseinheiten (not localized).
  const orgUid = "api::organisationseinheit.organisationseinheit";
  const orgs = [...read("organisationseinheiten.json"), ...read("landesbehoerden.json")];
  const orgKeys = await existingKeys(strapi, orgUid, "schluessel");
  const newOrgs = orgs.filter((o) => !orgKeys.has(o.schluessel));
  let n = 0;
  for (const o of newOrgs) {
    await attempt(strapi, `organisationseinheit ${o.schluessel}`, () => docs(orgUid).create({ data: o, status: "published" }));
    progress(strapi, "organisationseinheiten", ++n, newOrgs.length);
  }

  // Lebenslagen: parents before children.
  const llUid = "api::lebenslage.lebenslage";
  const lebenslagen = read("lebenslagen.json").sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  const llKeys = await existingKeys(strapi, llUid, "slug");
  for (const l of lebenslagen) {
    if (llKeys.has(l.slug)) continue;
    const parent = l.parent ? llKeys.get(l.parent) : undefined;
    const base = { slug: l.slug, reihenfolge: l.reihenfolge ?? 0, ...(parent ? { parent } : {}) };
    const created = await docs(llUid).create({ locale: "de", data: { ...base, titel: l.titel, beschreibung: l.beschreibung }, status: "published" });
    llKeys.set(l.slug, created.documentId);
    if (l.en) {
      await docs(llUid).update({ documentId: created.documentId, locale: "en", data: { ...base, ...l.en }, status: "published" });
    }
  }

  // Leistungen.
  const lUid = "api::leistung.leistung";
  const leistungen = readFolder("leistungen");
  const lKeys = await existingKeys(strapi, lUid, "slug");
  const newLeistungen = leistungen.filter((l) => !lKeys.has(l.slug));
  n = 0;
  for (const { en, lebenslagen: slugs = [], suchbegriffe, ...l } of newLeistungen) {
    const shared = {
      slug: l.slug,
      leikaSchluessel: l.leikaSchluessel,
      gebuehren: l.gebuehren ?? [],
      rechtsgrundlagen: l.rechtsgrundlagen ?? [],
      weiterfuehrendeInformationen: l.weiterfuehrendeInformationen ?? [],
      formulare: l.formulare ?? [],
      zustaendigkeit: l.zustaendigkeit,
      freigabe: l.freigabe,
      lebenslagen: (slugs as string[]).map((s) => llKeys.get(s)).filter(Boolean),
    };
    const data = { ...l, ...shared, suchbegriffe: Array.isArray(suchbegriffe) ? suchbegriffe.join(", ") : suchbegriffe };
    await attempt(strapi, `leistung ${l.slug}`, async () => {
      const created = await docs(lUid).create({ locale: "de", data, status: "published" });
      if (en) {
        await docs(lUid).update({ documentId: created.documentId, locale: "en", data: { ...shared, ...en }, status: "published" });
      }
    });
    progress(strapi, "leistungen", ++n, newLeistungen.length);
  }

  // Seiten and Meldungen.
  for (const [uid, file] of [
    ["api::seite.seite", "seiten.json"],
    ["api::meldung.meldung", "meldungen.json"],
  ] as const) {
    const keys = await existingKeys(strapi, uid, "slug");
    for (const { en, ...entry } of read(file)) {
      if (keys.has(entry.slug)) continue;
      await attempt(strapi, `${uid} ${entry.slug}`, async () => {
        const created = await docs(uid).create({ locale: "de", data: entry, status: "published" });
        if (en) {
          const shared = { slug: entry.slug, ...(entry.datum ? { datum: entry.datum } : {}) };
          await docs(uid).update({ documentId: created.documentId, locale: "en", data: { ...shared, ...en }, status: "published" });
        }
      });
    }
  }
  strapi.log.info(`[seed] done in ${Math.round((Date.now() - started) / 1000)} s`);
}
