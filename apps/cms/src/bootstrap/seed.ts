import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Core } from "@strapi/strapi";
import { cmsEnv } from "../env";

// First-start content from seed/cms (docs/content-model.md). An entry whose key already exists is
// left alone, so editors' changes survive restarts; missing entries are created and published.

type Json = Record<string, any>;

let seedDir = "";

/** Reads one seed file (an array). A missing file is skipped silently, a broken one with an error. */
function read(strapi: Core.Strapi, file: string): Json[] {
  const full = path.join(seedDir, file);
  if (!existsSync(full)) return [];
  try {
    const content = JSON.parse(readFileSync(full, "utf8"));
    if (Array.isArray(content)) return content;
    strapi.log.error(`[seed] ${full} skipped: not an array`);
  } catch (error: any) {
    strapi.log.error(`[seed] ${full} skipped: ${error?.message}`);
  }
  return [];
}

/** Every *.json file of a folder, each an array, in file-name order. */
function readFolder(strapi: Core.Strapi, folder: string): Json[] {
  const full = path.join(seedDir, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => read(strapi, path.join(folder, f)));
}

/** Suchbegriffe are stored as one comma-separated text per locale (see README). */
/** The entries whose key is not in the CMS yet, each key once (the first entry wins). */
function missing(entries: Json[], key: string, existing: Map<string, string>): Json[] {
  const seen = new Set(existing.keys());
  return entries.filter((e) => {
    if (typeof e?.[key] !== "string" || seen.has(e[key])) return false;
    seen.add(e[key]);
    return true;
  });
}

const terms = (v: unknown) => (Array.isArray(v) ? v.join(", ") : (v as string | undefined));

async function existingKeys(strapi: Core.Strapi, uid: string, field: string): Promise<Map<string, string>> {
  const rows = await strapi.db.query(uid as any).findMany({ select: [field, "documentId"] });
  return new Map(rows.map((r: Json) => [r[field], r.documentId]));
}

/** A broken seed entry is reported and skipped; it must not keep the CMS from starting. */
/** Uploads seed files (names under seed/cms/dateien/) to the media library; their ids. */
async function uploadSeedFiles(strapi: Core.Strapi, names: unknown[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names.map(String)) {
    const original = path.join(seedDir, "dateien", path.basename(name));
    // A copy: the upload service works on (and may move) the file it is given.
    const filepath = path.join(mkdtempSync(path.join(tmpdir(), "seed-")), path.basename(name));
    copyFileSync(original, filepath);
    const [file] = await strapi
      .plugin("upload")
      .service("upload")
      .upload({
        data: { fileInfo: { name: path.basename(name) } },
        files: { filepath, originalFilename: path.basename(name), mimetype: "application/pdf", size: statSync(filepath).size },
      });
    ids.push(file.id);
  }
  return ids;
}

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
  seedDir = cmsEnv.seedDir || path.resolve(strapi.dirs.app.root, "../../seed/cms");
  strapi.log.info(`[seed] from ${seedDir}`);
  const docs = (uid: string) => strapi.documents(uid as any);

  // Organisationseinheiten (not localized).
  const orgUid = "api::organisationseinheit.organisationseinheit";
  const orgs = [...read(strapi, "organisationseinheiten.json"), ...read(strapi, "landesbehoerden.json")];
  const orgKeys = await existingKeys(strapi, orgUid, "schluessel");
  const newOrgs = missing(orgs, "schluessel", orgKeys);
  let n = 0;
  for (const o of newOrgs) {
    await attempt(strapi, `organisationseinheit ${o.schluessel}`, () => docs(orgUid).create({ data: o, status: "published" }));
    progress(strapi, "organisationseinheiten", ++n, newOrgs.length);
  }

  // Lebenslagen: a tree, so parents before children (in rounds, for any depth).
  const llUid = "api::lebenslage.lebenslage";
  const llKeys = await existingKeys(strapi, llUid, "slug");
  // Relations join documents of the same locale, so an English version may only link Lebenslagen
  // that have an English version too.
  const llEnglish = new Set<string>(
    (await strapi.db.query(llUid).findMany({ where: { locale: "en" }, select: ["documentId"] })).map((r: Json) => r.documentId),
  );
  let pending = missing(read(strapi, "lebenslagen.json"), "slug", llKeys);
  const llTotal = pending.length;
  while (pending.length > 0) {
    const ready = pending.filter((l) => !l.parent || llKeys.has(l.parent));
    // A parent that is neither in the CMS nor in the file: create the rest without it.
    const round = ready.length > 0 ? ready : pending;
    for (const l of round) {
      const parent = l.parent ? llKeys.get(l.parent) : undefined;
      if (l.parent && !parent) strapi.log.warn(`[seed] lebenslage ${l.slug}: parent ${l.parent} not found`);
      const base = { slug: l.slug, reihenfolge: l.reihenfolge ?? 0, ...(parent ? { parent } : {}) };
      await attempt(strapi, `lebenslage ${l.slug}`, async () => {
        const created = await docs(llUid).create({
          locale: "de",
          data: { ...base, titel: l.titel, beschreibung: l.beschreibung },
          status: "published",
        });
        llKeys.set(l.slug, created.documentId);
        if (l.en) {
          const enParent = parent && llEnglish.has(parent) ? { parent } : {};
          await docs(llUid).update({
            documentId: created.documentId,
            locale: "en",
            data: { slug: l.slug, reihenfolge: base.reihenfolge, ...enParent, ...l.en },
            status: "published",
          });
          llEnglish.add(created.documentId);
        }
      });
    }
    pending = pending.filter((l) => !round.includes(l));
  }
  if (llTotal > 0) strapi.log.info(`[seed] lebenslagen ${llTotal}/${llTotal}`);

  // Leistungen.
  const lUid = "api::leistung.leistung";
  const leistungen = readFolder(strapi, "leistungen");
  const lKeys = await existingKeys(strapi, lUid, "slug");
  const newLeistungen = missing(leistungen, "slug", lKeys);
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
    const enShared = { ...shared, lebenslagen: shared.lebenslagen.filter((id) => llEnglish.has(id)) };
    const data = { ...l, ...shared, suchbegriffe: terms(suchbegriffe) };
    await attempt(strapi, `leistung ${l.slug}`, async () => {
      const created = await docs(lUid).create({ locale: "de", data, status: "published" });
      if (en) {
        await docs(lUid).update({
          documentId: created.documentId,
          locale: "en",
          // The seed's synonyms mix German and English, so English starts with the same list.
          data: { ...enShared, ...en, suchbegriffe: terms(en.suchbegriffe ?? suchbegriffe) },
          status: "published",
        });
      }
    });
    progress(strapi, "leistungen", ++n, newLeistungen.length);
  }

  // Formulare (not localized), each linked to its Leistung. Publishing checks the definition with
  // the portal's rules (bootstrap/formular.ts): a broken seed form is reported and skipped.
  const fUid = "api::formular.formular";
  const fKeys = await existingKeys(strapi, fUid, "schluessel");
  const leistungIds = await existingKeys(strapi, lUid, "slug");
  const newFormulare = missing(readFolder(strapi, "formulare"), "schluessel", fKeys);
  n = 0;
  for (const { schluessel, titel, leistung, definition } of newFormulare) {
    const leistungId = leistungIds.get(leistung);
    if (!leistungId) strapi.log.warn(`[seed] formular ${schluessel}: Leistung ${leistung} not found`);
    await attempt(strapi, `formular ${schluessel}`, () =>
      docs(fUid).create({
        data: {
          schluessel,
          titel,
          definition,
          ...(leistungId ? { leistung: { connect: [{ documentId: leistungId, locale: "de" }] } } : {}),
        },
        status: "published",
      }),
    );
    progress(strapi, "formulare", ++n, newFormulare.length);
  }

  // Seiten and Meldungen.
  for (const [uid, file] of [
    ["api::seite.seite", "seiten.json"],
    ["api::meldung.meldung", "meldungen.json"],
  ] as const) {
    const keys = await existingKeys(strapi, uid, "slug");
    const entries = missing(read(strapi, file), "slug", keys);
    n = 0;
    for (const { en, ...entry } of entries) {
      await attempt(strapi, `${uid} ${entry.slug}`, async () => {
        const created = await docs(uid).create({ locale: "de", data: entry, status: "published" });
        if (en) {
          const shared = { slug: entry.slug, ...(entry.datum ? { datum: entry.datum } : {}) };
          await docs(uid).update({ documentId: created.documentId, locale: "en", data: { ...shared, ...en }, status: "published" });
        }
      });
      progress(strapi, uid === "api::seite.seite" ? "seiten" : "meldungen", ++n, entries.length);
    }
  }
  // Beteiligung: Mandanten (by gemeindeAgs), then their Beteiligungsverfahren (by slug); not localized.
  for (const [uid, file, key] of [
    ["api::mandant.mandant", "mandanten.json", "gemeindeAgs"],
    ["api::verfahren.verfahren", "beteiligungsverfahren.json", "slug"],
  ] as const) {
    const keys = await existingKeys(strapi, uid, key);
    const entries = missing(read(strapi, file), key, keys);
    n = 0;
    for (const { dateien, ...entry } of entries) {
      await attempt(strapi, `${uid} ${entry[key]}`, async () => {
        // A procedure's documents: PDFs under seed/cms/dateien/, uploaded to the media library first.
        const dokumente = Array.isArray(dateien) ? await uploadSeedFiles(strapi, dateien) : undefined;
        await docs(uid).create({ data: dokumente ? { ...entry, dokumente } : entry, status: "published" });
      });
      progress(strapi, uid === "api::mandant.mandant" ? "mandanten" : "beteiligungsverfahren", ++n, entries.length);
    }
  }
  strapi.log.info(`[seed] done in ${Math.round((Date.now() - started) / 1000)} s`);
}
