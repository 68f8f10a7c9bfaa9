import "server-only";
import type { AntragFormularTexte } from "../../components/antrag/antrag-formular";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { AntragTexte } from "./de";

/**
 * The strings of one language, for server components. Client components never import this (it
 * holds both languages): they get the strings they show as props.
 */
export const antragTexte = (lang: Lang) => (lang === "en" ? en : de);

/** The strings the runner's form (a client component) gets as props, in the page language. */
export function antragFormularTexte(lang: Lang): AntragFormularTexte {
  const d = antragTexte(lang);
  return {
    weiter: d.weiter,
    zurueck: d.zurueck,
    spaeter: d.spaeter,
    optional: d.optional,
    ja: d.ja,
    nein: d.nein,
    auswahlLeer: d.auswahlLeer,
    datumHinweis: d.datumHinweis,
    zeitHinweis: d.zeitHinweis,
    betragHinweis: d.betragHinweis,
    dateiAktuell: d.dateiAktuell,
    dateiEntfernen: d.dateiEntfernen,
    dateiHinweis: d.dateiHinweis,
    zeile: d.zeile,
    zeileHinzufuegen: d.zeileHinzufuegen,
    zeileEntfernen: d.zeileEntfernen,
    errorSummary: d.errorSummary,
    errorPrefix: d.errorPrefix,
    titelFehler: d.titelFehler,
    schritt: d.schritt,
  };
}
