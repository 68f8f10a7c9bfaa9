import "server-only";

// The applications' public API (Antragsmanagement and the authority's case processing): drafts
// saved on every page and resumed from the account or by a mailed link; submission with a
// reference number, encrypted for the responsible authority, once however often it is sent;
// the authority's inbox, detail view, assignment, status, Rückfrage and decision; the
// citizen's "Meine Anträge"; the delivery API for Fachverfahren (API keys per
// Organisationseinheit; list, fetch, acknowledge). What other domains provide comes in as ports (./ports.ts):
// encryption (@portal/crypto), the Postfach (@portal/postfach), the audit trail (@portal/auth),
// mail delivery (`post`).

export type {
  Entschluessele,
  LadeDatei,
  LoescheDatei,
  PostfachNachricht,
  Protokolleintrag,
  Protokolliere,
  SendeNachricht,
  Verschluessele,
} from "./ports.ts";
export {
  API_SCHLUESSEL_MUSTER,
  type ApiSchluesselInfo,
  authentifiziereApiSchluessel,
  erzeugeApiSchluessel,
  type Fachverfahren,
  hinterlegeApiSchluessel,
  listeApiSchluessel,
  MAX_SCHLUESSELNAME,
  pruefeSchluesselname,
  type Verwalter,
  widerrufeApiSchluessel,
} from "./services/api-schluessel.ts";
export {
  type Absender,
  type AnlageVerweis,
  anlageIdVon,
  type Bearbeiter,
  type BearbeitungsErgebnis,
  type BearbeitungsFehler,
  beantworteRueckfrage,
  entscheide,
  ladeAnlage,
  ladeAntrag,
  ladeMeinenAntrag,
  listeAntraege,
  listeLeistungenDerInbox,
  listeMeineAntraege,
  listeSachbearbeiter,
  oeDesAntrags,
  setzeStatus,
  stelleRueckfrage,
  type Verlaufseintrag,
  weiseZu,
  zaehleNeueAntraege,
} from "./services/bearbeitung.ts";
export { type Antragsexport, exportiereAntraege } from "./services/datenexport.ts";
export {
  type EinreichErgebnis,
  type Einreicher,
  type EinreichFehler,
  identifikationsVerfahren,
  reicheEin,
} from "./services/einreichung.ts";
export {
  type EntwurfInfo,
  entwurfsdateienVonKonto,
  erzeugeFortsetzungslink,
  type FortsetzungsErgebnis,
  ladeEntwurf,
  listeMeineEntwuerfe,
  loescheAbgelaufeneEntwuerfe,
  loescheEntwurf,
  type SpeichereErgebnis,
  speichereEntwurf,
  uebernehmeEntwurf,
  type Zugang,
} from "./services/entwurf.ts";
export { entwurfsdatei, entwurfsdateienIn } from "./services/entwurfsdateien.ts";
export {
  entwurfOhneKontoProAdresse,
  fachverfahrenProSchluessel,
  fortsetzungslinkProAdresse,
  uploadsProAdresse,
} from "./services/grenzen.ts";
export {
  belegInfoSchluessel,
  belegSchluessel,
  dateienDesKontos,
} from "./services/kontodateien.ts";
export {
  ANTRAG_PFADE,
  antragLink,
  datumInWorten,
  euro,
  type Vorabankuendigung,
  vorabankuendigungsMail,
  ZAHLUNG_NAECHSTER_SCHRITT,
  type Zahlungsgrund,
  zahlungFehlgeschlagenMail,
} from "./services/mails.ts";
export {
  fehlendeZahlungsvermerke,
  type VerknuepfungsErgebnis,
  verknuepfeZahlung,
  vermerkeZahlung,
  type ZahlungsVermerk,
} from "./services/zahlung.ts";
export {
  ladeZustellung,
  ladeZustellungsanlage,
  listeNeueAntraege,
  MAX_LIMIT,
  type Quittung,
  quittiere,
  STANDARD_LIMIT,
} from "./services/zustellung.ts";
