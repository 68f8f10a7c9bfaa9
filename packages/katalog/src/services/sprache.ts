import type { Leistungsmodule, Locale } from "../types.ts";

// Translation fallback, decided once: a translation may cover only some of a document's texts,
// so each text is taken in the requested language where it exists and otherwise in German, and
// says which language it is in. Pages mark every text whose language differs from the page's
// with lang (WCAG 3.1.2, language of parts) from this, and from nothing else.

/** A value together with the language it is written in. */
export interface InSprache<T> {
  wert: T;
  sprache: Locale;
}

const leer = (v: unknown) => v == null || v === "" || (Array.isArray(v) && v.length === 0);

/** The requested language's value where it has one, else the German original's. */
export function mitFallback<T>(
  uebersetzt: T | null | undefined,
  original: T,
  sprachen: { uebersetzung: Locale; original: Locale },
): InSprache<T> {
  return leer(uebersetzt)
    ? { wert: original, sprache: sprachen.original }
    : { wert: uebersetzt as T, sprache: sprachen.uebersetzung };
}

/** Every module of a Leistung, each in the requested language or German. */
export type LeistungsmoduleInSprache = {
  [K in keyof Leistungsmodule]: InSprache<Leistungsmodule[K]>;
};

export interface LeistungInSprache {
  documentId: string;
  slug: string;
  /** The language the page asked for. */
  sprache: Locale;
  titel: InSprache<string>;
  kurztext: InSprache<string>;
  bezeichnung: InSprache<string | null>;
  module: LeistungsmoduleInSprache;
}

interface LeistungFassung {
  documentId: string;
  slug: string;
  locale: string;
  titel: string;
  kurztext: string;
  bezeichnung: string | null;
  module: Leistungsmodule;
}

/**
 * A Leistung for a page in `sprache`, from its version in that language (if any) and the German
 * original: every text falls back on its own.
 */
export function leistungInSprache(
  fassung: LeistungFassung | null,
  original: LeistungFassung,
  sprache: Locale,
): LeistungInSprache {
  const sprachen = { uebersetzung: sprache, original: "de" as const };
  const f = fassung ?? original;
  const fb = <T>(a: T, b: T) =>
    fassung ? mitFallback(a, b, sprachen) : { wert: b, sprache: "de" as const };
  const module = Object.fromEntries(
    (Object.keys(original.module) as (keyof Leistungsmodule)[]).map((key) => [
      key,
      fb(f.module[key], original.module[key]),
    ]),
  ) as LeistungsmoduleInSprache;
  return {
    documentId: original.documentId,
    slug: original.slug,
    sprache,
    titel: fb(f.titel, original.titel),
    kurztext: fb(f.kurztext, original.kurztext),
    bezeichnung: fb(f.bezeichnung, original.bezeichnung),
    module,
  };
}
