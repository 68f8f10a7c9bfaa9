import type { Db } from "@portal/db/client";
import {
  deleteAbgelaufeneKontoTokens,
  findZuLoeschende,
  findZuWarnende,
  markiereGewarnt,
  nimmWarnungZurueck,
} from "../queries/inaktivitaet.ts";
import type { Inaktivitaetsgrenzen, KontoDateien, Post } from "../types.ts";
import { loescheKontoOhnePruefung } from "./datenschutz.ts";
import { loescheAbgelaufeneIdentifikationen } from "./eid.ts";
import { inaktivitaetsWarnungMail } from "./mails.ts";
import { protokolliere } from "./protokoll.ts";

const TAG_MS = 24 * 60 * 60 * 1000;

/** Accounts handled per query: a backlog is worked through in bounded steps. */
const SCHRITT = 200;

/**
 * How long a mailed token is kept after it expired: for a week an old link still answers
 * "expired" (and the person asks for a new one) instead of "invalid". Then it goes: a used or
 * expired token is of no use to anyone (data minimisation, GDPR Art. 5 (1) (c)).
 */
export const TOKEN_NACHLAUF_MS = 7 * TAG_MS;

export type InaktivitaetsErgebnis = {
  /** Warning mails handed over (accounts without a confirmed address are marked, not mailed). */
  gewarnt: number;
  geloescht: number;
  /** Kept although due: the only owner of an organisation with other members. */
  zurueckgestellt: number;
};

/**
 * Deletes unused accounts (GDPR Art. 5 (1) (e), storage limitation). An account whose last
 * sign-in (or, never signed in, its creation) is more than `inaktivTage` ago is deleted with
 * `loescheKontoOhnePruefung`, but only once a warning went out at least `warnungTage` before:
 * the warning is due `warnungTage` before the deadline and says the date. A run that comes late
 * (the job did not run for a while) still warns first and deletes `warnungTage` later, never at
 * once. A sign-in makes a warning void (meldeAn resets it; a warning older than the last
 * sign-in does not count either way).
 *
 * Accounts without a confirmed address cannot be told (an unconfirmed address may be someone
 * else's): they are marked like the others and deleted after the same period. Staff accounts
 * are left to their authority. The only owner of an organisation with other members is not
 * deleted (the members would be left without anyone to run it) and counted as `zurueckgestellt`.
 */
export async function pruefeInaktiveKonten(
  db: Db,
  {
    jetzt,
    post,
    grenzen,
    dateien,
  }: { jetzt: Date; post: Post; grenzen: Inaktivitaetsgrenzen; dateien?: KontoDateien },
): Promise<InaktivitaetsErgebnis> {
  const ergebnis: InaktivitaetsErgebnis = { gewarnt: 0, geloescht: 0, zurueckgestellt: 0 };
  const frist = new Date(jetzt.getTime() - grenzen.inaktivTage * TAG_MS);
  const gewarntVor = new Date(jetzt.getTime() - grenzen.warnungTage * TAG_MS);

  // Deletions first: an account warned long enough ago goes before new warnings are counted.
  const zurueckgestellt = new Set<string>();
  for (;;) {
    const faellig = await findZuLoeschende(db, {
      vor: frist,
      gewarntVor,
      ausser: [...zurueckgestellt],
      limit: SCHRITT,
    });
    if (faellig.length === 0) break;
    for (const k of faellig) {
      const antwort = await loescheKontoOhnePruefung(
        db,
        { konto: k, jetzt, anlass: "inaktiv" },
        { post, dateien },
      );
      if (antwort.ok) ergebnis.geloescht++;
      else zurueckgestellt.add(k.id);
    }
  }
  ergebnis.zurueckgestellt = zurueckgestellt.size;

  const warnfrist = new Date(frist.getTime() + grenzen.warnungTage * TAG_MS);
  for (;;) {
    const zuWarnen = await findZuWarnende(db, { vor: warnfrist, limit: SCHRITT });
    if (zuWarnen.length === 0) break;
    for (const k of zuWarnen) {
      if (!(await markiereGewarnt(db, { id: k.id, jetzt, vor: warnfrist }))) continue;
      if (k.email && k.emailBestaetigtAm) {
        const loeschAm = new Date(jetzt.getTime() + grenzen.warnungTage * TAG_MS);
        try {
          await post(
            inaktivitaetsWarnungMail(k.email, k.sprache, {
              loeschAm,
              inaktivTage: grenzen.inaktivTage,
            }),
          );
        } catch (fehler) {
          // Not warned, so not to be deleted: the next run tries again.
          await nimmWarnungZurueck(db, { id: k.id, jetzt });
          throw fehler;
        }
        ergebnis.gewarnt++;
      }
      await protokolliere(db, { kontoId: k.id, art: "konto-inaktiv-gewarnt", jetzt });
    }
  }
  return ergebnis;
}

/**
 * Deletes what has expired: mailed tokens `TOKEN_NACHLAUF_MS` after their end, and one-time
 * identifications (Temporäre Identifikation) no procedure took up by their end.
 */
export async function loescheAbgelaufenes(db: Db, { jetzt }: { jetzt: Date }) {
  return {
    kontoTokens: await deleteAbgelaufeneKontoTokens(db, {
      vor: new Date(jetzt.getTime() - TOKEN_NACHLAUF_MS),
    }),
    identifikationen: await loescheAbgelaufeneIdentifikationen(db, { jetzt }),
  };
}

/** The daily clean-up of the accounts: inactive accounts, then expired tokens and identifications. */
export async function raeumeKontenAuf(
  db: Db,
  params: { jetzt: Date; post: Post; grenzen: Inaktivitaetsgrenzen; dateien?: KontoDateien },
) {
  const konten = await pruefeInaktiveKonten(db, params);
  const abgelaufen = await loescheAbgelaufenes(db, { jetzt: params.jetzt });
  return { ...konten, ...abgelaufen };
}
