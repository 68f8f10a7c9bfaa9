import type { Definitionsfehler, Sprache } from "../types.ts";
import { type PruefErgebnis, pruefeDefinition } from "./definition.ts";
import { fehlerText } from "./fehler.ts";

// A Formular as the CMS holds it (content type `formular`): the key and the Leistung are fields
// of their own (a uid and a relation), the definition JSON holds the rest. The CMS, before it
// publishes, and the portal, when it stores a version, both compose and check it here, so the
// editor is refused exactly what the portal would refuse. Pure: the CMS bundles this module.

/** What the CMS knows of a Formular. */
export interface CmsFormularEingabe {
  /** The `schluessel` field (uid): the form's stable key. */
  schluessel: string;
  /** The slug of the linked Leistung; null or undefined when none is linked. */
  leistung: string | null | undefined;
  /** The `definition` field (JSON), as the editor wrote it. */
  definition: unknown;
}

/** Keys the CMS sets from its own fields (or the portal numbers): an editor does not write them. */
const VOM_CMS_GESETZT = ["schluessel", "version", "leistung"] as const;

/**
 * The definition with the CMS's fields filled in: `schluessel` from the uid, `leistung` from the
 * relation and version 1 (the portal numbers the versions when it stores them).
 */
export function definitionAusCms(formular: CmsFormularEingabe): unknown {
  const { definition } = formular;
  if (!definition || typeof definition !== "object" || Array.isArray(definition)) return definition;
  return {
    ...(definition as Record<string, unknown>),
    schluessel: formular.schluessel,
    version: 1,
    leistung: formular.leistung ?? "",
  };
}

/**
 * Whether a Formular may be published: a Leistung is linked, the JSON does not set what the
 * CMS's fields set, and the composed definition passes `pruefeDefinition`. Errors carry the
 * path into the definition JSON (or the CMS field: `leistung`, `schluessel`, `definition`).
 */
export function pruefeCmsFormular(formular: CmsFormularEingabe): PruefErgebnis {
  const fehler: Definitionsfehler[] = [];
  if (!formular.leistung) fehler.push({ pfad: "leistung", code: "formular.leistungFehlt" });
  const { definition } = formular;
  if (!definition || typeof definition !== "object" || Array.isArray(definition)) {
    fehler.push({ pfad: "definition", code: "formular.keinObjekt" });
    return { ok: false, fehler };
  }
  for (const feld of VOM_CMS_GESETZT) {
    if (feld in definition) {
      fehler.push({ pfad: `definition.${feld}`, code: "formular.feldVomCms", werte: { feld } });
    }
  }
  if (fehler.length > 0) return { ok: false, fehler };
  const geprueft = pruefeDefinition(definitionAusCms(formular));
  if (geprueft.ok) return geprueft;
  return {
    ok: false,
    fehler: geprueft.fehler.map((f) => ({ ...f, pfad: cmsPfad(f.pfad) })),
  };
}

/** Key and Leistung come from the CMS's own fields: name those, not a path the editor never wrote. */
function cmsPfad(pfad: string): string {
  const erstes = pfad.split(".")[0] ?? "";
  if (erstes === "schluessel" || erstes === "leistung") return erstes;
  return pfad ? `definition.${pfad}` : "definition";
}

/**
 * The problems as the editor reads them, one per line: where (the path into the JSON) and what.
 */
export function fehlerListe(fehler: Definitionsfehler[], lang: Sprache): string[] {
  return fehler.map((f) => {
    const text = fehlerText(f.code, lang, f.werte);
    return f.pfad ? `${f.pfad}: ${text}` : text;
  });
}
