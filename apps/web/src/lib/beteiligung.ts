import {
  type Aktion,
  darf,
  type Identitaet,
  istOffen,
  status,
  type Verfahrensregeln,
} from "@portal/beteiligung/types";
import { fill } from "@/i18n/format";

// Page glue of the Beteiligungsportal, pure (no database, no cookies): why a form is or is not
// on a procedure's page, and where a procedure's area lies. The domain's `darf` decides; this
// only turns its answer into what the page says (and when it will be possible).

/** What the page does for one action: the form, a sign-in link, or a message why not. */
export type Moeglichkeit =
  | { art: "offen"; braucht: Identitaet }
  | { art: "anmelden"; braucht: Exclude<Identitaet, "anonym"> }
  | { art: "ab"; datum: Date }
  | { art: "beendet" }
  | { art: "archiv" }
  | { art: "institutionen" }
  | { art: "nicht-vorgesehen" };

/**
 * Whether a visitor can take `aktion` now. `kann` is the strongest identity the visitor can
 * give here: "eid"/"konto" when signed in, otherwise "email" (the form asks for an address; a
 * phase that allows "anonym" needs none). Where the phase asks for an account or the eID and the
 * visitor has neither, the answer is a sign-in. Outside an open phase that allows it: the next
 * phase that will, or that the procedure has ended.
 */
export function moeglichkeit(
  regeln: Verfahrensregeln,
  aktion: Aktion,
  kann: Identitaet,
  jetzt: Date,
): Moeglichkeit {
  const stand = status(regeln, jetzt);
  if (stand === "archiv") return { art: "archiv" };
  const antwort = darf(regeln, { aktion, jetzt, identitaet: kann });
  if (antwort.ok) return { art: "offen", braucht: antwort.phase.identitaet[aktion] ?? "anonym" };
  if (antwort.grund === "identitaet") {
    const phase = regeln.phasen.find((p) => istOffen(p, jetzt) && p.erlaubt.includes(aktion));
    const braucht = phase?.identitaet[aktion];
    return { art: "anmelden", braucht: braucht === "anonym" || !braucht ? "email" : braucht };
  }
  if (antwort.grund === "nur-institutionen") return { art: "institutionen" };
  const naechste = regeln.phasen
    .filter((p) => p.beginn.getTime() > jetzt.getTime() && p.erlaubt.includes(aktion))
    .sort((a, b) => a.beginn.getTime() - b.beginn.getTime())[0];
  if (naechste?.publikum === "oeffentlich") return { art: "ab", datum: naechste.beginn };
  if (stand === "beendet") return { art: "beendet" };
  return { art: "nicht-vorgesehen" };
}

/** A GeoJSON area as the read model keeps it (Polygon or MultiPolygon, WGS84 lon/lat). */
export type Gebiet =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

/** The middle of an area's bounding box (a stand-in for "where it is", e.g. for a marker). */
export function gebietsMitte(gebiet: Gebiet): { lat: number; lon: number } | null {
  const ringe = gebiet.type === "Polygon" ? gebiet.coordinates : gebiet.coordinates.flat();
  const punkte = ringe.flat().filter((p) => p.length >= 2);
  if (punkte.length === 0) return null;
  const lons = punkte.map((p) => p[0] as number);
  const lats = punkte.map((p) => p[1] as number);
  const mitte = (werte: number[]) => (Math.min(...werte) + Math.max(...werte)) / 2;
  return { lat: runde(mitte(lats)), lon: runde(mitte(lons)) };
}

/** Five decimals: about a metre, enough for a remark on a plan and short to read out. */
export const runde = (n: number) => Math.round(n * 1e5) / 1e5;

/** A file size from the CMS (kB) for people: "850 kB", "2,4 MB". */
export function dateigroesse(kb: number, lang: "de" | "en"): string {
  const zahl = (n: number, stellen: number) =>
    n.toLocaleString(lang === "en" ? "en-GB" : "de-DE", { maximumFractionDigits: stellen });
  return kb < 1000 ? `${zahl(Math.max(1, Math.round(kb)), 0)} kB` : `${zahl(kb / 1000, 1)} MB`;
}

/** The wording `sperrText` needs (i18n/beteiligung: `gesperrt` and `identitaet`). */
export type SperrTexte = {
  gesperrt: {
    archiv: string;
    beendet: string;
    ab: string;
    nichtVorgesehen: string;
    institutionen: string;
    anmelden: string;
  };
  identitaet: Record<Identitaet, string>;
};

/**
 * Why `was` ("Kommentieren") is not possible, and since when it will be: "Kommentieren ist ab
 * 1. Februar 2027 möglich." Null where it is possible (`offen`).
 */
export function sperrText(
  m: Moeglichkeit,
  was: string,
  t: SperrTexte,
  datum: (d: Date) => string,
): string | null {
  switch (m.art) {
    case "offen":
      return null;
    case "archiv":
      return t.gesperrt.archiv;
    case "beendet":
      return t.gesperrt.beendet;
    case "institutionen":
      return t.gesperrt.institutionen;
    case "ab":
      return fill(t.gesperrt.ab, { was, datum: datum(m.datum) });
    case "anmelden":
      return fill(t.gesperrt.anmelden, { was, wie: t.identitaet[m.braucht] });
    case "nicht-vorgesehen":
      return fill(t.gesperrt.nichtVorgesehen, { was });
  }
}

/** The day (YYYY-MM-DD) an instant falls on in Saxony: a phase begins at local midnight. */
export const tagInSachsen = (iso: string | Date): string =>
  new Date(iso).toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });

/**
 * The last day a phase is open: its end is exclusive (the instant it closes, usually midnight in
 * Saxony), so it is the day before that instant there.
 */
export const letzterTag = (ende: string | Date): string =>
  tagInSachsen(new Date(new Date(ende).getTime() - 1));
