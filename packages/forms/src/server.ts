import "server-only";

// The forms domain's server API: everything of ./regeln (the pure rules, which the browser may
// run too) plus the published versions in the portal database.

export { istZurueckgezogen } from "./queries/rueckzug.ts";
export {
  type FormularVersionRow,
  listAktuelleFormulare,
  listFormulareFuerLeistung,
} from "./queries/versionen.ts";
export * from "./regeln.ts";
export {
  arbeiteFormularJobs,
  FORMULAR_EREIGNISSE,
  FORMULAR_RESYNC,
  FORMULAR_WARTESCHLANGEN,
  type FormularArbeit,
  meldeFormularEreignis,
} from "./services/ereignisse.ts";
export {
  FORMULAR_MODELL,
  type FormularEreignis,
  type FormularUebernahme,
  istFormularModell,
  resyncFormulare,
  verarbeiteFormularEreignis,
} from "./services/sync.ts";
export {
  ladeFormular,
  type VeroeffentlichErgebnis,
  veroeffentlicheFormular,
} from "./services/versionen.ts";

/** The cache tag of the pages that show which forms exist (a Leistung's "Online beantragen"). */
export const FORMULARE_TAG = "formulare";
