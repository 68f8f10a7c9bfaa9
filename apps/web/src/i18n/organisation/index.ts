import "server-only";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { OrganisationTexte } from "./de";

/** The strings of one language, for server components (client components get them as props). */
export const organisationTexte = (lang: Lang) => (lang === "en" ? en : de);
