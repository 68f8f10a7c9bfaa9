/**
 * The result shape of every check and conversion in the SEPA module: pure functions never throw for
 * input a user or a bank file can get wrong; they return the error with a stable `code` (tests,
 * forms and the cash office match on it) and a text in German and English (the caller picks by
 * locale). Texts follow the portal's pattern: say what to do, never blame.
 */
export type SepaFehler = {
  /** Stable code, e.g. `iban.pruefziffer`. */
  code: string;
  de: string;
  en: string;
  /** Where the error was found, e.g. the index of a transaction in a batch. */
  stelle?: string;
};

export type Ergebnis<T> = { ok: true; wert: T } | { ok: false; fehler: SepaFehler };

export const gut = <T>(wert: T): Ergebnis<T> => ({ ok: true, wert });

export const schlecht = <T = never>(
  code: string,
  de: string,
  en: string,
  stelle?: string,
): Ergebnis<T> => ({
  ok: false,
  fehler: stelle === undefined ? { code, de, en } : { code, de, en, stelle },
});
