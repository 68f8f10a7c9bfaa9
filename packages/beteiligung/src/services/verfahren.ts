import type { CmsClient } from "@portal/cms-client/client";
import {
  type CmsMandant,
  type CmsVerfahren,
  mandantSchema,
  PHASEN_AKTIONEN,
  verfahrenSchema,
} from "@portal/cms-client/schemas";
import type { Db } from "@portal/db/client";
import {
  findeMandantByAgs,
  findeVerfahren,
  findeVerfahrenBySlug,
  loescheAndereMandanten,
  loescheAndereVerfahren,
  loescheMandant,
  loescheVerfahren,
  type NeuerMandant,
  type NeuesVerfahren,
  speichereMandant,
  speichereVerfahren,
} from "../queries/verfahren.ts";
import type { MandantRow, VerfahrenRow, VerfahrensPhase } from "../schema.ts";
import {
  type Aktion,
  type Identitaet,
  type Lebenszyklus,
  type Phase,
  status,
  type Verfahrensregeln,
} from "../types.ts";

// The procedures follow the CMS (content types `mandant` and `verfahren`): a published document
// is written into the read model, an unpublished or deleted one is removed. The document is always
// read again from the CMS (published versions only), never taken from the webhook's payload, so a
// late or repeated event cannot bring back an old state. Each event and each full resync is one
// transaction.

/** The Strapi models of the Beteiligungsportal, as the webhook names them. */
export const BETEILIGUNG_MODELLE = ["mandant", "verfahren"] as const;
export type BeteiligungsModell = (typeof BETEILIGUNG_MODELLE)[number];

/** Whether a CMS event concerns a Mandant or a Beteiligungsverfahren. */
export const istBeteiligungsModell = (model: string): model is BeteiligungsModell =>
  (BETEILIGUNG_MODELLE as readonly string[]).includes(model);

/** A change the CMS reported (Strapi's webhook `model` and the document). */
export interface BeteiligungsEreignis {
  model: string;
  documentId: string;
}

const mandantZeile = (m: CmsMandant): NeuerMandant => ({
  documentId: m.documentId,
  name: m.name,
  gemeindeAgs: m.gemeindeAgs,
  ars: m.ars,
  einbettungsDomains: m.einbettungsDomains,
  kontaktEmail: m.kontaktEmail,
  kontaktTelefon: m.kontaktTelefon,
  webseite: m.webseite,
  logoUrl: m.logo?.url ?? null,
});

const verfahrenZeile = (v: CmsVerfahren): NeuesVerfahren => ({
  documentId: v.documentId,
  slug: v.slug,
  gemeindeAgs: v.gemeindeAgs,
  titel: v.titel,
  art: v.art,
  kurzbeschreibung: v.kurzbeschreibung,
  beschreibung: v.beschreibung,
  dokumente: v.dokumente.map((d) => ({
    name: d.name,
    url: d.url,
    groesseKb: d.size,
    mime: d.mime,
  })),
  gebiet: v.gebiet,
  moderation: v.moderation,
  meldeschwelle: v.meldeschwelle,
  archiviert: v.archiviert,
  // Normalised to UTC ISO strings, so that the rows compare and sort as instants.
  // The key the CMS gave (stable across reordering and republishing); the position only for
  // documents saved before keys were given.
  phasen: v.phasen.map(({ kennung, ...p }, i) => ({
    ...p,
    id: kennung ?? `phase-${i + 1}`,
    beginn: new Date(p.beginn).toISOString(),
    ende: new Date(p.ende).toISOString(),
  })),
  fragen: v.fragen.map(({ kennung, ...f }, i) => ({ id: kennung ?? `frage-${i + 1}`, ...f })),
});

export type BeteiligungsUebernahme =
  | { model: BeteiligungsModell; art: "gespeichert"; documentId: string }
  | { model: BeteiligungsModell; art: "entfernt"; documentId: string; zeilen: number };

/**
 * Applies one CMS event: re-reads the Mandant or Verfahren (published version) and writes it into
 * the read model, or removes it when it is not published (unpublished, deleted, or published but
 * invalid: then the CMS client has warned and answers nothing). Events of other models: null.
 * Throws when the CMS cannot be read, so the job is retried.
 */
export async function verarbeiteBeteiligungsEreignis(
  db: Db,
  cms: CmsClient,
  ereignis: BeteiligungsEreignis,
): Promise<BeteiligungsUebernahme | null> {
  const { model, documentId } = ereignis;
  if (!istBeteiligungsModell(model)) return null;
  if (model === "mandant") {
    const dokument = await cms.get("mandanten", mandantSchema, documentId);
    return db.transaction(async (tx) => {
      if (!dokument) {
        const zeilen = await loescheMandant(tx, { documentId });
        return { model, art: "entfernt", documentId, zeilen };
      }
      await speichereMandant(tx, mandantZeile(dokument));
      return { model, art: "gespeichert", documentId };
    });
  }
  const dokument = await cms.get("beteiligungsverfahren", verfahrenSchema, documentId);
  return db.transaction(async (tx) => {
    if (!dokument) {
      const zeilen = await loescheVerfahren(tx, { documentId });
      return { model, art: "entfernt", documentId, zeilen };
    }
    await speichereVerfahren(tx, verfahrenZeile(dokument));
    return { model, art: "gespeichert", documentId };
  });
}

/**
 * Brings the read model in line with the CMS (at start, on demand and nightly): every published
 * Mandant and Verfahren is written, every other row removed. One transaction: on any failure
 * (also when the CMS cannot be read) nothing has changed.
 */
export async function synchronisiereBeteiligung(db: Db, cms: CmsClient) {
  const mandanten = await cms.list("mandanten", mandantSchema);
  const verfahren = await cms.list("beteiligungsverfahren", verfahrenSchema);
  return db.transaction(async (tx) => {
    // Removed first, so that a slug or AGS moved to another document is free again.
    const mandantenEntfernt = await loescheAndereMandanten(tx, {
      behalten: mandanten.map((m) => m.documentId),
    });
    const verfahrenEntfernt = await loescheAndereVerfahren(tx, {
      behalten: verfahren.map((v) => v.documentId),
    });
    for (const m of mandanten) await speichereMandant(tx, mandantZeile(m));
    for (const v of verfahren) await speichereVerfahren(tx, verfahrenZeile(v));
    return {
      counts: {
        mandanten: mandanten.length,
        beteiligungsverfahren: verfahren.length,
        mandantenEntfernt,
        verfahrenEntfernt,
      },
    };
  });
}

const AKTION: Record<(typeof PHASEN_AKTIONEN)[number], Aktion> = {
  kommentieren: "kommentieren",
  bewerten: "bewerten",
  kartenpunkt: "kartenpunkt",
  stellungnahme: "stellungnahme",
  umfrage: "umfrage",
};

function phase(p: VerfahrensPhase): Phase {
  const erlaubt: Aktion[] = ["lesen"];
  const identitaet: Partial<Record<Aktion, Identitaet>> = {};
  for (const feld of PHASEN_AKTIONEN) {
    const stufe = p[feld];
    if (stufe === "nicht") continue;
    erlaubt.push(AKTION[feld]);
    identitaet[AKTION[feld]] = stufe;
  }
  return {
    id: p.id,
    titel: p.titel,
    beginn: new Date(p.beginn),
    ende: new Date(p.ende),
    publikum: p.publikum,
    erlaubt,
    identitaet,
  };
}

/**
 * The rules of a procedure from its read-model row, for `darf`, `status` and the contribution
 * services. Per phase, each action the editors set to an identity is allowed with that identity
 * ("nicht": not allowed); reading is always allowed. The tenant (`mandantId`) is the
 * municipality's AGS, which names the Mandant in the CMS as well.
 */
export function regelnVon(zeile: VerfahrenRow): Verfahrensregeln {
  return {
    verfahrenId: zeile.documentId,
    mandantId: zeile.gemeindeAgs,
    moderation: zeile.moderation,
    meldeschwelle: zeile.meldeschwelle,
    archiviert: zeile.archiviert,
    phasen: zeile.phasen.map(phase),
  };
}

/** A procedure of the read model with its state at the time asked. */
export type VerfahrenMitStatus = VerfahrenRow & { status: Lebenszyklus };

/**
 * The procedures (by title), optionally of one municipality and in some states only (e.g.
 * `["ankuendigung", "aktiv"]` for the public list). The state is derived from the phases at
 * `jetzt` (`status`), so no job has to flip it when a phase begins or ends.
 */
export async function listeVerfahren(
  db: Db,
  params: { gemeindeAgs?: string; status?: Lebenszyklus | Lebenszyklus[]; jetzt: Date },
): Promise<VerfahrenMitStatus[]> {
  const gewuenscht =
    params.status === undefined
      ? null
      : new Set(Array.isArray(params.status) ? params.status : [params.status]);
  const zeilen = await findeVerfahren(db, {
    gemeindeAgs: params.gemeindeAgs ? [params.gemeindeAgs] : undefined,
  });
  return zeilen
    .map((z) => ({ ...z, status: status(regelnVon(z), params.jetzt) }))
    .filter((z) => !gewuenscht || gewuenscht.has(z.status));
}

/** One procedure by its slug, or null. */
export async function ladeVerfahren(
  db: Db,
  params: { slug: string },
): Promise<VerfahrenRow | null> {
  return findeVerfahrenBySlug(db, params);
}

/** The Mandant of a municipality, or null when it does not take part. */
export async function ladeMandant(
  db: Db,
  params: { gemeindeAgs: string },
): Promise<MandantRow | null> {
  return findeMandantByAgs(db, params);
}
