import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { KasseTexte } from "./de";

/** The cash office's strings of one language, for server components, actions and routes. */
export const kasseTexte = (lang: Lang) => (lang === "en" ? en : de);
