import type { Antworten, Feld, Formulardefinition, Sprache, Text } from "../types.ts";
import { istLeer, verstoesst } from "./antworten.ts";
import { heuteInDeutschland } from "./datum.ts";
import { fehlerText } from "./fehler.ts";

// When a form version is published, open drafts move to it field by field. An answer is kept when
// its field still exists with a compatible type and the value passes the new rules; otherwise it
// is dropped and listed, so that the citizen is told exactly which questions to answer again.
// Nothing is dropped without being listed.

export type Verwerfungsgrund = "entfernt" | "typ" | "regel" | "codeliste";

export interface Verworfen {
  /** Path of the answer in the old draft (`hunde.1.rasse`). */
  feld: string;
  /** The question as the citizen will see it: the new label, or the old one if it was removed. */
  label: Text;
  grund: Verwerfungsgrund;
}

export interface Migration {
  antworten: Antworten;
  verworfen: Verworfen[];
}

/** Whether an answer to a field of type `alt` can stand for a field of type `neu`. */
function kompatibel(alt: Feld["typ"], neu: Feld["typ"]): boolean {
  if (alt === neu) return true;
  // An integer is a number; a number may still be an integer (checked by the new rules).
  return (alt === "ganzzahl" && neu === "zahl") || (alt === "zahl" && neu === "ganzzahl");
}

/** Moves a draft from version `alt` to version `neu` of a form. */
export function migriereEntwurf(
  alt: Formulardefinition,
  neu: Formulardefinition,
  antworten: Antworten,
  optionen: { heute?: string } = {},
): Migration {
  const heute = optionen.heute ?? heuteInDeutschland();
  const verworfen: Verworfen[] = [];

  const ebene = (
    altFelder: Feld[],
    neuFelder: Feld[],
    werte: Antworten,
    prefix: string,
  ): Antworten => {
    const ergebnis: Antworten = {};
    for (const [id, wert] of Object.entries(werte)) {
      if (istLeer(wert)) continue;
      const pfad = prefix ? `${prefix}.${id}` : id;
      const a = altFelder.find((f) => f.id === id);
      const n = neuFelder.find((f) => f.id === id);
      const verwirf = (grund: Verwerfungsgrund, wo = pfad) =>
        verworfen.push({ feld: wo, label: (n ?? a)?.label ?? { de: id, en: id }, grund });
      if (!n) {
        verwirf("entfernt");
        continue;
      }
      if (a && !kompatibel(a.typ, n.typ)) {
        verwirf("typ");
        continue;
      }
      if (n.typ === "gruppe") {
        if (typeof wert !== "object" || Array.isArray(wert)) {
          verwirf("typ");
          continue;
        }
        const sub = ebene(a?.typ === "gruppe" ? a.felder : [], n.felder, wert as Antworten, pfad);
        if (Object.keys(sub).length > 0) ergebnis[id] = sub;
        continue;
      }
      if (n.typ === "wiederholung") {
        if (!Array.isArray(wert)) {
          verwirf("typ");
          continue;
        }
        const altKinder = a?.typ === "wiederholung" ? a.felder : [];
        const zeilen = (wert as Antworten[]).map((z, i) =>
          ebene(altKinder, n.felder, typeof z === "object" && z !== null ? z : {}, `${pfad}.${i}`),
        );
        // Rows beyond the new maximum cannot be kept; the citizen decides which to enter again.
        for (let i = n.max; i < zeilen.length; i++) verwirf("regel", `${pfad}.${i}`);
        const behalten = zeilen.slice(0, n.max);
        if (behalten.length > 0) ergebnis[id] = behalten;
        continue;
      }
      let w = wert;
      if (n.typ === "auswahl") {
        const codes = new Set((neu.codelisten[n.codeliste] ?? []).map((c) => c.code));
        const alleCodes = Array.isArray(w) ? w : [w];
        if (!alleCodes.every((c) => typeof c === "string" && codes.has(c))) {
          verwirf("codeliste");
          continue;
        }
        if (n.mehrfach && !Array.isArray(w)) w = [w as string];
        if (!n.mehrfach && Array.isArray(w)) {
          if (w.length !== 1) {
            verwirf("regel");
            continue;
          }
          w = w[0] as string;
        }
      }
      if (verstoesst(neu, n, w, heute)) {
        verwirf("regel");
        continue;
      }
      ergebnis[id] = w;
    }
    return ergebnis;
  };

  const antwortenNeu = ebene(
    alt.seiten.flatMap((s) => s.felder),
    neu.seiten.flatMap((s) => s.felder),
    antworten,
    "",
  );
  return { antworten: antwortenNeu, verworfen };
}

/** What to tell the citizen about a dropped answer ("Bitte beantworten Sie … erneut."). */
export function verwerfungsText(v: Verworfen, lang: Sprache): string {
  return fehlerText(`verworfen.${v.grund}`, lang, { label: v.label[lang] });
}
