import "server-only";

// The participation domain's public API (Beteiligungsportal, issue 11): contributions to a
// procedure (comments and replies, map points, statements), their e-mail confirmation, ratings,
// reports and moderation, and the reads for the public page, the moderation queue and the
// statistics, surveys, subscriptions, the staff's exports and Abwägung. The procedures' rules come
// from the CMS's read model as plain data (`Verfahrensregeln`, ./types.ts). Every write is `(db, params)` in one transaction and answers
// `{ ok: true, … } | { ok: false, fehler, meldung: { de, en } }` (docs/beteiligung.md).

export { BESCHLUESSE, type Beschluss, MAX_ABWAEGUNG } from "./schema.ts";
// Surveys and subscriptions (issue 11: survey answers; item 7, notifications by e-mail).
export {
  ABO_MELDUNGEN,
  type AboBestaetigung,
  type AboErgebnis,
  type AboKuendigung,
  abonniere,
  aboProAdresse,
  bestaetigeAbo,
  kuendigeAbo,
} from "./services/abo.ts";
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
export {
  arbeiteBenachrichtigungsJobs,
  BENACHRICHTIGUNG_ANTWORTEN,
  BENACHRICHTIGUNG_PHASEN,
  BENACHRICHTIGUNG_WARTESCHLANGEN,
  type BenachrichtigungsArbeit,
  meldeAntworten,
  meldeNeuePhasen,
} from "./services/benachrichtigung.ts";
export { type BewertungsErgebnis, bewerte } from "./services/bewertung.ts";
export {
  type Ablage,
  type Datei,
  type DateiErgebnis,
  type Dateiquellen,
  MAX_DOKUMENT_BYTES,
  MAX_LOGO_BYTES,
  type Medienquelle,
  mandantenLogo,
  spiegleDateien,
  verfahrensDokument,
} from "./services/dokumente.ts";
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
  type Einreichung,
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
export { beitragProAdresse, beitragProKonto, meldungProAdresse } from "./services/grenzen.ts";
export {
  MAX_LIMIT,
  type Moderationseintrag,
  moderationsliste,
  type OeffentlicherBeitrag,
  oeffentlicheBeitraege,
  type Statistik,
  statistik,
} from "./services/lesen.ts";
export {
  aboBestaetigungsMail,
  antwortMail,
  BETEILIGUNG_PFADE,
  beteiligungLink,
  phasenMail,
} from "./services/mails.ts";
export { type MeldeErgebnis, melde, NOTIZ_MELDESCHWELLE } from "./services/meldung.ts";
export { type ModerationsErgebnis, moderiere } from "./services/moderation.ts";
export { personSchluessel } from "./services/person.ts";
// Formal statements: consent, submitter, attachments, institutions, co-signing.
export {
  ANHANG_MELDUNGEN,
  ANHANG_TYPEN,
  type AnhangEingabe,
  type AnhangInfo,
  anhaengeFuerVerfahren,
  EINWILLIGUNG,
  type Eingangsbeleg,
  hatMitgezeichnet,
  type Institution,
  ladeAnhang,
  ladeEingangsbeleg,
  MAX_ANHAENGE,
  MAX_ANHANG_BYTES,
  type MitzeichnungsErgebnis,
  mitzeichnungszahlen,
  reicheStellungnahmeEin,
  STELLUNGNAHME_MELDUNGEN,
  type StellungnahmeErgebnis,
  stellungnahmeProAdresse,
  stellungnahmeSchema,
  zeichneMit,
} from "./services/stellungnahme.ts";
export {
  beantworteUmfrage,
  exportiereUmfrage,
  type FragenErgebnis,
  MAX_UMFRAGE_TEXT,
  pruefeUmfrageAntworten,
  UMFRAGE_MELDUNGEN,
  type UmfrageEingabe,
  type UmfrageErgebnis,
  type UmfrageErgebnisAntwort,
  umfrageErgebnis,
  umfrageTabelle,
} from "./services/umfrage.ts";
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
