/** Value types shared by the read model and the CMS client. Pure: no side effects. */

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

export interface Zustaendigkeitsausnahme {
  /** ARS or ARS prefix of the area; the longest matching prefix wins. */
  gebietArs: string;
  organisationseinheit: string;
  grund?: string | null;
}

export interface Zustaendigkeitsregel {
  ebene: Zustaendigkeitsebene;
  /** Required for ebene "land": the one authority responsible state-wide. */
  organisationseinheit?: string | null;
  ausnahmen: Zustaendigkeitsausnahme[];
}

export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
