import type { CmsClient } from "@portal/cms-client/client";
import { type CmsFormular, formularSchema } from "@portal/cms-client/schemas";
import type { Db } from "@portal/db/client";
import {
  deleteRueckzug,
  findSchluesselFuerDokument,
  insertRueckzug,
  listFormularSchluessel,
} from "../queries/rueckzug.ts";
import type { Definitionsfehler } from "../types.ts";
import {
  type CmsFormularEingabe,
  definitionAusCms,
  fehlerListe,
  pruefeCmsFormular,
} from "./cms.ts";
import { veroeffentlicheFormular } from "./versionen.ts";

// The portal's forms follow the CMS: a published Formular becomes a new immutable version (none
// when unchanged); an unpublished or deleted one leaves its versions as they are (drafts and
// applications name them) and is only marked as no longer offered. The document is always read
// again from the CMS (published versions only), never taken from the webhook's payload. Each
// event and each full resync is one transaction.

/** A change the CMS reported (Strapi's webhook `model` and the document). */
export interface FormularEreignis {
  model: string;
  documentId: string;
}

/** The Strapi model of a Formular. */
export const FORMULAR_MODELL = "formular";

/** Whether a CMS event concerns a Formular (the catalogue does not mirror this model). */
export const istFormularModell = (model: string) => model === FORMULAR_MODELL;

export type FormularUebernahme =
  | { art: "veroeffentlicht"; schluessel: string; version: number; neu: boolean }
  /** Published in the CMS but broken (it bypassed the CMS's check): nothing stored, nothing changed. */
  | { art: "abgelehnt"; schluessel: string; fehler: Definitionsfehler[] }
  /** Not published (or its Leistung is not): these keys are no longer offered. */
  | { art: "zurueckgezogen"; schluessel: string[] };

async function uebernimm(
  db: Db,
  documentId: string,
  dokument: CmsFormular | null,
): Promise<FormularUebernahme> {
  const bisher = await findSchluesselFuerDokument(db, { cmsDocumentId: documentId });
  // Without a published Leistung there is nothing to apply for (the CMS requires one to publish,
  // but the Leistung may have been unpublished since).
  if (!dokument?.leistung) {
    await insertRueckzug(db, { schluessel: bisher, cmsDocumentId: documentId });
    return { art: "zurueckgezogen", schluessel: bisher };
  }
  const eingabe: CmsFormularEingabe = {
    schluessel: dokument.schluessel,
    leistung: dokument.leistung.slug,
    definition: dokument.definition,
  };
  const geprueft = pruefeCmsFormular(eingabe);
  if (!geprueft.ok) {
    console.warn(
      `[forms] Formular ${dokument.schluessel} (${documentId}) is published in the CMS but broken; the stored versions stay:\n  ${fehlerListe(geprueft.fehler, "de").join("\n  ")}`,
    );
    return { art: "abgelehnt", schluessel: dokument.schluessel, fehler: geprueft.fehler };
  }
  const ergebnis = await veroeffentlicheFormular(db, {
    roh: definitionAusCms(eingabe),
    leistung: eingabe.leistung as string,
    cmsDocumentId: documentId,
  });
  if (!ergebnis.ok) {
    return { art: "abgelehnt", schluessel: dokument.schluessel, fehler: ergebnis.fehler };
  }
  await deleteRueckzug(db, { schluessel: [dokument.schluessel] });
  // The editors changed the key: the form under the old key is no longer offered.
  await insertRueckzug(db, {
    schluessel: bisher.filter((s) => s !== dokument.schluessel),
    cmsDocumentId: documentId,
  });
  return {
    art: "veroeffentlicht",
    schluessel: dokument.schluessel,
    version: ergebnis.version,
    neu: ergebnis.neu,
  };
}

/**
 * Applies one CMS event: re-reads the Formular (published version, with its Leistung's slug) and
 * stores it as the next version, or marks its forms as withdrawn when it is not published. Events
 * of other models are ignored (null). Throws when the CMS cannot be read, so the job is retried.
 */
export async function verarbeiteFormularEreignis(
  db: Db,
  cms: CmsClient,
  ereignis: FormularEreignis,
): Promise<FormularUebernahme | null> {
  if (!istFormularModell(ereignis.model)) return null;
  const dokument = await cms.get("formulare", formularSchema, ereignis.documentId);
  return db.transaction((tx) => uebernimm(tx, ereignis.documentId, dokument));
}

/**
 * Brings every form in line with the CMS (at start, on demand and nightly): each published
 * Formular as in `verarbeiteFormularEreignis`, and every stored form whose Formular is no longer
 * published is withdrawn. One transaction: on any failure nothing has changed.
 */
export async function resyncFormulare(db: Db, cms: CmsClient) {
  const dokumente = await cms.list("formulare", formularSchema);
  return db.transaction(async (tx) => {
    const ergebnisse: FormularUebernahme[] = [];
    for (const dokument of dokumente) {
      ergebnisse.push(await uebernimm(tx, dokument.documentId, dokument));
    }
    const veroeffentlicht = new Set(dokumente.map((d) => d.documentId));
    const verwaist = (await listFormularSchluessel(tx)).filter(
      (f) => !f.cmsDocumentId || !veroeffentlicht.has(f.cmsDocumentId),
    );
    for (const f of verwaist) {
      await insertRueckzug(tx, { schluessel: [f.schluessel], cmsDocumentId: f.cmsDocumentId });
    }
    const art = (a: FormularUebernahme["art"]) => ergebnisse.filter((e) => e.art === a);
    return {
      counts: {
        formulare: dokumente.length,
        neueVersionen: ergebnisse.filter((e) => e.art === "veroeffentlicht" && e.neu).length,
        abgelehnt: art("abgelehnt").length,
        zurueckgezogen:
          verwaist.length +
          art("zurueckgezogen").reduce(
            (n, e) => n + (e.art === "zurueckgezogen" ? e.schluessel.length : 0),
            0,
          ),
      },
    };
  });
}
