import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { KasseWebhooksTexte } from "./de";

/** The cash office's webhook strings of one language, for server components and actions. */
export const kasseWebhooksTexte = (lang: Lang) => (lang === "en" ? en : de);
