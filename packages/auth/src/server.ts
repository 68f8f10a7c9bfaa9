import "server-only";

// The Servicekonto's public API for apps and workers: citizen accounts (e-mail and password,
// address confirmation, password reset), sessions, the security log and the rate limits of the
// account forms; the staff area's accounts, second factor, roles and audit trail. Mails are built here and handed to an injected `post`; delivery is the caller's.

export { inaktivitaetsEnv } from "./env.ts";
export { listOesMitMitarbeitern as listeOesMitMitarbeitern } from "./queries/mitarbeiter.ts";
// Profile (issue 8, item 1)
export type { ProfilRow } from "./queries/profil.ts";
// Data protection: export (issue 8, item 6)
export {
  exportiereKonto,
  type Kontoexport,
  type LoeschFehler,
  loescheKonto,
  loescheKontoOhnePruefung,
  zeigeLoeschfolgen,
} from "./services/datenschutz.ts";
// eID sign-in and one-off identification (issue 8, item 3)
export {
  beginneEid,
  EID_ACR,
  EID_ATTRIBUTE,
  EID_TRANSAKTION_MS,
  type EidAttribut,
  type EidAttributwerte,
  type EidErgebnis,
  type EidFehler,
  type EidNiveau,
  type EidTransaktion,
  type EidZweck,
  eidVerfuegbar,
  IDENTIFIKATION_GUELTIG_MS,
  IDENTIFIKATION_STANDARD,
  ladeBestaetigteIdentitaet,
  ladeEinmaligeIdentifikation,
  loescheAbgelaufeneIdentifikationen,
  schliesseEidAb,
} from "./services/eid.ts";
export {
  anmeldungProAdresse,
  anmeldungProKonto,
  bestaetigungErneutProAdresse,
  eidStartProAdresse,
  einladungenProKonto,
  gruendungenProKonto,
  kontoSchluessel,
  mailsProEmpfaenger,
  registrierungProAdresse,
  zuruecksetzenProAdresse,
} from "./services/grenzen.ts";
// Inactive accounts and expired tokens (issue 8, data protection): the worker's daily job
export {
  type InaktivitaetsErgebnis,
  loescheAbgelaufenes,
  pruefeInaktiveKonten,
  raeumeKontenAuf,
  TOKEN_NACHLAUF_MS,
} from "./services/inaktivitaet.ts";
export {
  BESTAETIGUNG_GUELTIG_MS,
  bestaetigeEmail,
  meldeAn,
  registriere,
  sendeBestaetigungErneut,
  type TokenFehler,
} from "./services/konto.ts";
export {
  GRUSS,
  KONTO_PFADE,
  kontoLink,
  type Mailbaustein,
  mail as verfasseMail,
} from "./services/mails.ts";
// Staff area (issue 8): staff accounts, TOTP second factor, roles, audit trail
export {
  ANMELDEVORGANG_GUELTIG_MS,
  type AnlegeFehler,
  beginneTotpEinrichtung,
  FEHLVERSUCH_FENSTER_MS,
  findeBuergerkonto,
  hatRolle,
  ladeMitarbeiter,
  legeMitarbeiterAn,
  MAX_FEHLVERSUCHE,
  meldeMitarbeiterAn,
  oeffneAnmeldevorgang,
  oesMitRolle,
  protokolliereZugriff,
  pruefeZweitenFaktor,
  rollenNachOe,
  schliesseTotpEinrichtungAb,
  type ZweiterFaktorErgebnis,
} from "./services/mitarbeiter.ts";
export {
  aendereRolle,
  EINLADUNG_GUELTIG_MS,
  entferneMitglied,
  gruendeOrganisation,
  handleFuer,
  ladeEin,
  ladeMitglieder,
  ladeOrganisation,
  listeOrganisationen,
  nehmeEinladungAn,
  organisationDerSitzung,
  verlasseOrganisation,
  zeigeEinladung,
} from "./services/organisation.ts";
export { MAX_PASSWORT, MIN_PASSWORT, pruefePasswort } from "./services/passwort.ts";
export { ladeProfil, speichereProfil } from "./services/profil.ts";
export { protokolliere } from "./services/protokoll.ts";
export {
  AKTIVITAET_SCHREIBEN_MS,
  beendeAlleSitzungen,
  beendeSitzung,
  beendeSitzungVonKonto,
  beginneSitzung,
  listeSitzungen,
  pruefeSitzung,
  SITZUNG_ABSOLUT_MS,
  SITZUNG_LEERLAUF_MS,
} from "./services/sitzung.ts";
export { gruppiert as gruppiertesTotpGeheimnis } from "./services/totp.ts";
export {
  aenderePasswort,
  fordereZuruecksetzenAn,
  setzePasswortZurueck,
  ZURUECKSETZEN_GUELTIG_MS,
} from "./services/zuruecksetzen.ts";
export type {
  Bereich,
  Ereignisart,
  GepruefteSitzung,
  Inaktivitaetsgrenzen,
  KontoDateien,
  KontoInfo,
  Mail,
  MitarbeiterInfo,
  MitarbeiterRolle,
  MitgliedInfo,
  Mitgliedsrolle,
  OrganisationFehler,
  OrganisationInfo,
  Organisationsart,
  PasswortFehler,
  Post,
  Rolle,
  SitzungInfo,
  Sprache,
  Vertrauensniveau,
} from "./types.ts";
