/** Value types shared by the read model and the CMS client. Pure: no side effects. */

// The contact-data rule is pure too, and the seed builder (plain Node, no React Server Components
// condition) needs it as well as the read-model sync: so it is public here rather than in server.ts.
export { telefonnummer } from "./services/telefon.ts";

/**
 * A municipality as seed/geo/gemeinden.json holds it: written by scripts/build-seed.ts, loaded by
 * services/gebiet.ts.
 */
export interface GemeindeSeed {
  ags: string;
  ars: string;
  name: string;
  amtlicherName: string;
  typ: "kreisfreie_stadt" | "stadt" | "gemeinde";
  grosseKreisstadt: boolean;
  kreisSchluessel: string;
  verbandArs: string;
  einwohner: number;
  lat: number;
  lon: number;
}

export type Anschriftstyp =
  | "hausanschrift"
  | "besucheranschrift"
  | "postanschrift"
  | "postfach"
  | "grossempfaengerpostfach"
  | "lieferanschrift";

export interface Anschrift {
  typ: Anschriftstyp;
  strasse?: string | null;
  postfach?: string | null;
  plz: string | null;
  ort: string | null;
}

export type Wochentag =
  | "montag"
  | "dienstag"
  | "mittwoch"
  | "donnerstag"
  | "freitag"
  | "samstag"
  | "sonntag";

export interface Oeffnungszeit {
  wochentag: Wochentag;
  von: string;
  bis: string;
  hinweis?: string | null;
}

export interface Gebuehr {
  bezeichnung: string;
  betrag?: number | null;
  betragVon?: number | null;
  betragBis?: number | null;
  rechtsgrundlage?: string | null;
  hinweis?: string | null;
}

export interface Link {
  titel: string;
  url: string;
}

/** The administrative level that performs a Leistung (DOMAIN.md, "Who is responsible"). */
export type Zustaendigkeitsebene = "gemeinde" | "verwaltungsgemeinschaft" | "kreis" | "land";

/**
 * The place that decides which authority is responsible. Usually where the citizen lives, but for
 * civil-status registrations it is where the event happened, for a building permit where the
 * property lies, for school transport where the school is (DOMAIN.md, "Known traps").
 */
export const MASSGEBLICHE_ORTE = [
  "wohnort",
  "ereignisort",
  "grundstueck",
  "betriebsstaette",
  "veranstaltungsort",
  "schulort",
  "fundort",
  "sitz",
] as const;
export type MassgeblicherOrt = (typeof MASSGEBLICHE_ORTE)[number];

export interface Zustaendigkeitsausnahme {
  /** ARS or ARS prefix of the area; the longest matching prefix wins. */
  gebietArs: string;
  organisationseinheit: string;
  grund?: string | null;
}

/** One way a Leistung is assigned: a level, explicit exceptions, and when it applies. */
export interface Zustaendigkeitsfall {
  ebene: Zustaendigkeitsebene;
  /** Required for ebene "land": the one authority responsible state-wide. */
  organisationseinheit?: string | null;
  ausnahmen: Zustaendigkeitsausnahme[];
  /**
   * When the place alone does not decide, the condition under which this case applies ("für
   * Gemeindestraßen"); the page then shows every case with its condition instead of one guess.
   */
  bedingung?: string | null;
  /** The condition in English (the rule is one for all languages; only its texts are translated). */
  bedingungEn?: string | null;
}

/** A Leistung's responsibility rule (XZuFi: Zuständigkeit), with the source it follows. */
export interface Zustaendigkeitsregel extends Zustaendigkeitsfall {
  /** The legal basis or the "Zuständige Stelle" of the official Amt24 description. */
  quelle?: string | null;
  quelleUrl?: string | null;
  massgeblicherOrt?: MassgeblicherOrt | null;
  /** Further cases, each with its own condition (the rule itself is the first case). */
  weitereFaelle?: Zustaendigkeitsfall[];
}

export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The XZuFi text modules of a Leistung (everything shown on the service page besides the heading). */
export interface Leistungsmodule {
  volltext: string | null;
  voraussetzungen: string | null;
  unterlagen: string | null;
  gebuehren: Gebuehr[];
  zahlungshinweis: string | null;
  fristen: string | null;
  bearbeitungsdauer: string | null;
  verfahrensablauf: string | null;
  rechtsgrundlagen: Link[];
  hinweise: string | null;
  weiterfuehrendeInformationen: Link[];
  formulare: (Link & { art: "formular" | "onlinedienst" })[];
  freigabe: { freigegebenDurch: string | null; freigegebenAm: string | null } | null;
}
