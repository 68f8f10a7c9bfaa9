import "server-only";

// The catalogue's public API for apps and workers (Amt24: Leistungen, Organisationseinheiten,
// Lebenslagen, pages, news; the Zuständigkeitsfinder). Everything else in this package is internal.

export type { LebenslageRow, MeldungRow, SeiteRow } from "./queries/inhalte.ts";
export {
  findLebenslageBySlug,
  findMeldungBySlug,
  findSeiteBySlug,
  listLebenslagen,
  listMeldungen,
  listSeitenSlugs,
} from "./queries/inhalte.ts";
export type { LeistungMitOriginal, LeistungRow, Leistungstreffer } from "./queries/leistungen.ts";
export {
  countLeistungen,
  findLeistungBySlug,
  listLeistungenByLebenslage,
  listLeistungenByOrganisationseinheit,
  listLeistungSlugs,
} from "./queries/leistungen.ts";
export type { OrganisationseinheitRow } from "./queries/organisationseinheiten.ts";
export {
  findOrganisationseinheit,
  listBehoerdenForGemeinde,
  listOrganisationseinheitSchluessel,
} from "./queries/organisationseinheiten.ts";
export type { GemeindeInfo, Ortstreffer } from "./queries/orte.ts";
export { findGemeinde, listGemeindeAgs } from "./queries/orte.ts";
export { findZustaendigeStellen } from "./queries/zustaendigkeit.ts";
export {
  arbeiteKatalogJobs,
  CMS_EREIGNISSE,
  KATALOG_WARTESCHLANGEN,
  type KatalogArbeit,
  meldeCmsEreignis,
  RESYNC,
} from "./services/ereignisse.ts";
export {
  findeOrte,
  loeseOrtAuf,
  MAX_ORTSEINGABE,
  type Ortsaufloesung,
  type Ortsvorschlag,
} from "./services/orte.ts";
export type {
  InSprache,
  LeistungInSprache,
  LeistungsmoduleInSprache,
  ZustaendigkeitInSprache,
} from "./services/sprache.ts";
export { ladeLeistung, leistungInSprache, mitFallback } from "./services/sprache.ts";
export { MAX_SUCHANFRAGE, type Suchergebnis, sucheLeistungen } from "./services/suche.ts";
export {
  type CmsEreignis,
  GEBIET_TAG,
  istGespiegeltesModell,
  type KatalogTag,
  katalogTags,
  resyncKatalog,
  verarbeiteCmsEreignis,
} from "./services/sync.ts";
export {
  behoerdenschluessel,
  istBehoerdenschluessel,
  materialisiereZustaendigkeiten,
  zustaendigeStelle,
  zustaendigeStellen,
} from "./services/zustaendigkeit.ts";
