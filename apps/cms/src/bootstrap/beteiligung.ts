import { randomBytes } from "node:crypto";
import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";

// The checks of the participation types that Strapi's schema cannot express (JSON fields, the
// order of dates, the kind of the uploaded documents). They mirror the portal's zod schemas
// (@portal/cms-client/schemas: mandantSchema, verfahrenSchema), which refuse the same documents
// again when they are read: the CMS is not a workspace package and cannot import them, so an editor
// gets the message here, when saving, instead of a procedure that silently does not appear.

const MANDANT = "api::mandant.mandant";
const VERFAHREN = "api::verfahren.verfahren";
const UPLOAD = "plugin::upload.file";
/** More embedding sites than this are a configuration mistake, not a municipality's web presence. */
export const MAX_EINBETTUNGSDOMAINS = 20;
/** A host name in lower case: labels of letters, digits and hyphens, no scheme, port or path. */
const HOST =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const PDF = "application/pdf";

type Json = Record<string, unknown>;
/** One problem: the field's path and a German message for the editor. */
export type Problem = { pfad: string; meldung: string };

/** The problems of an `einbettungsDomains` value (null/undefined: none given, which is fine). */
export function pruefeEinbettungsDomains(wert: unknown): Problem[] {
  if (wert === null || wert === undefined) return [];
  const pfad = "einbettungsDomains";
  if (!Array.isArray(wert)) {
    return [
      { pfad, meldung: 'Bitte eine JSON-Liste von Hostnamen angeben, z. B. ["www.dresden.de"].' },
    ];
  }
  if (wert.length > MAX_EINBETTUNGSDOMAINS) {
    return [
      { pfad, meldung: `Höchstens ${MAX_EINBETTUNGSDOMAINS} Einbettungsdomains sind möglich.` },
    ];
  }
  return wert.flatMap((host, i): Problem[] =>
    typeof host === "string" && HOST.test(host)
      ? []
      : [
          {
            pfad: `${pfad}.${i}`,
            meldung: `„${String(host)}“ ist kein Hostname: nur Kleinbuchstaben, Ziffern, Punkte und Bindestriche, ohne https:// und ohne Pfad (z. B. www.dresden.de).`,
          },
        ],
  );
}

const istPosition = (p: unknown) =>
  Array.isArray(p) &&
  p.length >= 2 &&
  p.length <= 3 &&
  p.every((n) => typeof n === "number" && Number.isFinite(n)) &&
  (p[0] as number) >= -180 &&
  (p[0] as number) <= 180 &&
  (p[1] as number) >= -90 &&
  (p[1] as number) <= 90;

/** A linear ring: at least four positions, the last equal to the first (RFC 7946, 3.1.6). */
const istRing = (ring: unknown) =>
  Array.isArray(ring) &&
  ring.length >= 4 &&
  ring.every(istPosition) &&
  ring[0][0] === ring[ring.length - 1][0] &&
  ring[0][1] === ring[ring.length - 1][1];
const istPolygon = (rings: unknown) =>
  Array.isArray(rings) && rings.length >= 1 && rings.every(istRing);

/** The problems of a `gebiet`: a GeoJSON Polygon or MultiPolygon in WGS84 (longitude first). */
export function pruefeGebiet(wert: unknown): Problem[] {
  if (wert === null || wert === undefined) return [];
  const g = wert as { type?: unknown; coordinates?: unknown };
  const ok =
    typeof wert === "object" &&
    ((g.type === "Polygon" && istPolygon(g.coordinates)) ||
      (g.type === "MultiPolygon" &&
        Array.isArray(g.coordinates) &&
        g.coordinates.length >= 1 &&
        g.coordinates.every(istPolygon)));
  return ok
    ? []
    : [
        {
          pfad: "gebiet",
          meldung:
            'Das Gebiet muss ein GeoJSON-Polygon oder -MultiPolygon in WGS84 sein ({"type": "Polygon", "coordinates": [[[Länge, Breite], …]]}), jeder Ring geschlossen und mit mindestens vier Punkten.',
        },
      ];
}

/** The problems of the phases: each ends after it begins. */
export function pruefePhasen(wert: unknown): Problem[] {
  if (!Array.isArray(wert)) return [];
  return wert.flatMap((phase: Json, i): Problem[] => {
    const beginn = Date.parse(String(phase?.beginn ?? ""));
    const ende = Date.parse(String(phase?.ende ?? ""));
    if (Number.isNaN(beginn) || Number.isNaN(ende) || beginn < ende) return [];
    return [{ pfad: `phasen.${i}.ende`, meldung: `Phase ${i + 1} muss nach ihrem Beginn enden.` }];
  });
}

/** The problems of the questions: a choice has a list of at least two texts as options. */
export function pruefeFragen(wert: unknown): Problem[] {
  if (!Array.isArray(wert)) return [];
  return wert.flatMap((frage: Json, i): Problem[] => {
    if (frage?.art === "text") return [];
    const optionen = frage?.optionen;
    const ok =
      Array.isArray(optionen) &&
      optionen.length >= 2 &&
      optionen.every((o) => typeof o === "string" && o.trim() !== "");
    return ok
      ? []
      : [
          {
            pfad: `fragen.${i}.optionen`,
            meldung: `Frage ${i + 1}: bitte mindestens zwei Antwortmöglichkeiten als JSON-Liste angeben, z. B. ["Ja", "Nein"].`,
          },
        ];
  });
}

/** A phase's or question's key: what contributions and answers are stored under. */
const KENNUNG = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * Gives every phase or question without a `kennung` one of its own (`phase-3f9a…`), once, when
 * it is saved: Strapi gives components new ids on every publish and positions change when editors
 * reorder, so neither can key the contributions. Returns the problems: a malformed or repeated key.
 */
export function vergebeKennungen(wert: unknown, art: "phase" | "frage"): Problem[] {
  if (!Array.isArray(wert)) return [];
  const feld = art === "phase" ? "phasen" : "fragen";
  const gesehen = new Set<string>();
  return wert.flatMap((eintrag: Json, i): Problem[] => {
    if (typeof eintrag !== "object" || eintrag === null) return [];
    if (eintrag.kennung === undefined || eintrag.kennung === null || eintrag.kennung === "") {
      eintrag.kennung = `${art}-${randomBytes(4).toString("hex")}`;
    }
    const kennung = eintrag.kennung;
    const name = art === "phase" ? `Phase ${i + 1}` : `Frage ${i + 1}`;
    if (typeof kennung !== "string" || !KENNUNG.test(kennung)) {
      return [
        {
          pfad: `${feld}.${i}.kennung`,
          meldung: `${name}: Die Kennung darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten (höchstens 40 Zeichen). Leer lassen, dann wird sie vergeben.`,
        },
      ];
    }
    if (gesehen.has(kennung)) {
      return [
        {
          pfad: `${feld}.${i}.kennung`,
          meldung: `${name}: Die Kennung „${kennung}“ ist in diesem Verfahren schon vergeben. Leer lassen, dann wird eine neue vergeben.`,
        },
      ];
    }
    gesehen.add(kennung);
    return [];
  });
}

/** The ids of the files a media field is set to ("dokumente": ids, `{ id }` objects or `{ set }`). */
function dateiIds(wert: unknown): number[] {
  const liste = Array.isArray(wert) ? wert : ((wert as { set?: unknown })?.set ?? []);
  if (!Array.isArray(liste)) return [];
  return liste
    .map((d) => (typeof d === "object" && d !== null ? (d as { id?: unknown }).id : d))
    .map(Number)
    .filter(Number.isInteger);
}

function fehler(problems: Problem[]): errors.ValidationError {
  return new errors.ValidationError(problems.map((p) => p.meldung).join("\n"), {
    errors: problems.map((p) => ({
      path: p.pfad.split("."),
      message: p.meldung,
      name: "ValidationError",
    })),
  });
}

type Middleware = Parameters<Core.Strapi["documents"]["use"]>[0];

/** Refuses a create or update of a Mandant or Verfahren whose data break the rules above. */
export function beteiligungsPruefung(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    if (context.uid !== MANDANT && context.uid !== VERFAHREN) return next();
    if (context.action !== "create" && context.action !== "update") return next();
    const data = (context.params as { data?: Json }).data;
    if (!data) return next();
    const problems: Problem[] = [];
    if (context.uid === MANDANT) {
      if ("einbettungsDomains" in data)
        problems.push(...pruefeEinbettungsDomains(data.einbettungsDomains));
    } else {
      if ("gebiet" in data) problems.push(...pruefeGebiet(data.gebiet));
      if ("phasen" in data) {
        problems.push(...pruefePhasen(data.phasen), ...vergebeKennungen(data.phasen, "phase"));
      }
      if ("fragen" in data) {
        problems.push(...pruefeFragen(data.fragen), ...vergebeKennungen(data.fragen, "frage"));
      }
      const ids = "dokumente" in data ? dateiIds(data.dokumente) : [];
      if (ids.length > 0) {
        const dateien: { id: number; name: string; mime: string }[] = await strapi.db
          .query(UPLOAD)
          .findMany({ where: { id: { $in: ids } }, select: ["id", "name", "mime"] });
        for (const d of dateien.filter((d) => d.mime !== PDF)) {
          problems.push({
            pfad: "dokumente",
            meldung: `„${d.name}“ ist kein PDF: Dokumente eines Verfahrens müssen PDF-Dateien sein (barrierefrei, dauerhaft lesbar).`,
          });
        }
      }
    }
    if (problems.length > 0) throw fehler(problems);
    return next();
  };
}

/** Called from register(). */
export function registerBeteiligungsPruefung(strapi: Core.Strapi) {
  strapi.documents.use(beteiligungsPruefung(strapi));
}
