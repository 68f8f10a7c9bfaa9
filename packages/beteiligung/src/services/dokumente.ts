import { createHash } from "node:crypto";
import { MediumZuGrossError } from "@portal/cms-client/client";
import type { Db } from "@portal/db/client";
import { findeMandantByAgs, findeVerfahren, findeVerfahrenBySlug } from "../queries/verfahren.ts";

// The files of a procedure (its PDF documents) and its municipality's logo, served by the portal
// rather than by the CMS: the CMS sits on the internal network, and the portal must keep serving
// a procedure when the CMS is down. Each file is copied into the portal's file store the first
// time it is asked for (and after every sync, `spiegleDateien`), keyed by the CMS's URL: Strapi
// gives a replaced file a new URL, so a key never holds two versions.

/** Reads a file of the CMS's media library, at most `maxBytes` (cms-client `ladeMedium`). */
export type Medienquelle = (pfad: string, maxBytes: number) => Promise<Uint8Array | null>;

/** The part of @portal/dateien's `Dateiablage` used here: where the app keeps the copies. */
export type Ablage = {
  lade(schluessel: string): Promise<Uint8Array | null>;
  speichere(schluessel: string, bytes: Uint8Array): Promise<void>;
};

/** Where the app keeps the copies and how it reaches the CMS. */
export type Dateiquellen = { ablage: Ablage; quelle: Medienquelle };

/** A plan PDF may be large (a Bebauungsplan with its Begründung), not unbounded. */
export const MAX_DOKUMENT_BYTES = 50 * 1024 * 1024;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export type Datei = { bytes: Uint8Array; mime: string; name: string };

export type DateiErgebnis =
  | { ok: true; datei: Datei }
  /** An absolute URL (an object-store upload provider): public already, the page may link it. */
  | { ok: true; weiter: string }
  /** `unbekannt`: no such procedure, document or logo; `ungueltig`: not a PDF / image, or too large. */
  | { ok: false; fehler: "unbekannt" | "ungueltig" | "nicht-erreichbar" };

const beginntMit = (bytes: Uint8Array, kopf: number[], ab = 0) =>
  kopf.every((b, i) => bytes[ab + i] === b);

/** The image types a logo may have (no SVG: it can carry script). */
function bildtyp(bytes: Uint8Array): string | null {
  if (beginntMit(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (beginntMit(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (beginntMit(bytes, [0x52, 0x49, 0x46, 0x46]) && beginntMit(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  return null;
}

const pdftyp = (bytes: Uint8Array) =>
  beginntMit(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) ? "application/pdf" : null;

const schluessel = (url: string) =>
  `beteiligung/dateien/${createHash("sha256").update(url).digest("hex")}`;

type Kopie =
  | { ok: true; bytes: Uint8Array; mime: string }
  | { ok: true; weiter: string }
  | { ok: false; fehler: "unbekannt" | "ungueltig" | "nicht-erreichbar" };

async function kopie(
  { ablage, quelle }: Dateiquellen,
  url: string,
  maxBytes: number,
  typ: (bytes: Uint8Array) => string | null,
): Promise<Kopie> {
  if (/^https?:\/\//i.test(url)) return { ok: true, weiter: url };
  const key = schluessel(url);
  const gespeichert = await ablage.lade(key);
  if (gespeichert) {
    const mime = typ(gespeichert);
    if (mime) return { ok: true, bytes: gespeichert, mime };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await quelle(url, maxBytes);
  } catch (error) {
    if (error instanceof MediumZuGrossError) return { ok: false, fehler: "ungueltig" };
    console.warn(`[beteiligung] file ${url} not readable from the CMS: ${String(error)}`);
    return { ok: false, fehler: "nicht-erreichbar" };
  }
  if (!bytes) return { ok: false, fehler: "unbekannt" };
  const mime = typ(bytes);
  if (!mime) return { ok: false, fehler: "ungueltig" };
  await ablage.speichere(key, bytes);
  return { ok: true, bytes, mime };
}

function ergebnis(r: Kopie, name: string): DateiErgebnis {
  if (!r.ok || "weiter" in r) return r;
  return { ok: true, datei: { bytes: r.bytes, mime: r.mime, name } };
}

/** Document number `nr` (0-based, as listed) of the procedure `slug`: a PDF. */
export async function verfahrensDokument(
  db: Db,
  quellen: Dateiquellen,
  params: { slug: string; nr: number },
): Promise<DateiErgebnis> {
  const verfahren = await findeVerfahrenBySlug(db, { slug: params.slug });
  const dokument = Number.isInteger(params.nr) ? verfahren?.dokumente[params.nr] : undefined;
  if (!dokument) return { ok: false, fehler: "unbekannt" };
  return ergebnis(await kopie(quellen, dokument.url, MAX_DOKUMENT_BYTES, pdftyp), dokument.name);
}

/** The logo of the municipality running the procedure `slug`: a PNG, JPEG or WebP image. */
export async function mandantenLogo(
  db: Db,
  quellen: Dateiquellen,
  params: { slug: string },
): Promise<DateiErgebnis> {
  const verfahren = await findeVerfahrenBySlug(db, { slug: params.slug });
  const mandant = verfahren
    ? await findeMandantByAgs(db, { gemeindeAgs: verfahren.gemeindeAgs })
    : null;
  if (!mandant?.logoUrl) return { ok: false, fehler: "unbekannt" };
  return ergebnis(await kopie(quellen, mandant.logoUrl, MAX_LOGO_BYTES, bildtyp), "logo");
}

/**
 * Copies every procedure's documents and logo that the store does not hold yet (after a sync, so
 * that they are there when the CMS is down). Best effort: a file that cannot be read is counted
 * and tried again at the next sync or request.
 */
export async function spiegleDateien(
  db: Db,
  quellen: Dateiquellen,
): Promise<{ kopiert: number; fehlgeschlagen: number }> {
  let kopiert = 0;
  let fehlgeschlagen = 0;
  for (const v of await findeVerfahren(db, {})) {
    for (let nr = 0; nr < v.dokumente.length; nr++) {
      const r = await verfahrensDokument(db, quellen, { slug: v.slug, nr });
      if (r.ok) kopiert++;
      else fehlgeschlagen++;
    }
    const logo = await mandantenLogo(db, quellen, { slug: v.slug });
    if (logo.ok) kopiert++;
    else if (logo.fehler !== "unbekannt") fehlgeschlagen++;
  }
  return { kopiert, fehlgeschlagen };
}
