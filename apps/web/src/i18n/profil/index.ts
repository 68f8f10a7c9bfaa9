import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { ProfilTexte } from "./de";

/** The profile page's strings of one language, for server components and actions. */
export const profilTexte = (lang: Lang) => (lang === "en" ? en : de);
