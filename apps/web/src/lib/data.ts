import "server-only";
import { katalogTags } from "@portal/cms-client/sync";
import { getDb } from "@portal/db/client";
import * as inhalte from "@portal/db/queries/inhalte";
import * as leistungen from "@portal/db/queries/leistungen";
import * as organisationseinheiten from "@portal/db/queries/organisationseinheiten";
import * as orte from "@portal/db/queries/orte";
import * as zustaendigkeit from "@portal/db/queries/zustaendigkeit";
import { unstable_cache } from "next/cache";

// The web app's read access to the catalogue. Everything that comes from the CMS is cached and
// tagged by collection; the CMS webhook expires the tags, so editors' changes show at once and
// every other request is served from the cache. Reference data (municipalities) changes only with
// a new seed at start, when the start-up resync expires it too (tag GEBIET).

type Tag = (typeof katalogTags)[keyof typeof katalogTags];

function cached<A extends unknown[], R>(name: string, tags: Tag[], fn: (...args: A) => Promise<R>) {
  return unstable_cache(fn, [name], { tags: [...tags] });
}

const db = () => getDb();
const L = katalogTags;

export const getLeistung = cached("leistung", [L.leistungen], (slug: string, locale: "de" | "en") =>
  leistungen.findLeistungBySlug(db(), { slug, locale }),
);
export const searchLeistungen = cached(
  "suche",
  [L.leistungen],
  (query: string, locale: "de" | "en", limit: number, offset: number) =>
    leistungen.searchLeistungen(db(), { query, locale, limit, offset }),
);
export const getLeistungenByLebenslage = cached(
  "leistungen-lebenslage",
  [L.leistungen, L.lebenslagen],
  (lebenslageDocumentId: string, locale: "de" | "en") =>
    leistungen.listLeistungenByLebenslage(db(), { lebenslageDocumentId, locale }),
);
export const getLeistungenByOrganisationseinheit = cached(
  "leistungen-behoerde",
  [L.leistungen],
  (schluessel: string, locale: "de" | "en") =>
    leistungen.listLeistungenByOrganisationseinheit(db(), { schluessel, locale }),
);
export const getZustaendigeStelle = cached(
  "zustaendige-stelle",
  [L.leistungen, L.organisationseinheiten],
  async (leistungDocumentId: string, ags: string) => {
    const schluessel = await zustaendigkeit.findZustaendigeStelle(db(), {
      leistungDocumentId,
      ags,
    });
    return schluessel
      ? organisationseinheiten.findOrganisationseinheit(db(), { schluessel })
      : null;
  },
);
export const getOrganisationseinheit = cached(
  "behoerde",
  [L.organisationseinheiten],
  (schluessel: string) => organisationseinheiten.findOrganisationseinheit(db(), { schluessel }),
);
export const getBehoerdenForGemeinde = cached(
  "behoerden-gemeinde",
  [L.leistungen, L.organisationseinheiten],
  (ags: string) => organisationseinheiten.listBehoerdenForGemeinde(db(), { ags }),
);
export const getLebenslagen = cached("lebenslagen", [L.lebenslagen], (locale: "de" | "en") =>
  inhalte.listLebenslagen(db(), { locale }),
);
export const getLebenslage = cached(
  "lebenslage",
  [L.lebenslagen],
  (slug: string, locale: "de" | "en") => inhalte.findLebenslageBySlug(db(), { slug, locale }),
);
export const getSeite = cached("seite", [L.seiten], (slug: string, locale: "de" | "en") =>
  inhalte.findSeiteBySlug(db(), { slug, locale }),
);
export const getMeldungen = cached(
  "meldungen",
  [L.meldungen],
  (locale: "de" | "en", limit: number) => inhalte.listMeldungen(db(), { locale, limit }),
);
export const getMeldung = cached("meldung", [L.meldungen], (slug: string, locale: "de" | "en") =>
  inhalte.findMeldungBySlug(db(), { slug, locale }),
);
export const getSitemapEntries = cached(
  "sitemap",
  [L.leistungen, L.lebenslagen, L.seiten, L.organisationseinheiten],
  async () => ({
    leistungen: await leistungen.listLeistungSlugs(db()),
    lebenslagen: (await inhalte.listLebenslagen(db(), { locale: "de" })).map((l) => l.slug),
    seiten: await inhalte.listSeitenSlugs(db()),
    behoerden: await organisationseinheiten.listOrganisationseinheitSchluessel(db()),
  }),
);

export const GEBIET = "gebiet";
export const findOrte = unstable_cache(
  (eingabe: string, limit: number) => orte.findOrte(db(), { eingabe, limit }),
  ["orte"],
  {
    tags: [GEBIET],
  },
);
export const getGemeinde = unstable_cache(
  (ags: string) => orte.findGemeinde(db(), { ags }),
  ["gemeinde"],
  { tags: [GEBIET] },
);
