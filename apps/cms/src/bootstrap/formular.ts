import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import * as regeln from "../generated/regeln";

// "A broken definition cannot be published": before a Formular is published, its definition is
// checked with the portal's own rules (@portal/forms/regeln, bundled into src/generated at build
// time by scripts/regeln-buendeln.mjs), so the editor is refused exactly what the portal would
// refuse, with the same German messages. Saving a draft is never refused: a form may be built up
// over several sessions.

const FORMULAR = "api::formular.formular";
const LEISTUNG = "api::leistung.leistung";
/** More problems than this are summed up: the admin shows the message in a notification. */
const MAX_ANGEZEIGT = 15;

interface Definitionsfehler {
  pfad: string;
  code: string;
  werte?: Record<string, string | number>;
}
type PruefErgebnis = { ok: true } | { ok: false; fehler: Definitionsfehler[] };

// The bundle is untyped (it is generated JavaScript); these are the signatures of
// packages/forms/src/services/cms.ts.
const pruefeCmsFormular = regeln.pruefeCmsFormular as (formular: {
  schluessel: string;
  leistung: string | null | undefined;
  definition: unknown;
}) => PruefErgebnis;
const fehlerListe = regeln.fehlerListe as (
  fehler: Definitionsfehler[],
  lang: "de" | "en",
) => string[];

/** A Formular's draft as the check needs it: the slug of its Leistung only if that is published. */
export interface FormularEntwurf {
  schluessel: string;
  leistung: string | null;
  definition: unknown;
}

/**
 * The refusal for a draft that may not be published, or null. Strapi's ValidationError (400)
 * reaches the admin panel with its message, which it shows as a notification; the admin formats
 * messages with ICU, so braces in editors' values are replaced.
 */
export function veroeffentlichungsFehler(entwurf: FormularEntwurf): errors.ValidationError | null {
  const ergebnis = pruefeCmsFormular(entwurf);
  if (ergebnis.ok) return null;
  const zeilen = fehlerListe(ergebnis.fehler, "de").map((z) =>
    z.replace(/[{}]/g, (k) => (k === "{" ? "(" : ")")),
  );
  const gezeigt = zeilen.slice(0, MAX_ANGEZEIGT).map((z) => `• ${z}`);
  if (zeilen.length > MAX_ANGEZEIGT) gezeigt.push(`… und ${zeilen.length - MAX_ANGEZEIGT} weitere`);
  const anzahl = zeilen.length === 1 ? "einen Fehler" : `${zeilen.length} Fehler`;
  return new errors.ValidationError(
    `Das Formular wurde nicht veröffentlicht: es enthält ${anzahl}. Bitte korrigieren Sie die Definition und veröffentlichen Sie erneut.\n${gezeigt.join("\n")}`,
    {
      errors: ergebnis.fehler.map((f, i) => ({
        path: f.pfad.split("."),
        message: zeilen[i] ?? f.code,
        name: "ValidationError",
      })),
    },
  );
}

type EntwurfRow = {
  schluessel: string;
  definition: unknown;
  leistung?: { documentId: string; slug: string } | null;
};

/**
 * The draft of a Formular (the one about to be published, or the one the editor previews), with
 * its Leistung's slug if that Leistung is published.
 */
export async function ladeEntwurf(
  strapi: Core.Strapi,
  documentId: string,
): Promise<FormularEntwurf | null> {
  const row: EntwurfRow | null = await strapi.db.query(FORMULAR).findOne({
    where: { documentId, publishedAt: null },
    populate: { leistung: { select: ["documentId", "slug"] } },
  });
  if (!row) return null;
  let leistung: string | null = null;
  if (row.leistung) {
    const veroeffentlicht = await strapi.db
      .query(LEISTUNG)
      .count({ where: { documentId: row.leistung.documentId, publishedAt: { $notNull: true } } });
    leistung = veroeffentlicht > 0 ? row.leistung.slug : null;
  }
  return { schluessel: row.schluessel, leistung, definition: row.definition };
}

type Middleware = Parameters<Core.Strapi["documents"]["use"]>[0];

/**
 * The Document Service middleware: `publish` is checked against the draft in the database (the
 * content manager saves the editor's changes first, in the same transaction, so a refusal also
 * rolls those back while the admin keeps them in the form). `create` and `update` with status
 * "published" (seeding, scripts) publish inside the repository without passing the middleware
 * again, so they are split here into a draft write and a checked publish, in one transaction.
 */
export function formularPruefung(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (context.uid !== FORMULAR) return next();
    const params = context.params as { documentId?: string; status?: string };
    if (context.action === "publish") {
      const entwurf = params.documentId ? await ladeEntwurf(strapi, params.documentId) : null;
      const fehler = entwurf ? veroeffentlichungsFehler(entwurf) : null;
      if (fehler) throw fehler;
      return next();
    }
    if (
      (context.action === "create" || context.action === "update") &&
      params.status === "published"
    ) {
      return strapi.db.transaction(async () => {
        params.status = "draft";
        const entwurf = await next();
        const documentId =
          (entwurf as { documentId?: string } | null)?.documentId ?? params.documentId;
        if (!documentId) return entwurf;
        const veroeffentlicht = await strapi.documents(FORMULAR).publish({ documentId });
        return veroeffentlicht?.entries?.[0] ?? entwurf;
      });
    }
    return next();
  };
}

/** Called from register(). */
export function registerFormularPruefung(strapi: Core.Strapi) {
  strapi.documents.use(formularPruefung(strapi));
}
