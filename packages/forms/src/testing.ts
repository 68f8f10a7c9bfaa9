import type { CmsClient, Collection } from "@portal/cms-client/client";
import type { z } from "zod";
import bewohnerparkausweis from "../../../seed/cms/formulare/bewohnerparkausweis.json" with {
  type: "json",
};
import hundesteuer from "../../../seed/cms/formulare/hundesteuer-anmeldung.json" with {
  type: "json",
};
import meldebescheinigung from "../../../seed/cms/formulare/meldebescheinigung.json" with {
  type: "json",
};

/**
 * A stand-in for the CMS's REST API in integration tests (the real Strapi runs in e2e): it serves
 * the Formulare it holds, raw as Strapi sends them, through the same schemas as the real client.
 * Removing a document is unpublishing it; `ausfall` makes every call fail, as when the CMS is down.
 */
export function cmsMitFormularen(
  formulare: Record<string, unknown>[],
): CmsClient & { formulare: Record<string, unknown>[]; ausfall: boolean } {
  const speicher = {
    formulare,
    ausfall: false,
    async list<T>(collection: Collection, schema: z.ZodType<T>): Promise<T[]> {
      if (speicher.ausfall) throw new Error("CMS down");
      return collection === "formulare" ? speicher.formulare.map((d) => schema.parse(d)) : [];
    },
    async get<T>(collection: Collection, schema: z.ZodType<T>, documentId: string) {
      if (speicher.ausfall) throw new Error("CMS down");
      if (collection !== "formulare") return null;
      const doc = speicher.formulare.find((d) => d.documentId === documentId);
      return doc ? schema.parse(doc) : null;
    },
  };
  return speicher;
}

const SEED = { meldebescheinigung, hundesteuer, bewohnerparkausweis } as const;

/**
 * A seed Formular as the CMS's REST API returns it (published, its Leistung populated with the
 * slug), e.g. `cmsFormular("meldebescheinigung", "doc-1")`.
 */
export function cmsFormular(
  welches: keyof typeof SEED,
  documentId: string,
  felder: Record<string, unknown> = {},
): Record<string, unknown> {
  const [eintrag] = SEED[welches];
  if (!eintrag) throw new Error(`no seed entry ${welches}`);
  return {
    documentId,
    schluessel: eintrag.schluessel,
    titel: eintrag.titel,
    leistung: { documentId: `leistung-${eintrag.leistung}`, slug: eintrag.leistung },
    definition: structuredClone(eintrag.definition),
    ...felder,
  };
}
