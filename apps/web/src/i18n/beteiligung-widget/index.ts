import "server-only";
import type { Meldung } from "@portal/widgets/types";
import type { Lang } from "../sprache";
import { de } from "./de";
import { en } from "./en";

export type { BeteiligungWidgetTexte } from "./de";

/** The widgets' strings of one language, for server components and routes. */
export const beteiligungWidgetTexte = (lang: Lang) => (lang === "en" ? en : de);

/** An API message in both languages (the widget picks the host page's). */
export const apiMeldung = (schluessel: keyof typeof de.api): Meldung => ({
  de: de.api[schluessel],
  en: en.api[schluessel],
});
