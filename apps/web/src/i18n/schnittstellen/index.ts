import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { SchnittstellenTexte } from "./de";

/** The API key management's strings of one language, for server components and actions. */
export const schnittstellenTexte = (lang: Lang) => (lang === "en" ? en : de);
