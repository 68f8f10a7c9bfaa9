import "server-only";
import type { Database } from "@portal/db/client";
import {
  type Katalog,
  type LebenslageVersion,
  type LeistungVersion,
  type MeldungVersion,
  type OrganisationseinheitVersion,
  replaceKatalog,
  replaceLebenslage,
  replaceLeistung,
  replaceMeldung,
  replaceOrganisationseinheit,
  replaceSeite,
  type SeiteVersion,
} from "@portal/db/queries/katalog";
import { materialiseZustaendigkeiten } from "@portal/db/queries/zustaendigkeit";
import { LOCALES } from "@portal/db/types";
import type { CmsClient, Collection } from "./client.ts";
import {
  type CmsLebenslage,
  type CmsLeistung,
  type CmsMeldung,
  type CmsOrganisationseinheit,
  type CmsSeite,
  type CmsWebhookEvent,
  lebenslageSchema,
  leistungSchema,
  meldungSchema,
  organisationseinheitSchema,
  seiteSchema,
} from "./schemas.ts";

// CMS documents → read-model rows. The CMS is the source of truth; these functions only reshape.

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
    zustaendigkeit: l.zustaendigkeit ?? {
      ebene: "gemeinde",
      organisationseinheit: null,
      ausnahmen: [],
    },
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
    telefon: o.telefon,
    telefax: o.telefax,
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
  collection: Collection,
  schema: import("zod").ZodType<T>,
) {
  return (await Promise.all(LOCALES.map((locale) => cms.list(collection, schema, locale)))).flat();
}

/** Reads every published document from the CMS and replaces the read model with it. */
export async function resyncCatalogue(db: Database, cms: CmsClient) {
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
  await replaceKatalog(db, katalog);
  const zustaendigkeiten = await materialiseZustaendigkeiten(db);
  return {
    leistungen: new Set(leistungen.map((l) => l.documentId)).size,
    organisationseinheiten: organisationseinheiten.length,
    lebenslagen: new Set(lebenslagen.map((l) => l.documentId)).size,
    seiten: new Set(seiten.map((l) => l.documentId)).size,
    meldungen: new Set(meldungen.map((l) => l.documentId)).size,
    zustaendigkeiten,
  };
}

/** The cache tag of each read-model collection; pages tag what they read with these. */
export const katalogTags = {
  leistungen: "leistungen",
  organisationseinheiten: "organisationseinheiten",
  lebenslagen: "lebenslagen",
  seiten: "seiten",
  meldungen: "meldungen",
} as const satisfies Record<Collection, string>;

const collectionOfModel: Record<string, Collection> = {
  leistung: "leistungen",
  organisationseinheit: "organisationseinheiten",
  lebenslage: "lebenslagen",
  seite: "seiten",
  meldung: "meldungen",
};

async function fetchVersions<T>(
  cms: CmsClient,
  collection: Collection,
  schema: import("zod").ZodType<T>,
  documentId: string,
) {
  const versions = await Promise.all(
    LOCALES.map((locale) => cms.get(collection, schema, documentId, locale)),
  );
  return versions.filter((v): v is Awaited<T> & {} => v !== null);
}

/**
 * Applies one CMS webhook event: re-reads the document from the CMS (all locales) and replaces it
 * in the read model, so the event's own payload is never trusted. Returns the cache tags to
 * revalidate, or [] for models the portal does not mirror.
 */
export async function applyCmsEvent(
  db: Database,
  cms: CmsClient,
  event: CmsWebhookEvent,
): Promise<string[]> {
  const collection = collectionOfModel[event.model];
  const documentId = event.entry?.documentId;
  if (!collection || !documentId) return [];
  switch (collection) {
    case "leistungen": {
      const versions = await fetchVersions(cms, collection, leistungSchema, documentId);
      await replaceLeistung(db, documentId, versions.map(toLeistungVersion));
      await materialiseZustaendigkeiten(db, { leistungDocumentIds: [documentId] });
      break;
    }
    case "organisationseinheiten": {
      const version = await cms.get(collection, organisationseinheitSchema, documentId);
      await replaceOrganisationseinheit(
        db,
        documentId,
        version ? toOrganisationseinheitVersion(version) : null,
      );
      break;
    }
    case "lebenslagen":
      await replaceLebenslage(
        db,
        documentId,
        (await fetchVersions(cms, collection, lebenslageSchema, documentId)).map(
          toLebenslageVersion,
        ),
      );
      break;
    case "seiten":
      await replaceSeite(
        db,
        documentId,
        (await fetchVersions(cms, collection, seiteSchema, documentId)).map(toSeiteVersion),
      );
      break;
    case "meldungen":
      await replaceMeldung(
        db,
        documentId,
        (await fetchVersions(cms, collection, meldungSchema, documentId)).map(toMeldungVersion),
      );
      break;
  }
  return [katalogTags[collection]];
}
