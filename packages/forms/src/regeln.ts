// The forms domain's rules: checking a definition before it is published, reading and
// checking answers page by page and as a whole, navigation, the summary, prefill and the migration
// of drafts to a new version.
//
// No `import "server-only"` on purpose: everything here is pure (no database, no secret), and the
// web runner imports the same functions for client-side hints so that one definition drives
// server validation, client validation and rendering. The server's check is the one that counts.

export {
  bereinige,
  dateiFehler,
  type Ebene,
  erfuellt,
  feldAnPfad,
  formatiereBetrag,
  formatiereWert,
  type GesamtErgebnis,
  istLeer,
  istSichtbar,
  istUpload,
  type Kontext,
  kontextVon,
  leseBetrag,
  leseGanzzahl,
  leseZahl,
  naechsteSeite,
  normalisiereText,
  type Optionen,
  pruefeAlles,
  pruefeSeite,
  type SeitenErgebnis,
  sichtbareSeiten,
  uebernehmeSeite,
  vorbelegen,
  vorherigeSeite,
  type Zeile,
  zusammenfassung,
} from "./services/antworten.ts";
export {
  type CmsFormularEingabe,
  definitionAusCms,
  fehlerListe,
  pruefeCmsFormular,
} from "./services/cms.ts";
export { formatiereDatum, heuteInDeutschland, leseDatum } from "./services/datum.ts";
export {
  definitionSchema,
  gebuehrSchema,
  MAX_MUSTER,
  MAX_TEXT,
  type PruefErgebnis,
  pruefeDefinition,
  STANDARD_MAX_EINZEILIG,
} from "./services/definition.ts";
export {
  aktenzeichenPraefixVon,
  eingabeAus,
  profilwerteAus,
  zeilenAnzahl,
  zugangVon,
} from "./services/eingabe.ts";
export { fehlerText } from "./services/fehler.ts";
export {
  type Migration,
  migriereEntwurf,
  type Verwerfungsgrund,
  type Verworfen,
} from "./services/migration.ts";
export {
  bedingungInWorten,
  type Vorschau,
  type VorschauCodeliste,
  type VorschauSeite,
  vorschauVon,
} from "./services/vorschau.ts";
export {
  pruefeVorschau,
  signiereVorschau,
  VORSCHAU_GUELTIG_SEKUNDEN,
  type VorschauPruefung,
  vorschauSignatur,
} from "./services/vorschau-signatur.ts";
