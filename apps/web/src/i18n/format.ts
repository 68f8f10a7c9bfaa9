import type { Lang } from "./sprache";

// Formatting for the page language. Pure and dictionary-free, so client components may import it
// without shipping any UI strings.

const locale = (lang: Lang) => (lang === "en" ? "en-GB" : "de-DE");

/** Formats a date (YYYY-MM-DD) for the page language. */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale(lang), { day: "numeric", month: "long", year: "numeric" });
}

/** Formats a point in time (ISO 8601) as date and time in Saxony, for the page language. */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Date(iso).toLocaleString(locale(lang), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  });
}

/**
 * Formats a point in time (ISO 8601) as the time of day in Saxony — "14:05 Uhr", "14:05" — or as
 * date and time when it is not today there.
 */
export function formatTime(lang: Lang, iso: string, now: Date = new Date()): string {
  const day = (date: Date) => date.toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });
  if (day(new Date(iso)) !== day(now)) return formatDateTime(lang, iso);
  const time = new Date(iso).toLocaleTimeString(locale(lang), {
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  });
  return lang === "en" ? time : `${time} Uhr`;
}

export function formatEuro(lang: Lang, amount: number): string {
  return amount.toLocaleString(locale(lang), { style: "currency", currency: "EUR" });
}

export function formatZahl(lang: Lang, n: number): string {
  return n.toLocaleString(locale(lang));
}

/**
 * Fills `{name}` placeholders. Strings handed to client components are templates rather than
 * functions, because props from a server component must be serialisable.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
