import { z } from "zod";
import {
  type Bedingung,
  type Definitionsfehler,
  type Feld,
  type Formulardefinition,
  GEBUEHR_ZAHLUNGSARTEN,
  GEBUEHR_ZEITPUNKTE,
  type Gebuehr,
  MAX_DATEI_BYTES,
  MAX_GEBUEHR_CENT,
  MEDIENTYPEN,
  PROFIL_FELDER,
  type Seite,
  ZUGANGSARTEN,
} from "../types.ts";
import { istDatumGrenze, istIsoDatum, loeseDatumGrenze } from "./datum.ts";

// The definition is checked twice when it is published: its shape by zod, then its meaning (ids,
// references, bounds, patterns). A definition that fails either is never published, so the runner
// can trust what it reads and a citizen never meets a broken form.

/** Longest text answer (code points): about five printed pages; more belongs in an upload. */
export const MAX_TEXT = 10_000;
/** Single-line text without `maxLaenge`: long enough for any name or address line. */
export const STANDARD_MAX_EINZEILIG = 500;
/** Patterns are written by editors and run on citizens' input: keep them short and readable. */
export const MAX_MUSTER = 200;
/** Deeper JSON than this is not a form but an attack on the parser's stack. */
const MAX_TIEFE = 40;

// Ids become input names and paths (`hunde.0.name`): no dots, and never starting with a digit so
// that a row index is never mistaken for a field.
const kennung = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,62}$/, "Kennung: Buchstabe, dann Buchstaben, Ziffern oder _");
const slug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Slug: Kleinbuchstaben, Ziffern, Bindestriche");
const pfad = z
  .string()
  .max(300)
  .regex(/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/, "Pfad aus Feldkennungen");
const text = z
  .object({ de: z.string().trim().min(1).max(4000), en: z.string().trim().min(1).max(4000) })
  .strict();
const zeit = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "Uhrzeit HH:MM");
const vergleichswert = z.union([z.string().max(200), z.number(), z.boolean()]);

export const bedingungSchema: z.ZodType<Bedingung> = z.lazy(() =>
  z.union([
    z.object({ feld: pfad, ist: vergleichswert }).strict(),
    z.object({ feld: pfad, in: z.array(vergleichswert).min(1).max(200) }).strict(),
    z.object({ feld: pfad, ausgefuellt: z.boolean() }).strict(),
    z.object({ alle: z.array(bedingungSchema).min(1).max(20) }).strict(),
    z.object({ eine: z.array(bedingungSchema).min(1).max(20) }).strict(),
    z.object({ nicht: bedingungSchema }).strict(),
  ]),
);

const basis = {
  id: kennung,
  label: text,
  hilfe: text.optional(),
  pflicht: z.boolean().default(false),
  vorbelegung: z.enum(["keine", "optional", "pflicht"]).default("keine"),
  profilFeld: z.enum(PROFIL_FELDER).optional(),
  bedingung: bedingungSchema.optional(),
};

export const feldSchema: z.ZodType<Feld> = z.lazy(() =>
  z.discriminatedUnion("typ", [
    z
      .object({
        ...basis,
        typ: z.literal("text"),
        mehrzeilig: z.boolean().optional(),
        minLaenge: z.int().min(0).max(MAX_TEXT).optional(),
        maxLaenge: z.int().min(1).max(MAX_TEXT).optional(),
        muster: z.string().min(1).optional(),
        musterHinweis: text.optional(),
      })
      .strict(),
    z
      .object({
        ...basis,
        typ: z.literal("datum"),
        min: z.string().optional(),
        max: z.string().optional(),
      })
      .strict(),
    z
      .object({ ...basis, typ: z.literal("zeit"), min: zeit.optional(), max: zeit.optional() })
      .strict(),
    z
      .object({
        ...basis,
        typ: z.literal("zahl"),
        min: z.number().optional(),
        max: z.number().optional(),
      })
      .strict(),
    z
      .object({
        ...basis,
        typ: z.literal("ganzzahl"),
        min: z.int().optional(),
        max: z.int().optional(),
      })
      .strict(),
    z
      .object({
        ...basis,
        typ: z.literal("betrag"),
        waehrung: z.literal("EUR").default("EUR"),
        min: z.int().optional(),
        max: z.int().optional(),
      })
      .strict(),
    z.object({ ...basis, typ: z.literal("wahrheitswert") }).strict(),
    z
      .object({
        ...basis,
        typ: z.literal("auswahl"),
        codeliste: kennung,
        mehrfach: z.boolean().optional(),
      })
      .strict(),
    z
      .object({
        ...basis,
        typ: z.literal("datei"),
        maxBytes: z.int().min(1),
        medientypen: z.array(z.enum(MEDIENTYPEN)).min(1),
      })
      .strict(),
    z
      .object({ ...basis, typ: z.literal("gruppe"), felder: z.array(feldSchema).min(1).max(100) })
      .strict(),
    z
      .object({
        ...basis,
        typ: z.literal("wiederholung"),
        felder: z.array(feldSchema).min(1).max(100),
        min: z.int().min(0).max(100),
        max: z.int().min(1).max(100),
      })
      .strict(),
  ]),
);

export const seiteSchema: z.ZodType<Seite> = z
  .object({
    id: kennung,
    titel: text,
    felder: z.array(feldSchema).min(1).max(100),
    bedingung: bedingungSchema.optional(),
  })
  .strict();

/**
 * The fee policy. The messages name the rule, as the CMS shows them to the editor who publishes.
 * Amounts are integer cents, as everywhere in payments: 30,70 EUR is 3070.
 */
export const gebuehrSchema: z.ZodType<Gebuehr> = z
  .object({
    betragCent: z
      .int("Gebühr: Betrag in ganzen Cent angeben (30,70 EUR = 3070)")
      .min(1, "Gebühr: Der Betrag muss mindestens 1 Cent sein")
      .max(
        MAX_GEBUEHR_CENT,
        "Gebühr: Der Betrag darf höchstens 99999999 Cent (999.999,99 EUR) sein",
      ),
    bezeichnung: z
      .object({
        de: z.string().trim().min(1, "Gebühr: Bezeichnung auf Deutsch angeben").max(120),
        en: z.string().trim().min(1, "Gebühr: Bezeichnung auf Englisch angeben").max(120),
      })
      .strict(),
    zeitpunkt: z.enum(GEBUEHR_ZEITPUNKTE, {
      message: "Gebühr: Zeitpunkt „vor-einreichung“ oder „nach-entscheidung“",
    }),
    zahlungsarten: z
      .array(
        z.enum(GEBUEHR_ZAHLUNGSARTEN, {
          message: "Gebühr: Zahlungsart „sepa_debit“ oder „bank_transfer“",
        }),
      )
      .min(1, "Gebühr: mindestens eine Zahlungsart angeben")
      .refine((arten) => new Set(arten).size === arten.length, {
        message: "Gebühr: jede Zahlungsart nur einmal angeben",
      }),
    haushaltsstelle: z
      .string()
      .trim()
      .min(1, "Gebühr: Haushaltsstelle leer lassen oder angeben")
      .max(50, "Gebühr: Haushaltsstelle höchstens 50 Zeichen")
      .optional(),
  })
  .strict();

const codeSchema = z.object({ code: z.string().trim().min(1).max(100), label: text }).strict();

/** The shape of a published form version (zod 4). `pruefeDefinition` adds the semantic checks. */
export const definitionSchema: z.ZodType<Formulardefinition> = z
  .object({
    schluessel: slug,
    version: z.int().min(1),
    titel: text,
    leistung: slug,
    seiten: z.array(seiteSchema).min(1).max(50),
    erklaerung: text,
    codelisten: z.record(kennung, z.array(codeSchema).max(2000)).default({}),
    zugang: z.enum(ZUGANGSARTEN).optional(),
    aktenzeichenPraefix: z
      .string()
      .regex(/^[A-Z]{2,5}$/u)
      .optional(),
    gebuehr: gebuehrSchema.optional(),
  })
  .strict();

export type PruefErgebnis =
  | { ok: true; definition: Formulardefinition }
  | { ok: false; fehler: Definitionsfehler[] };

/**
 * Checks a definition as it comes from the CMS (any JSON): its shape, then its meaning: ids unique
 * in their scope, conditions only on existing fields that come earlier (so there are no cycles and
 * the citizen has answered them before), code lists exist and are well formed, every min ≤ max,
 * patterns short, compilable and without nested quantifiers, file limits within MAX_DATEI_BYTES,
 * prefill flags with a fitting profile field. Errors carry the dotted JSON path and a code for
 * `fehlerText`.
 */
export function pruefeDefinition(roh: unknown): PruefErgebnis {
  if (zuTief(roh, 0)) {
    return {
      ok: false,
      fehler: [{ pfad: "", code: "schema", werte: { detail: "zu tief verschachtelt" } }],
    };
  }
  const geparst = definitionSchema.safeParse(roh);
  if (!geparst.success) {
    return {
      ok: false,
      fehler: geparst.error.issues.map((i) => ({
        pfad: i.path.map(String).join("."),
        code: "schema",
        werte: { detail: i.message },
      })),
    };
  }
  const fehler = pruefeSemantik(geparst.data);
  return fehler.length === 0 ? { ok: true, definition: geparst.data } : { ok: false, fehler };
}

function zuTief(wert: unknown, tiefe: number): boolean {
  if (tiefe > MAX_TIEFE) return true;
  if (wert === null || typeof wert !== "object") return false;
  for (const v of Object.values(wert)) if (zuTief(v, tiefe + 1)) return true;
  return false;
}

/** A scope while walking the definition: all its fields, and those declared so far. */
interface Ebene {
  alle: Map<string, Feld>;
  bisher: Set<string>;
  gesehen: Set<string>;
}

function ebeneVon(felder: Feld[]): Ebene {
  const alle = new Map<string, Feld>();
  for (const f of felder) if (!alle.has(f.id)) alle.set(f.id, f);
  return { alle, bisher: new Set(), gesehen: new Set() };
}

function pruefeSemantik(def: Formulardefinition): Definitionsfehler[] {
  const fehler: Definitionsfehler[] = [];

  for (const [id, codes] of Object.entries(def.codelisten)) {
    if (codes.length === 0)
      fehler.push({ pfad: `codelisten.${id}`, code: "codeliste.leer", werte: { id } });
    const gesehen = new Set<string>();
    codes.forEach((c, i) => {
      if (gesehen.has(c.code)) {
        fehler.push({
          pfad: `codelisten.${id}.${i}.code`,
          code: "codeliste.doppelt",
          werte: { code: c.code },
        });
      }
      gesehen.add(c.code);
    });
  }

  const seitenIds = new Set<string>();
  const oben = ebeneVon(def.seiten.flatMap((s) => s.felder));
  def.seiten.forEach((seite, i) => {
    const p = `seiten.${i}`;
    if (seitenIds.has(seite.id))
      fehler.push({ pfad: `${p}.id`, code: "id.doppelt", werte: { id: seite.id } });
    seitenIds.add(seite.id);
    if (seite.bedingung) pruefeBedingung(def, seite.bedingung, [oben], `${p}.bedingung`, fehler);
    pruefeFelder(def, seite.felder, `${p}.felder`, [oben], false, fehler);
  });
  return fehler;
}

function pruefeFelder(
  def: Formulardefinition,
  felder: Feld[],
  pfadPrefix: string,
  ebenen: Ebene[],
  inWiederholung: boolean,
  fehler: Definitionsfehler[],
): void {
  const ebene = ebenen[ebenen.length - 1]!;
  felder.forEach((feld, j) => {
    const p = `${pfadPrefix}.${j}`;
    if (ebene.gesehen.has(feld.id))
      fehler.push({ pfad: `${p}.id`, code: "id.doppelt", werte: { id: feld.id } });
    ebene.gesehen.add(feld.id);
    if (feld.bedingung) pruefeBedingung(def, feld.bedingung, ebenen, `${p}.bedingung`, fehler);
    pruefeFeldRegeln(def, feld, p, fehler);
    if (feld.typ === "gruppe" || feld.typ === "wiederholung") {
      if (feld.typ === "wiederholung" && inWiederholung) {
        fehler.push({ pfad: `${p}.typ`, code: "wiederholung.verschachtelt" });
      }
      pruefeFelder(
        def,
        feld.felder,
        `${p}.felder`,
        [...ebenen, ebeneVon(feld.felder)],
        inWiederholung || feld.typ === "wiederholung",
        fehler,
      );
    }
    // Declared after its children: inside a group, siblings are named by their bare id, so a
    // path through the enclosing group itself would point at a field not yet asked.
    ebene.bisher.add(feld.id);
  });
}

function pruefeFeldRegeln(
  def: Formulardefinition,
  feld: Feld,
  p: string,
  fehler: Definitionsfehler[],
) {
  const vertauscht = (
    a: number | string | undefined,
    b: number | string | undefined,
    wo: string,
  ) => {
    if (a !== undefined && b !== undefined && a > b)
      fehler.push({ pfad: `${p}.${wo}`, code: "grenzen.vertauscht" });
  };
  switch (feld.typ) {
    case "text":
      vertauscht(feld.minLaenge, feld.maxLaenge, "minLaenge");
      if (feld.muster !== undefined) {
        const m = musterFehler(feld.muster);
        if (m) fehler.push({ pfad: `${p}.muster`, ...m });
        if (!feld.musterHinweis)
          fehler.push({ pfad: `${p}.musterHinweis`, code: "muster.hinweisFehlt" });
      }
      break;
    case "datum": {
      for (const wo of ["min", "max"] as const) {
        const g = feld[wo];
        if (g !== undefined && !istDatumGrenze(g)) {
          fehler.push({ pfad: `${p}.${wo}`, code: "datum.grenze", werte: { wert: g } });
        }
      }
      // Compare only bounds of one kind: "heute" against a fixed date changes with time.
      if (feld.min && feld.max && istIsoDatum(feld.min) === istIsoDatum(feld.max)) {
        vertauscht(
          loeseDatumGrenze(feld.min, "2000-01-01"),
          loeseDatumGrenze(feld.max, "2000-01-01"),
          "min",
        );
      }
      break;
    }
    case "zeit":
    case "zahl":
    case "ganzzahl":
    case "betrag":
    case "wiederholung":
      vertauscht(feld.min, feld.max, "min");
      break;
    case "auswahl":
      if (!(feld.codeliste in def.codelisten)) {
        fehler.push({
          pfad: `${p}.codeliste`,
          code: "codeliste.unbekannt",
          werte: { id: feld.codeliste },
        });
      }
      break;
    case "datei":
      if (feld.maxBytes > MAX_DATEI_BYTES) {
        fehler.push({
          pfad: `${p}.maxBytes`,
          code: "datei.limit",
          werte: { max: MAX_DATEI_BYTES },
        });
      }
      break;
  }
  if (feld.vorbelegung !== "keine") {
    if (!feld.profilFeld) {
      fehler.push({ pfad: `${p}.profilFeld`, code: "vorbelegung.profilFeld" });
    } else {
      const erwartet = feld.profilFeld === "geburtsdatum" ? "datum" : "text";
      if (feld.typ !== erwartet) {
        fehler.push({
          pfad: `${p}.profilFeld`,
          code: "vorbelegung.typ",
          werte: { profilFeld: feld.profilFeld, typ: feld.typ },
        });
      }
    }
  }
}

// A group holding a + or * followed by a quantifier ("(a+)+", "(\\w*\\s)*"): the classic shape of
// catastrophic backtracking. Crude, but patterns for form fields never need it.
const VERSCHACHTELT = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/;

function musterFehler(muster: string): Omit<Definitionsfehler, "pfad"> | undefined {
  if ([...muster].length > MAX_MUSTER) return { code: "muster.zulang", werte: { max: MAX_MUSTER } };
  try {
    new RegExp(muster, "u");
  } catch (e) {
    return {
      code: "muster.ungueltig",
      werte: { detail: e instanceof Error ? e.message : String(e) },
    };
  }
  if (VERSCHACHTELT.test(muster)) return { code: "muster.riskant" };
  return undefined;
}

function pruefeBedingung(
  def: Formulardefinition,
  b: Bedingung,
  ebenen: Ebene[],
  p: string,
  fehler: Definitionsfehler[],
): void {
  if ("alle" in b || "eine" in b) {
    const [art, teile] = "alle" in b ? ["alle", b.alle] : ["eine", b.eine];
    teile.forEach((t, i) => {
      pruefeBedingung(def, t, ebenen, `${p}.${art}.${i}`, fehler);
    });
    return;
  }
  if ("nicht" in b) {
    pruefeBedingung(def, b.nicht, ebenen, `${p}.nicht`, fehler);
    return;
  }

  const wo = `${p}.feld`;
  const aufgeloest = loeseAuf(b.feld, ebenen);
  if (typeof aufgeloest === "string") {
    fehler.push({ pfad: wo, code: aufgeloest, werte: { feld: b.feld } });
    return;
  }
  if ("ausgefuellt" in b) return;
  const ziel = aufgeloest;
  if (ziel.typ === "gruppe" || ziel.typ === "wiederholung" || ziel.typ === "datei") {
    fehler.push({ pfad: wo, code: "bedingung.typ", werte: { feld: b.feld } });
    return;
  }
  const werte = "ist" in b ? [b.ist] : b.in;
  const codes =
    ziel.typ === "auswahl" ? new Set(def.codelisten[ziel.codeliste]?.map((c) => c.code)) : null;
  werte.forEach((w, i) => {
    const passt =
      ziel.typ === "wahrheitswert"
        ? typeof w === "boolean"
        : ziel.typ === "zahl" || ziel.typ === "ganzzahl" || ziel.typ === "betrag"
          ? typeof w === "number"
          : ziel.typ === "auswahl"
            ? typeof w === "string" && (codes?.has(w) ?? false)
            : typeof w === "string";
    if (!passt) {
      fehler.push({
        pfad: "ist" in b ? `${p}.ist` : `${p}.in.${i}`,
        code: "bedingung.wert",
        werte: { feld: b.feld, wert: String(w) },
      });
    }
  });
}

/** Resolves a condition's path from the innermost scope outwards, or names why it cannot. */
function loeseAuf(pfadText: string, ebenen: Ebene[]): Feld | string {
  const [erstes, ...rest] = pfadText.split(".") as [string, ...string[]];
  let feld: Feld | undefined;
  for (let i = ebenen.length - 1; i >= 0; i--) {
    const e = ebenen[i]!;
    if (e.alle.has(erstes)) {
      if (!e.bisher.has(erstes)) return "bedingung.spaeter";
      feld = e.alle.get(erstes);
      break;
    }
  }
  if (!feld) return "bedingung.unbekannt";
  for (const teil of rest) {
    if (feld.typ === "wiederholung") return "bedingung.wiederholung";
    if (feld.typ !== "gruppe") return "bedingung.unbekannt";
    const kind: Feld | undefined = feld.felder.find((f) => f.id === teil);
    if (!kind) return "bedingung.unbekannt";
    feld = kind;
  }
  return feld;
}
