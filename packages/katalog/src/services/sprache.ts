import type { Db } from "@portal/db/client";
import { findLeistungBySlug } from "../queries/leistungen.ts";
import type {
  Leistungsmodule,
  Locale,
  MassgeblicherOrt,
  Zustaendigkeitsfall,
  Zustaendigkeitsregel,
} from "../types.ts";
import { faelle } from "./zustaendigkeit.ts";

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
const gleich = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The requested language's value where it has one, else the German original's. A "translation"
 * equal to the original is the original: Strapi copies fields it does not localise (fees, legal
 * bases, links, the responsibility rule) into every locale unchanged, so they are German text on
 * the English page too.
 */
export function mitFallback<T>(
  uebersetzt: T | null | undefined,
  original: T,
  sprachen: { uebersetzung: Locale; original: Locale },
): InSprache<T> {
  return leer(uebersetzt) || gleich(uebersetzt, original)
    ? { wert: original, sprache: sprachen.original }
    : { wert: uebersetzt as T, sprache: sprachen.uebersetzung };
}

/** Every module of a Leistung, each in the requested language or German. */
export type LeistungsmoduleInSprache = {
  [K in keyof Leistungsmodule]: InSprache<Leistungsmodule[K]>;
};

/** What the service page says about responsibility, in the page's language where translated. */
export interface ZustaendigkeitInSprache {
  /** The place that decides which authority is responsible; null where the rule does not say. */
  massgeblicherOrt: MassgeblicherOrt | null;
  /**
   * One entry per case of the German rule (the rule the read model materialises), `fall` as in
   * `findZustaendigeStellen`; `bedingung` says when the case applies (null: no condition).
   */
  faelle: { fall: number; bedingung: InSprache<string | null> }[];
}

export interface LeistungInSprache {
  documentId: string;
  slug: string;
  leikaSchluessel: string;
  /** The language the page asked for. */
  sprache: Locale;
  titel: InSprache<string>;
  kurztext: InSprache<string>;
  bezeichnung: InSprache<string | null>;
  module: LeistungsmoduleInSprache;
  zustaendigkeit: ZustaendigkeitInSprache;
}

interface LeistungFassung {
  documentId: string;
  slug: string;
  locale: string;
  leikaSchluessel: string;
  titel: string;
  kurztext: string;
  bezeichnung: string | null;
  module: Leistungsmodule;
  zustaendigkeit: Zustaendigkeitsregel;
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
  const fb = <T>(a: T, b: T): InSprache<T> =>
    fassung ? mitFallback(a, b, sprachen) : { wert: b, sprache: "de" };
  const module = Object.fromEntries(
    (Object.keys(original.module) as (keyof Leistungsmodule)[]).map((key) => [
      key,
      fb(f.module[key], original.module[key]),
    ]),
  ) as LeistungsmoduleInSprache;
  // The cases follow the German rule. Its English condition texts sit in the rule itself
  // (`bedingungEn`: the rule is one for all languages); a translated version's own rule, where the
  // CMS localises it, contributes its conditions by position.
  const uebersetzteFaelle = faelle(f.zustaendigkeit);
  const uebersetzt = (fall: Zustaendigkeitsfall, i: number) =>
    (sprache === "en" ? fall.bedingungEn : null) || (uebersetzteFaelle[i]?.bedingung ?? null);
  return {
    documentId: original.documentId,
    slug: original.slug,
    leikaSchluessel: original.leikaSchluessel,
    sprache,
    titel: fb(f.titel, original.titel),
    kurztext: fb(f.kurztext, original.kurztext),
    bezeichnung: fb(f.bezeichnung, original.bezeichnung),
    module,
    zustaendigkeit: {
      massgeblicherOrt: original.zustaendigkeit.massgeblicherOrt ?? null,
      faelle: faelle(original.zustaendigkeit).map((fall, i) => ({
        fall: i,
        bedingung: mitFallback(uebersetzt(fall, i), fall.bedingung ?? null, sprachen),
      })),
    },
  };
}

/**
 * The Leistung with this slug for a page in `sprache` (null if there is none): the one server
 * function pages call, so the fallback is decided here and not in a component.
 */
export async function ladeLeistung(
  db: Db,
  params: { slug: string; sprache: Locale },
): Promise<LeistungInSprache | null> {
  const daten = await findLeistungBySlug(db, { slug: params.slug, locale: params.sprache });
  if (!daten) return null;
  const fassung = daten.leistung.locale === params.sprache ? daten.leistung : null;
  return leistungInSprache(fassung, daten.original, params.sprache);
}
