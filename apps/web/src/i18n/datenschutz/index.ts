import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { DatenschutzTexte } from "./de";

/** The data-protection pages' strings of one language (export, deletion), for server code. */
export const datenschutzTexte = (lang: Lang) => (lang === "en" ? en : de);
