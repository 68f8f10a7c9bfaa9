import "server-only";
import { getDb } from "@portal/db/client";
import { FORMULARE_TAG, listFormulareFuerLeistung } from "@portal/forms/server";
import * as katalog from "@portal/katalog/server";
import { unstable_cache } from "next/cache";

// The web app's read access to the catalogue. Everything that comes from the CMS is cached and
// tagged by collection; a CMS event expires the tags, so editors' changes show at once and every
// other request is served from the cache. Reference data (municipalities) changes only with a new
// seed at start, when the start-up resync expires it too (tag GEBIET_TAG).

type Tag = katalog.KatalogTag | typeof katalog.GEBIET_TAG | typeof FORMULARE_TAG;

function cached<A extends unknown[], R>(name: string, tags: Tag[], fn: (...args: A) => Promise<R>) {
  return unstable_cache(fn, [name], { tags: [...tags] });
}

const db = () => getDb();
const L = katalog.katalogTags;
type Sprache = "de" | "en";

/** A Leistung for a page in `sprache`: every text with the language it is in (German fallback). */
export const getLeistung = cached(
  "leistung-in-sprache",
  [L.leistungen],
  (slug: string, sprache: Sprache) => katalog.ladeLeistung(db(), { slug, sprache }),
);
/**
 * Search results, not cached here: each query's page is cached whole (the route suche/[q]/[seite]),
 * so a result cache would only be read when that page is, and it expires with the same tag. For a
 * query nobody asked before it cost a cache key hash, a lookup on disk and a copy into memory.
 */
export const searchLeistungen = (
  anfrage: string,
  sprache: Sprache,
  limit: number,
  offset: number,
) => katalog.sucheLeistungen(db(), { anfrage, sprache, limit, offset });
export const getLeistungenByLebenslage = cached(
  "leistungen-lebenslage",
  [L.leistungen, L.lebenslagen],
  (lebenslageDocumentId: string, locale: Sprache) =>
    katalog.listLeistungenByLebenslage(db(), { lebenslageDocumentId, locale }),
);
export const getLeistungenByOrganisationseinheit = cached(
  "leistungen-behoerde",
  [L.leistungen],
  (schluessel: string, locale: Sprache) =>
    katalog.listLeistungenByOrganisationseinheit(db(), { schluessel, locale }),
);
/** The authorities responsible for a Leistung in a municipality, one per case of its rule. */
export const getZustaendigeStellen = cached(
  "zustaendige-stellen",
  [L.leistungen, L.organisationseinheiten],
  async (leistungDocumentId: string, ags: string) => {
    const faelle = await katalog.findZustaendigeStellen(db(), { leistungDocumentId, ags });
    const stellen = await Promise.all(
      faelle.map(async (f) => ({
        fall: f.fall,
        stelle: await katalog.findOrganisationseinheit(db(), {
          schluessel: f.organisationseinheit,
        }),
      })),
    );
    return stellen.filter((s) => s.stelle !== null) as {
      fall: number;
      stelle: katalog.OrganisationseinheitRow;
    }[];
  },
);
export const getOrganisationseinheit = cached(
  "behoerde",
  [L.organisationseinheiten],
  (schluessel: string) => katalog.findOrganisationseinheit(db(), { schluessel }),
);
export const getBehoerdenForGemeinde = cached(
  "behoerden-gemeinde",
  [L.leistungen, L.organisationseinheiten],
  (ags: string) => katalog.listBehoerdenForGemeinde(db(), { ags }),
);
export const getLebenslagen = cached("lebenslagen", [L.lebenslagen], (locale: Sprache) =>
  katalog.listLebenslagen(db(), { locale }),
);
export const getLebenslage = cached(
  "lebenslage",
  [L.lebenslagen],
  (slug: string, locale: Sprache) => katalog.findLebenslageBySlug(db(), { slug, locale }),
);
export const getSeite = cached("seite", [L.seiten], (slug: string, locale: Sprache) =>
  katalog.findSeiteBySlug(db(), { slug, locale }),
);
export const getMeldungen = cached("meldungen", [L.meldungen], (locale: Sprache, limit: number) =>
  katalog.listMeldungen(db(), { locale, limit }),
);
export const getMeldung = cached("meldung", [L.meldungen], (slug: string, locale: Sprache) =>
  katalog.findMeldungBySlug(db(), { slug, locale }),
);
export const getSitemapEntries = cached(
  "sitemap",
  [L.leistungen, L.lebenslagen, L.seiten, L.organisationseinheiten],
  async () => ({
    leistungen: await katalog.listLeistungSlugs(db()),
    lebenslagen: (await katalog.listLebenslagen(db(), { locale: "de" })).map((l) => l.slug),
    seiten: await katalog.listSeitenSlugs(db()),
    behoerden: await katalog.listOrganisationseinheitSchluessel(db()),
  }),
);

export const loeseOrtAuf = cached("ortsaufloesung", [katalog.GEBIET_TAG], (eingabe: string) =>
  katalog.loeseOrtAuf(db(), { eingabe }),
);
export const findOrte = cached("orte", [katalog.GEBIET_TAG], (eingabe: string, limit: number) =>
  katalog.findeOrte(db(), { eingabe, limit }),
);
export const getGemeinde = cached("gemeinde", [katalog.GEBIET_TAG], (ags: string) =>
  katalog.findGemeinde(db(), { ags }),
);

/** The online forms for a Leistung (their newest versions): the service page's "Online beantragen". */
export const getFormulareFuerLeistung = cached(
  "formulare-leistung",
  [FORMULARE_TAG],
  async (leistung: string) =>
    (await listFormulareFuerLeistung(db(), { leistung })).map((f) => ({
      schluessel: f.schluessel,
      titel: f.definition.titel,
    })),
);
