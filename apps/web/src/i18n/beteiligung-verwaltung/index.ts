import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { BeteiligungVerwaltungTexte } from "./de";

/** The participation back office's strings of one language. */
export const beteiligungVerwaltungTexte = (lang: Lang) => (lang === "en" ? en : de);
