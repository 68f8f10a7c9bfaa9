import "server-only";

// The participation domain's public API (Beteiligungsportal, issue 11): contributions to a
// procedure (comments and replies, map points, statements), their e-mail confirmation, ratings,
// reports and moderation, and the reads for the public page, the moderation queue and the
// statistics. The procedures' rules come in as plain data (`Verfahrensregeln`, ./types.ts) until
// the CMS provides them. Every write is `(db, params)` in one transaction and answers
// `{ ok: true, … } | { ok: false, fehler, meldung: { de, en } }` (docs/beteiligung.md).

export { BESCHLUESSE, type Beschluss, MAX_ABWAEGUNG } from "./schema.ts";
// The staff back office (/verwaltung/beteiligung): the procedures of the staff member's
// municipalities, the filtered list, the exports (CSV, XLSX) and the Abwägung with its table.
export {
  type AbwaegungsErgebnis,
  abwaegungSchema,
  abwaegungstabelle,
  abwaegungsverlauf,
  speichereAbwaegung,
} from "./services/abwaegung.ts";
export {
  BESTAETIGUNGS_MELDUNGEN,
  type BestaetigungsErgebnis,
  bestaetigeBeitrag,
  EINREICH_MELDUNGEN,
  type EinreichErgebnis,
  type Einreicher,
  type EinreichFehler,
  loescheUnbestaetigteBeitraege,
  reicheBeitragEin,
} from "./services/beitrag.ts";
export { type BewertungsErgebnis, bewerte } from "./services/bewertung.ts";
export {
  ART_TEXTE,
  alleBeitraege,
  alsCsv,
  alsXlsx,
  BESCHLUSS_TEXTE,
  csvZelle,
  EINREICHER_TEXTE,
  EINREICHERARTEN,
  type Einreicherart,
  einreicherart,
  exportiereBeitraege,
  exportTabelle,
  neutralisiere,
  SEITENGROESSE,
  STATUS_TEXTE,
  type Verfahrenszahlen,
  type Verwaltungsbeitrag,
  type Verwaltungsfilter,
  verwaltetesVerfahren,
  verwalteteVerfahren,
  verwaltungsbeitrag,
  verwaltungsliste,
  zusatzangaben,
} from "./services/export.ts";
export { beitragProAdresse, beitragProKonto } from "./services/grenzen.ts";
export {
  MAX_LIMIT,
  type Moderationseintrag,
  moderationsliste,
  type OeffentlicherBeitrag,
  oeffentlicheBeitraege,
  type Statistik,
  statistik,
} from "./services/lesen.ts";
export { type MeldeErgebnis, melde, NOTIZ_MELDESCHWELLE } from "./services/meldung.ts";
export { type ModerationsErgebnis, moderiere } from "./services/moderation.ts";
export { personSchluessel } from "./services/person.ts";
export {
  BETEILIGUNG_MODELLE,
  type BeteiligungsEreignis,
  type BeteiligungsModell,
  type BeteiligungsUebernahme,
  istBeteiligungsModell,
  ladeMandant,
  ladeVerfahren,
  listeVerfahren,
  regelnVon,
  synchronisiereBeteiligung,
  type VerfahrenMitStatus,
  verarbeiteBeteiligungsEreignis,
} from "./services/verfahren.ts";
// The procedures' read model from the CMS (Mandant, Beteiligungsverfahren): sync, rules, reads.
export {
  arbeiteBeteiligungsJobs,
  BETEILIGUNG_AUFRAEUMEN,
  BETEILIGUNG_AUFRAEUMEN_CRON,
  BETEILIGUNG_EREIGNISSE,
  BETEILIGUNG_RESYNC,
  BETEILIGUNG_WARTESCHLANGEN,
  type BeteiligungsArbeit,
  meldeBeteiligungsEreignis,
} from "./services/verfahren-jobs.ts";
