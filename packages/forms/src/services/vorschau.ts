import type {
  Bedingung,
  Code,
  Feld,
  Formulardefinition,
  Sprache,
  Text,
  Zugangsart,
} from "../types.ts";
import { formatiereWert } from "./antworten.ts";
import { aktenzeichenPraefixVon, zugangVon } from "./eingabe.ts";

// The editor's preview of a Formular (the CMS's Preview opens the portal's preview page): every
// page in order, with each condition said in words, so that an editor can check the branches
// without filling the form in. Pure; the page renders the fields with the runner's own component.

const ANFUEHRUNG: Record<Sprache, [string, string]> = { de: ["„", "“"], en: ["“", "”"] };
const WORTE = {
  de: {
    nurWenn: "nur wenn",
    und: "und",
    oder: "oder",
    nicht: "nicht",
    ausgefuellt: "ist ausgefüllt",
    leer: "ist nicht ausgefüllt",
    ist: "ist",
  },
  en: {
    nurWenn: "only if",
    und: "and",
    oder: "or",
    nicht: "not",
    ausgefuellt: "is answered",
    leer: "is not answered",
    ist: "is",
  },
} as const;

/** The scopes a condition's path is resolved in, outermost first (as `erfuellt` does). */
type Bereiche = Feld[][];

/** The field a condition's dotted path names, with the labels of the groups on the way. */
function feldZuPfad(pfad: string, bereiche: Bereiche): { feld: Feld; labels: Text[] } | undefined {
  const [erstes, ...rest] = pfad.split(".") as [string, ...string[]];
  for (let i = bereiche.length - 1; i >= 0; i--) {
    let feld = bereiche[i]?.find((f) => f.id === erstes);
    if (!feld) continue;
    const labels = [feld.label];
    for (const teil of rest) {
      if (feld.typ !== "gruppe" && feld.typ !== "wiederholung") return undefined;
      const naechstes: Feld | undefined = feld.felder.find((f) => f.id === teil);
      if (!naechstes) return undefined;
      feld = naechstes;
      labels.push(feld.label);
    }
    return { feld, labels };
  }
  return undefined;
}

function inWorten(
  def: Formulardefinition,
  b: Bedingung,
  bereiche: Bereiche,
  lang: Sprache,
  verschachtelt: boolean,
): string {
  const w = WORTE[lang];
  const [auf, zu] = ANFUEHRUNG[lang];
  const q = (s: string) => `${auf}${s}${zu}`;
  const verbunden = (teile: Bedingung[], wort: string) => {
    const text = teile.map((t) => inWorten(def, t, bereiche, lang, true)).join(` ${wort} `);
    return verschachtelt && teile.length > 1 ? `(${text})` : text;
  };
  if ("alle" in b) return verbunden(b.alle, w.und);
  if ("eine" in b) return verbunden(b.eine, w.oder);
  if ("nicht" in b) return `${w.nicht} (${inWorten(def, b.nicht, bereiche, lang, false)})`;
  const gefunden = feldZuPfad(b.feld, bereiche);
  const name = gefunden ? gefunden.labels.map((l) => l[lang]).join(" – ") : b.feld;
  if ("ausgefuellt" in b) return `${q(name)} ${b.ausgefuellt ? w.ausgefuellt : w.leer}`;
  const wert = (v: string | number | boolean) =>
    q(gefunden ? formatiereWert(def, gefunden.feld, v, lang) : String(v));
  if ("ist" in b) return `${q(name)} = ${wert(b.ist)}`;
  return `${q(name)} ${w.ist} ${b.in.map(wert).join(` ${w.oder} `)}`;
}

/**
 * A condition in words for the editor: „nur wenn „Art der Meldebescheinigung“ = „Erweiterte
 * Meldebescheinigung“". Field labels and code labels come from the definition; `bereiche` are
 * the scopes of the conditioned field (the form's fields, then the enclosing groups), so that a
 * path inside a repeatable group names the field of the same row.
 */
export function bedingungInWorten(
  def: Formulardefinition,
  bedingung: Bedingung,
  lang: Sprache,
  bereiche: Bereiche = [def.seiten.flatMap((s) => s.felder)],
): string {
  return `${WORTE[lang].nurWenn} ${inWorten(def, bedingung, bereiche, lang, false)}`;
}

/** A code list a field offers in a select (whose options a disabled preview cannot show). */
export interface VorschauCodeliste {
  feld: string;
  label: string;
  codes: { code: string; label: string }[];
}

export interface VorschauSeite {
  id: string;
  titel: string;
  /** The page's condition in words, if it has one. */
  bedingung?: string;
  /** Every field's condition in words, by the field's input name (rows of repeatable groups as row 0). */
  feldBedingungen: Record<string, string>;
  codelisten: VorschauCodeliste[];
}

export interface Vorschau {
  titel: string;
  schluessel: string;
  leistung: string;
  seiten: VorschauSeite[];
  erklaerung: string;
  zugang: Zugangsart;
  aktenzeichenPraefix: string;
}

/** The runner renders a single-choice list of more than this many codes as a select. */
const MAX_RADIOS = 8;

/** The preview of a checked definition in one language. */
export function vorschauVon(def: Formulardefinition, lang: Sprache): Vorschau {
  const oberste = def.seiten.flatMap((s) => s.felder);
  const seiten = def.seiten.map((seite): VorschauSeite => {
    const feldBedingungen: Record<string, string> = {};
    const codelisten: VorschauCodeliste[] = [];
    const sammle = (felder: Feld[], praefix: string, bereiche: Bereiche, labels: string[]) => {
      for (const feld of felder) {
        const pfad = `${praefix}${feld.id}`;
        const label = [...labels, feld.label[lang]].join(" – ");
        if (feld.bedingung)
          feldBedingungen[pfad] = bedingungInWorten(def, feld.bedingung, lang, bereiche);
        if (feld.typ === "auswahl" && !feld.mehrfach) {
          const codes: Code[] = def.codelisten[feld.codeliste] ?? [];
          if (codes.length > MAX_RADIOS)
            codelisten.push({
              feld: pfad,
              label,
              codes: codes.map((c) => ({ code: c.code, label: c.label[lang] })),
            });
        }
        if (feld.typ === "gruppe")
          sammle(
            feld.felder,
            `${pfad}.`,
            [...bereiche, feld.felder],
            [...labels, feld.label[lang]],
          );
        if (feld.typ === "wiederholung")
          sammle(
            feld.felder,
            `${pfad}.0.`,
            [...bereiche, feld.felder],
            [...labels, feld.label[lang]],
          );
      }
    };
    sammle(seite.felder, "", [oberste], []);
    return {
      id: seite.id,
      titel: seite.titel[lang],
      ...(seite.bedingung
        ? { bedingung: bedingungInWorten(def, seite.bedingung, lang, [oberste]) }
        : {}),
      feldBedingungen,
      codelisten,
    };
  });
  return {
    titel: def.titel[lang],
    schluessel: def.schluessel,
    leistung: def.leistung,
    seiten,
    erklaerung: def.erklaerung[lang],
    zugang: zugangVon(def),
    aktenzeichenPraefix: aktenzeichenPraefixVon(def),
  };
}
