import { createHash } from "node:crypto";
import type { Db } from "@portal/db/client";
import { istZurueckgezogen } from "../queries/rueckzug.ts";
import { findFormularVersion, insertFormularVersion } from "../queries/versionen.ts";
import type { Definitionsfehler, Formulardefinition } from "../types.ts";
import { pruefeDefinition } from "./definition.ts";

// Publishing a form: the definition is checked (a broken one is never stored) and becomes a new,
// immutable version unless it is unchanged. The CMS checks the same way before it publishes;
// this check is the one the portal relies on.

/** A canonical JSON (keys sorted), so the checksum does not depend on key order. */
function kanonisch(wert: unknown): string {
  if (Array.isArray(wert)) return `[${wert.map(kanonisch).join(",")}]`;
  if (wert && typeof wert === "object") {
    const eintraege = Object.entries(wert as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${eintraege.map(([k, v]) => `${JSON.stringify(k)}:${kanonisch(v)}`).join(",")}}`;
  }
  return JSON.stringify(wert);
}

export type VeroeffentlichErgebnis =
  | { ok: true; version: number; neu: boolean }
  | { ok: false; fehler: Definitionsfehler[] };

/**
 * Stores a published definition as the form's next version. `roh` is the definition as the CMS
 * holds it (any JSON; its `version`, if any, is ignored: the portal numbers the versions) and
 * `leistung` the slug of the Leistung it is linked to, which wins over the definition's own.
 */
export async function veroeffentlicheFormular(
  db: Db,
  eingabe: { roh: unknown; leistung: string; cmsDocumentId?: string | null; jetzt?: Date },
): Promise<VeroeffentlichErgebnis> {
  const roh =
    eingabe.roh && typeof eingabe.roh === "object" && !Array.isArray(eingabe.roh)
      ? { ...(eingabe.roh as Record<string, unknown>), version: 1, leistung: eingabe.leistung }
      : eingabe.roh;
  const geprueft = pruefeDefinition(roh);
  if (!geprueft.ok) return geprueft;
  const { version: _ohne, ...definition } = geprueft.definition;
  const pruefsumme = createHash("sha256").update(kanonisch(definition)).digest("hex");
  return db.transaction((tx) =>
    insertFormularVersion(tx, {
      schluessel: definition.schluessel,
      leistung: eingabe.leistung,
      cmsDocumentId: eingabe.cmsDocumentId ?? null,
      definition,
      pruefsumme,
      jetzt: eingabe.jetzt,
    }).then((r) => ({ ok: true as const, ...r })),
  );
}

/**
 * A form's definition in one version (any stored one: drafts and applications name theirs), or
 * without `version` its newest, for a new application: null when the form is withdrawn (its
 * Formular is no longer published in the CMS).
 */
export async function ladeFormular(
  db: Db,
  params: { schluessel: string; version?: number },
): Promise<Formulardefinition | null> {
  if (params.version !== undefined && (!Number.isInteger(params.version) || params.version < 1)) {
    return null;
  }
  if (params.version === undefined && (await istZurueckgezogen(db, params))) return null;
  const row = await findFormularVersion(db, params);
  return row?.definition ?? null;
}
