import type { CmsClient, Collection } from "@portal/cms-client/client";
import { createTestDatabase } from "@portal/db/testing";
import type { z } from "zod";
import { seedGebiet } from "./services/gebiet.ts";

/** A fresh, migrated test database with Saxony's geographic reference data (seed/geo). */
export async function createKatalogTestDatabase(adminUrl: string) {
  const test = await createTestDatabase(adminUrl);
  await seedGebiet(test.db);
  return test;
}

/**
 * A stand-in for the CMS's REST API in integration tests (the real Strapi runs in e2e): it serves
 * the documents it holds, raw as Strapi would send them, through the same schemas as the real
 * client. `ausfall` makes every call fail, as when the CMS is down.
 */
export function cmsAusSpeicher(
  dokumente: Partial<Record<Collection, Record<string, unknown>[]>>,
): CmsClient & { dokumente: typeof dokumente; ausfall: boolean } {
  const speicher = {
    dokumente,
    ausfall: false,
    async list<T>(collection: Collection, schema: z.ZodType<T>, locale?: string): Promise<T[]> {
      if (speicher.ausfall) throw new Error("CMS down");
      return (speicher.dokumente[collection] ?? [])
        .filter((d) => !locale || d.locale === undefined || d.locale === locale)
        .map((d) => schema.parse(d));
    },
    async get<T>(
      collection: Collection,
      schema: z.ZodType<T>,
      documentId: string,
      locale?: string,
    ) {
      if (speicher.ausfall) throw new Error("CMS down");
      const doc = (speicher.dokumente[collection] ?? []).find(
        (d) =>
          d.documentId === documentId && (!locale || d.locale === undefined || d.locale === locale),
      );
      return doc ? schema.parse(doc) : null;
    },
  };
  return speicher;
}

/** A Strapi-shaped Leistung document for tests. */
export function cmsLeistung(
  documentId: string,
  felder: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    documentId,
    locale: "de",
    slug: documentId,
    leikaSchluessel: "99000000000000",
    titel: `Leistung ${documentId}`,
    kurztext: "Kurztext",
    zustaendigkeit: {
      ebene: "gemeinde",
      ausnahmen: [],
      quelle: "Testregel",
      massgeblicherOrt: "wohnort",
    },
    lebenslagen: [],
    ...felder,
  };
}
