import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { VerwaltungTexte } from "./de";

/** The staff area's strings of one language, for server components and actions. */
export const verwaltungTexte = (lang: Lang) => (lang === "en" ? en : de);
