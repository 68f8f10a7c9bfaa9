import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { BearbeitungTexte } from "./de";

/** The inbox's strings of one language, for server components and actions. */
export const bearbeitungTexte = (lang: Lang) => (lang === "en" ? en : de);
