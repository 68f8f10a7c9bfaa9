import { createHash } from "node:crypto";
import type { Db } from "@portal/db/client";
import { beanspruche, loescheIdempotenzVor, speichereAntwort } from "../queries/zahlung.ts";
import type { Fehlerergebnis } from "../types.ts";

/** JSON with the keys of every object sorted, so that the same body always hashes the same. */
function kanonisch(wert: unknown): string {
  if (wert instanceof Date) return JSON.stringify(wert.toISOString());
  if (Array.isArray(wert)) return `[${wert.map(kanonisch).join(",")}]`;
  if (wert && typeof wert === "object") {
    const eintraege = Object.entries(wert as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${eintraege.map(([k, v]) => `${JSON.stringify(k)}:${kanonisch(v)}`).join(",")}}`;
  }
  return JSON.stringify(wert) ?? "null";
}

/** The SHA-256 of an operation and its (parsed) body. */
export function anfrageHash(operation: string, body: unknown): string {
  return createHash("sha256").update(kanonisch({ operation, body })).digest("base64url");
}

/** Thrown inside a transaction to roll it back with a result for the caller (never escapes). */
class Rueckgaengig {
  constructor(readonly ergebnis: Fehlerergebnis) {}
}

/**
 * Runs `arbeit` in one transaction; an error result rolls the transaction back, so a refused
 * request leaves no trace (no half-written event, no claimed idempotency key).
 */
export async function inTransaktion<R extends { ok: true } | Fehlerergebnis>(
  db: Db,
  arbeit: (tx: Db) => Promise<R>,
): Promise<R | Fehlerergebnis> {
  try {
    return await db.transaction(async (tx) => {
      const ergebnis = await arbeit(tx);
      if (!ergebnis.ok) throw new Rueckgaengig(ergebnis);
      return ergebnis;
    });
  } catch (fehler) {
    if (fehler instanceof Rueckgaengig) return fehler.ergebnis;
    throw fehler;
  }
}

export const KONFLIKT: Fehlerergebnis = {
  ok: false,
  fehler: "idempotenz-konflikt",
  meldung: {
    de: "Dieser Idempotenzschlüssel wurde schon für eine andere Anfrage verwendet. Bitte einen neuen Schlüssel verwenden.",
    en: "This idempotency key was already used for a different request. Please use a new key.",
  },
};

/**
 * Runs `arbeit` once per idempotency key. The first request claims the key and stores its
 * result in the same transaction; a repeat with the same operation and body gets the stored
 * result (`wiederholt` restores what JSON cannot carry, e.g. dates), one with another body
 * `idempotenz-konflikt`. Concurrent repeats wait for the first to commit (see `beanspruche`).
 * Refused requests are not stored: they change nothing, so a retry simply runs again.
 * Without a key, `arbeit` simply runs in a transaction.
 */
export async function mitIdempotenz<R extends { ok: true }>(
  db: Db,
  {
    key,
    operation,
    body,
    jetzt,
    wiederholt,
  }: {
    key: string | undefined;
    operation: string;
    body: unknown;
    jetzt: Date;
    wiederholt: (gespeichert: unknown) => R;
  },
  arbeit: (tx: Db) => Promise<R | Fehlerergebnis>,
): Promise<R | Fehlerergebnis> {
  if (key === undefined) return inTransaktion(db, arbeit);
  const requestHash = anfrageHash(operation, body);
  return inTransaktion(db, async (tx) => {
    const anspruch = await beanspruche(tx, { key, requestHash, jetzt });
    if (!anspruch.neu) {
      // Ends this transaction without writing: the key's row is the first request's.
      return anspruch.requestHash === requestHash ? wiederholt(anspruch.response) : KONFLIKT;
    }
    const ergebnis = await arbeit(tx);
    if (ergebnis.ok) await speichereAntwort(tx, { key, response: ergebnis });
    return ergebnis;
  });
}

/** Deletes idempotency keys older than `vor` (Stripe keeps them 24 hours); returns how many. */
export async function loescheAlteIdempotenzschluessel(db: Db, { vor }: { vor: Date }) {
  return loescheIdempotenzVor(db, { vor });
}
