import type { CmsClient, KatalogCollection } from "@portal/cms-client/client";
import {
  type CmsLebenslage,
  type CmsLeistung,
  type CmsMeldung,
  type CmsOrganisationseinheit,
  type CmsSeite,
  lebenslageSchema,
  leistungSchema,
  meldungSchema,
  organisationseinheitSchema,
  seiteSchema,
} from "@portal/cms-client/schemas";
import type { Db } from "@portal/db/client";
import type { z } from "zod";
import {
  type Katalog,
  type LebenslageVersion,
  type LeistungVersion,
  type MeldungVersion,
  type OrganisationseinheitVersion,
  refreshSuchwort,
  replaceKatalog,
  replaceLebenslage,
  replaceLeistung,
  replaceMeldung,
  replaceOrganisationseinheit,
  replaceSeite,
  type SeiteVersion,
} from "../queries/katalog.ts";
import { LOCALES } from "../types.ts";
import { telefonnummer } from "./telefon.ts";
import { materialisiereZustaendigkeiten } from "./zustaendigkeit.ts";

// The read model follows the CMS, the source of truth for editorial content. Each CMS event and
// each full resync is one transaction (catalogue, Zuständigkeiten and search vocabulary together):
// a failure anywhere leaves the read model exactly as it was, and the caller may simply retry.

export function toLeistungVersion(l: CmsLeistung): LeistungVersion {
  return {
    documentId: l.documentId,
    locale: l.locale,
    slug: l.slug,
    leikaSchluessel: l.leikaSchluessel,
    titel: l.titel,
    bezeichnung: l.bezeichnung,
    kurztext: l.kurztext,
    suchbegriffe: l.suchbegriffe,
    module: {
      volltext: l.volltext,
      voraussetzungen: l.voraussetzungen,
      unterlagen: l.unterlagen,
      gebuehren: l.gebuehren,
      zahlungshinweis: l.zahlungshinweis,
      fristen: l.fristen,
      bearbeitungsdauer: l.bearbeitungsdauer,
      verfahrensablauf: l.verfahrensablauf,
      rechtsgrundlagen: l.rechtsgrundlagen,
      hinweise: l.hinweise,
      weiterfuehrendeInformationen: l.weiterfuehrendeInformationen,
      formulare: l.formulare,
      freigabe: l.freigabe
        ? { freigegebenDurch: l.freigabe.freigegebenDurch, freigegebenAm: l.freigabe.freigegebenAm }
        : null,
    },
    zustaendigkeit: l.zustaendigkeit ?? { ebene: "gemeinde", ausnahmen: [] },
    lebenslagen: l.lebenslagen.map((r) => r.documentId),
  };
}

export function toOrganisationseinheitVersion(
  o: CmsOrganisationseinheit,
): OrganisationseinheitVersion {
  return {
    schluessel: o.schluessel,
    documentId: o.documentId,
    name: o.name,
    art: o.art,
    gemeindeAgs: o.gemeindeAgs,
    gebietArs: o.gebietArs,
    anschriften: o.anschriften,
    // Editors can type anything into these CMS fields; the portal shows and links only numbers.
    telefon: telefonnummer(o.telefon),
    telefax: telefonnummer(o.telefax),
    email: o.email,
    internet: o.internet,
    oeffnungszeiten: o.oeffnungszeiten,
    leitwegId: o.leitwegId,
    lat: o.lat,
    lon: o.lon,
  };
}

const toLebenslageVersion = (l: CmsLebenslage): LebenslageVersion => ({
  documentId: l.documentId,
  locale: l.locale,
  slug: l.slug,
  titel: l.titel,
  beschreibung: l.beschreibung,
  parentDocumentId: l.parent?.documentId ?? null,
  reihenfolge: l.reihenfolge ?? 0,
});
const toSeiteVersion = (s: CmsSeite): SeiteVersion => ({ ...s });
const toMeldungVersion = (m: CmsMeldung): MeldungVersion => ({ ...m });

async function listAllLocales<T>(
  cms: CmsClient,
  collection: KatalogCollection,
  schema: z.ZodType<T>,
) {
  return (await Promise.all(LOCALES.map((locale) => cms.list(collection, schema, locale)))).flat();
}

/** The cache tag of each read-model collection; pages tag what they read with these. */
export const katalogTags = {
  leistungen: "leistungen",
  organisationseinheiten: "organisationseinheiten",
  lebenslagen: "lebenslagen",
  seiten: "seiten",
  meldungen: "meldungen",
} as const satisfies Record<KatalogCollection, string>;
export type KatalogTag = (typeof katalogTags)[keyof typeof katalogTags];

/** Cache tag of the geographic reference data (re-seeded at start). */
export const GEBIET_TAG = "gebiet";

/**
 * Reads every published document from the CMS, then replaces the read model with it in one
 * transaction. Returns what it wrote; throws (leaving the read model as it was) on any failure.
 */
export async function resyncKatalog(db: Db, cms: CmsClient) {
  const [leistungen, organisationseinheiten, lebenslagen, seiten, meldungen] = await Promise.all([
    listAllLocales(cms, "leistungen", leistungSchema),
    cms.list("organisationseinheiten", organisationseinheitSchema),
    listAllLocales(cms, "lebenslagen", lebenslageSchema),
    listAllLocales(cms, "seiten", seiteSchema),
    listAllLocales(cms, "meldungen", meldungSchema),
  ]);
  const katalog: Katalog = {
    leistungen: leistungen.map(toLeistungVersion),
    organisationseinheiten: organisationseinheiten.map(toOrganisationseinheitVersion),
    lebenslagen: lebenslagen.map(toLebenslageVersion),
    seiten: seiten.map(toSeiteVersion),
    meldungen: meldungen.map(toMeldungVersion),
  };
  const zustaendigkeiten = await db.transaction(async (tx) => {
    await replaceKatalog(tx, katalog);
    const n = await materialisiereZustaendigkeiten(tx);
    await refreshSuchwort(tx);
    return n;
  });
  return {
    counts: {
      leistungen: new Set(leistungen.map((l) => l.documentId)).size,
      organisationseinheiten: organisationseinheiten.length,
      lebenslagen: new Set(lebenslagen.map((l) => l.documentId)).size,
      seiten: new Set(seiten.map((l) => l.documentId)).size,
      meldungen: new Set(meldungen.map((l) => l.documentId)).size,
      zustaendigkeiten,
    },
    tags: [...Object.values(katalogTags), GEBIET_TAG],
  };
}

/** A change the CMS reported: which document of which model (Strapi's webhook `model`). */
export interface CmsEreignis {
  model: string;
  documentId: string;
}

const collectionOfModel: Record<string, KatalogCollection> = {
  leistung: "leistungen",
  organisationseinheit: "organisationseinheiten",
  lebenslage: "lebenslagen",
  seite: "seiten",
  meldung: "meldungen",
};

/** Whether the portal mirrors documents of this CMS model at all. */
export const istGespiegeltesModell = (model: string) => model in collectionOfModel;

async function fetchVersions<T>(
  cms: CmsClient,
  collection: KatalogCollection,
  schema: z.ZodType<T>,
  documentId: string,
) {
  const versions = await Promise.all(
    LOCALES.map((locale) => cms.get(collection, schema, documentId, locale)),
  );
  return versions.filter((v): v is NonNullable<Awaited<T>> => v !== null);
}

/**
 * Applies one CMS event: re-reads the document from the CMS (all locales; the event's own payload is
 * never trusted), then replaces it in the read model in one transaction, with both sides of its
 * relations and, for a Leistung, its Zuständigkeiten. Returns the cache tags to expire ([] for
 * models the portal does not mirror).
 */
export async function verarbeiteCmsEreignis(
  db: Db,
  cms: CmsClient,
  ereignis: CmsEreignis,
): Promise<KatalogTag[]> {
  const collection = collectionOfModel[ereignis.model];
  if (!collection) return [];
  const { documentId } = ereignis;
  switch (collection) {
    case "leistungen": {
      const versions = (await fetchVersions(cms, collection, leistungSchema, documentId)).map(
        toLeistungVersion,
      );
      await db.transaction(async (tx) => {
        await replaceLeistung(tx, { documentId, versions });
        await materialisiereZustaendigkeiten(tx, { leistungDocumentIds: [documentId] });
        await refreshSuchwort(tx);
      });
      // A Leistung's Lebenslagen are shown on the Lebenslage pages too.
      return [katalogTags.leistungen, katalogTags.lebenslagen];
    }
    case "organisationseinheiten": {
      const found = await cms.get(collection, organisationseinheitSchema, documentId);
      const version = found ? toOrganisationseinheitVersion(found) : null;
      await db.transaction((tx) => replaceOrganisationseinheit(tx, { documentId, version }));
      return [katalogTags.organisationseinheiten];
    }
    case "lebenslagen": {
      const found = await fetchVersions(cms, collection, lebenslageSchema, documentId);
      const german = found.find((l) => l.locale === "de") ?? found[0];
      await db.transaction((tx) =>
        replaceLebenslage(tx, {
          documentId,
          versions: found.map(toLebenslageVersion),
          leistungen: german?.leistungen.map((l) => l.documentId) ?? [],
          kinder: german?.kinder.map((k) => k.documentId) ?? [],
        }),
      );
      return [katalogTags.lebenslagen, katalogTags.leistungen];
    }
    case "seiten": {
      const versions = (await fetchVersions(cms, collection, seiteSchema, documentId)).map(
        toSeiteVersion,
      );
      await db.transaction((tx) => replaceSeite(tx, { documentId, versions }));
      return [katalogTags.seiten];
    }
    case "meldungen": {
      const versions = (await fetchVersions(cms, collection, meldungSchema, documentId)).map(
        toMeldungVersion,
      );
      await db.transaction((tx) => replaceMeldung(tx, { documentId, versions }));
      return [katalogTags.meldungen];
    }
  }
}
