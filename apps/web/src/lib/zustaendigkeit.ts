import type { InSprache, ZustaendigkeitInSprache } from "@portal/katalog/server";

/** One case of a rule as the service page shows it: its condition and the authority, if known. */
export interface Fallanzeige<S> {
  fall: number;
  /** When the case applies; null where the rule names no condition (e.g. "in all other cases"). */
  bedingung: InSprache<string> | null;
  stelle: S | null;
}

/**
 * What the "Zuständige Stelle" section shows for one municipality: one entry without a condition
 * when the rule has one case, or when every case leads to the same authority (it is responsible
 * whatever applies); otherwise every case of the rule, in order, with its condition, and a case
 * whose authority is unknown stays in the list (so the citizen sees that the case exists).
 */
export function faelleFuerAnzeige<S extends { schluessel: string }>(
  zustaendigkeit: ZustaendigkeitInSprache,
  stellen: { fall: number; stelle: S }[],
): Fallanzeige<S>[] {
  const stelleVon = (fall: number) => stellen.find((s) => s.fall === fall)?.stelle ?? null;
  const faelle = zustaendigkeit.faelle.map((f) => ({
    fall: f.fall,
    bedingung: f.bedingung.wert ? { wert: f.bedingung.wert, sprache: f.bedingung.sprache } : null,
    stelle: stelleVon(f.fall),
  }));
  const erste = faelle[0];
  if (!erste) return [{ fall: 0, bedingung: null, stelle: stellen[0]?.stelle ?? null }];
  const einheitlich =
    erste.stelle !== null && faelle.every((f) => f.stelle?.schluessel === erste.stelle?.schluessel);
  if (faelle.length === 1 || einheitlich) return [{ ...erste, bedingung: null }];
  return faelle;
}

/** "für Gemeindestraßen" as a heading: "Für Gemeindestraßen". */
export function alsUeberschrift(bedingung: string): string {
  return bedingung.charAt(0).toLocaleUpperCase("de-DE") + bedingung.slice(1);
}
