import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { BeteiligungTexte } from "./de";

/**
 * The strings of one language, for server components. Client components never import this (it
 * holds both languages): they get the strings they show as props.
 */
export const beteiligungTexte = (lang: Lang) => (lang === "en" ? en : de);
