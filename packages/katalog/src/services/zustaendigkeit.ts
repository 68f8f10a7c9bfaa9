import type { Db } from "@portal/db/client";
import * as queries from "../queries/zustaendigkeit.ts";
import type { Zustaendigkeitsfall, Zustaendigkeitsregel } from "../types.ts";

// The responsibility rule (DOMAIN.md, "Who is responsible"), written once. The materialiser in
// queries/zustaendigkeit.ts computes the same in SQL for all municipalities at once; a test holds
// the two equal for every (Leistung, Gemeinde) pair of the seed.

/**
 * The key scheme of the Organisationseinheiten the rule resolves to: the municipal administration
 * by AGS, the Verwaltungsverband by its Verband-ARS, the Landratsamt by the Kreis key. State
 * authorities have editorial keys ("land-lds").
 */
export const behoerdenschluessel = {
  gemeindeverwaltung: (ags: string) => `gv-${ags}`,
  verwaltungsverband: (verbandArs: string) => `vv-${verbandArs}`,
  landratsamt: (kreisSchluessel: string) => `lra-${kreisSchluessel}`,
} as const;

/** The prefixes of the key scheme, for the materialiser in SQL. */
export const SCHLUESSELPRAEFIX = {
  gemeindeverwaltung: "gv-",
  verwaltungsverband: "vv-",
  landratsamt: "lra-",
  land: "land-",
} as const;

/** Whether a text can be an Organisationseinheit key at all (bounded, as in the CMS). */
export function istBehoerdenschluessel(value: string): boolean {
  return value.length <= 120 && /^(gv|vv|lra|land)-[a-z0-9-]+$/.test(value);
}

/** What the rule needs to know about a municipality. */
export interface Gebietskontext {
  ags: string;
  ars: string;
  kreis: { schluessel: string; typ: "landkreis" | "kreisfreie_stadt" };
  verband: {
    ars: string;
    typ: "verbandsfrei" | "verwaltungsgemeinschaft" | "verwaltungsverband";
    sitzAgs: string | null;
  };
}

/** The cases of a rule in order: the rule itself first, then its further cases. */
export function faelle(regel: Zustaendigkeitsregel): Zustaendigkeitsfall[] {
  return [regel, ...(regel.weitereFaelle ?? [])];
}

/**
 * The Organisationseinheit responsible under one case of a rule for one municipality, or null:
 * - an explicit exception for the area wins (longest ARS prefix, the first listed on a tie), e.g.
 *   a Große Kreisstadt that holds the lower building authority (§ 57 SächsBO);
 * - "gemeinde": the municipality itself (Selbstverwaltungsaufgaben such as the dog tax);
 * - "verwaltungsgemeinschaft": the erfüllende Gemeinde of a Verwaltungsgemeinschaft performs the
 *   members' Weisungsaufgaben (§ 36 SächsKomZG), a Verwaltungsverband its members' (§ 20
 *   SächsKomZG); a municipality in neither performs them itself;
 * - "kreis": the kreisfreie Stadt itself, otherwise the Landratsamt;
 * - "land": the one state authority the case names.
 */
export function zustaendigeStelle(
  fall: Zustaendigkeitsfall,
  gebiet: Gebietskontext,
): string | null {
  let ausnahme: { gebietArs: string; organisationseinheit: string } | undefined;
  for (const a of fall.ausnahmen) {
    if (
      gebiet.ars.startsWith(a.gebietArs) &&
      a.gebietArs.length > (ausnahme?.gebietArs.length ?? -1)
    )
      ausnahme = a;
  }
  if (ausnahme) return ausnahme.organisationseinheit;
  const { gemeindeverwaltung, verwaltungsverband, landratsamt } = behoerdenschluessel;
  switch (fall.ebene) {
    case "land":
      return fall.organisationseinheit ?? null;
    case "gemeinde":
      return gemeindeverwaltung(gebiet.ags);
    case "verwaltungsgemeinschaft":
      if (gebiet.verband.typ === "verwaltungsgemeinschaft")
        return gebiet.verband.sitzAgs ? gemeindeverwaltung(gebiet.verband.sitzAgs) : null;
      if (gebiet.verband.typ === "verwaltungsverband")
        return verwaltungsverband(gebiet.verband.ars);
      return gemeindeverwaltung(gebiet.ags);
    case "kreis":
      return gebiet.kreis.typ === "kreisfreie_stadt"
        ? gemeindeverwaltung(gebiet.ags)
        : landratsamt(gebiet.kreis.schluessel);
  }
}

/** Every case of a rule resolved for one municipality, in the rule's order. */
export function zustaendigeStellen(
  regel: Zustaendigkeitsregel,
  gebiet: Gebietskontext,
): { fall: number; bedingung: string | null; organisationseinheit: string }[] {
  return faelle(regel).flatMap((f, fall) => {
    const organisationseinheit = zustaendigeStelle(f, gebiet);
    return organisationseinheit
      ? [{ fall, bedingung: f.bedingung ?? null, organisationseinheit }]
      : [];
  });
}

/** Recomputes the materialised Zuständigkeiten (all, or of the given Leistungen) inside `db`. */
export function materialisiereZustaendigkeiten(
  db: Db,
  params: { leistungDocumentIds?: string[] } = {},
): Promise<number> {
  return queries.materialiseZustaendigkeiten(db, { ...params, praefix: SCHLUESSELPRAEFIX });
}
