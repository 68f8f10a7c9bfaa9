import "server-only";
import type { Lang } from "../sprache";
import { datenDe, de } from "./de";
import { datenEn, en } from "./en";

export type { ProfilTexte } from "./de";

/** The profile page's strings of one language, for server components and actions. */
export const profilTexte = (lang: Lang) => (lang === "en" ? en : de);

/** The data page's strings of one language. */
export const datenTexte = (lang: Lang) => (lang === "en" ? datenEn : datenDe);
