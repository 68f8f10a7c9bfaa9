import { notFound } from "next/navigation";
import { isLang, type Lang } from "@/i18n/sprache";

/** The page language from the route, or a 404 for anything else. */
export function langOrNotFound(lang: string): Lang {
  if (!isLang(lang)) notFound();
  return lang;
}

/** Slugs and keys in URLs are short ASCII; anything else cannot exist and is a 404 without a query. */
export function slugOrNotFound(value: string): string {
  const decoded = safeDecode(value);
  if (!decoded || decoded.length > 120 || !/^[a-z0-9-]+$/.test(decoded)) notFound();
  return decoded;
}

export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** First value of a search parameter, trimmed and bounded. */
export function searchParam(
  value: string | string[] | undefined,
  max: number,
): { value: string; truncated: boolean } {
  const raw = (Array.isArray(value) ? value[0] : value) ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const trimmed = raw.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  return { value: trimmed.slice(0, max), truncated: trimmed.length > max };
}
