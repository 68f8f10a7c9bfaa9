import type { Locale } from "@portal/katalog/types";

/** A page language: every page lives under /de or /en. */
export type Lang = Locale;
export const LANGS: readonly Lang[] = ["de", "en"];
export const isLang = (value: string): value is Lang =>
  (LANGS as readonly string[]).includes(value);

/** The `lang` attribute for a text in `sprache` on a page in `lang`: set only where they differ (WCAG 3.1.2). */
export const langAttr = (sprache: string, lang: Lang): string | undefined =>
  sprache !== lang ? sprache : undefined;
