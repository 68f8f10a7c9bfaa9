import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { EidTexte } from "./de";

/** The eID strings of one language, for server components and route handlers. */
export const eidTexte = (lang: Lang) => (lang === "en" ? en : de);
