import { createHash } from "node:crypto";
import type { Post, Sprache, Vertrauensniveau } from "@portal/auth/types";
import type { Db } from "@portal/db/client";
import { z } from "zod";
import type { Verschluessele } from "../ports.ts";
import {
  findAntragByIdempotenz,
  findIdentifikation,
  findKontoAdresse,
  insertAnlagen,
  insertAntrag,
  insertEreignis,
  naechsterZaehlerwert,
} from "../queries/antrag.ts";
import { deleteEntwurf, findEntwurf, zugangBedingung } from "../queries/entwurf.ts";
import {
  anlageSchema,
  antwortenSchema,
  formatiereAktenzeichen,
  istUuid,
  jahrInSachsen,
  MAX_ANLAGEN,
  praefixSchema,
} from "../types.ts";
import { zugangAus } from "./entwurf.ts";
import { eingangsMail, type Vorabankuendigung, vorabankuendigungsMail } from "./mails.ts";

/**
 * Who submits: a signed-in account with its session's assurance level, or the holder of the
 * draft's resume token, optionally with a one-off eID identification for this draft (see
 * `identifikationsVerfahren`).
 */
export type Einreicher =
  | { kontoId: string; vertrauensniveau: Vertrauensniveau }
  | { token: string; einmaligeIdentifikationId?: string };

/**
 * The `verfahren` to start a one-off eID identification with (@portal/auth `beginneEid` with
 * zweck "identifikation") for submitting a draft: the identification counts only for it.
 */
export const identifikationsVerfahren = (entwurfId: string) => `entwurf:${entwurfId}`;

export type EinreichFehler = "entwurf-unbekannt" | "identifikation-ungueltig" | "eingabe-ungueltig";

export type EinreichErgebnis =
  | {
      ok: true;
      antrag: { id: string; aktenzeichen: string; eingegangenAm: Date };
      /** False when this request found the application an earlier one created. */
      neu: boolean;
    }
  | { ok: false; fehler: EinreichFehler };

const eingabeSchema = z.object({
  entwurfId: z.uuid(),
  leistung: z.string().trim().min(1).max(200),
  leistungsname: z.string().trim().min(1).max(500),
  oeSchluessel: z.string().trim().min(1).max(200),
  stellenname: z.string().trim().min(1).max(500),
  praefix: praefixSchema,
  antworten: antwortenSchema,
  anlagen: z.array(anlageSchema).max(MAX_ANLAGEN).default([]),
  idempotenzSchluessel: z.string().min(1).max(200),
  zahlung: z
    .object({
      intentId: z.string().trim().min(1).max(100),
      vorabankuendigung: z
        .object({
          betragCent: z.int().min(1),
          faelligAm: z.iso.date(),
          glaeubigerId: z.string().min(1).max(35),
          mandatsreferenz: z.string().min(1).max(35),
          kassenzeichen: z.string().min(1).max(40),
          iban: z.string().min(1).max(40),
        })
        .optional(),
    })
    .optional(),
});

/**
 * The stored idempotency key: the SHA-256 of who submits and the caller's key. So the same key
 * from someone else (a draft id is no secret from its owner's browser history) finds nothing
 * of another person's, and a retry by the same person finds their application.
 */
function gespeicherterSchluessel(einreicher: string, schluessel: string) {
  return createHash("sha256").update(`${einreicher}\n${schluessel}`).digest("base64url");
}

const istEindeutigkeitsfehler = (fehler: unknown) => {
  const e = fehler as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
};

/**
 * Submits a draft as an application, in one transaction: locks the draft, encrypts the answers
 * for the responsible authority (`verschluessele`, a compact JWE; the portal cannot read them
 * afterwards), takes the next reference number (`MB-2026-000123`), stores the application and
 * its attachments' references, writes the history's first entry and deletes the draft.
 *
 * `oeSchluessel` is resolved by the caller: the web app looks up the applicant's municipality
 * with @portal/katalog's `findZustaendigeStellen` (and lets the applicant choose when there is
 * more than one case); `leistungsname` and `stellenname` are for the confirmation mail.
 * `antworten` are the answers as @portal/forms validated them; `anlagen` the files
 * @portal/dateien checked and stored encrypted.
 *
 * Submitting twice (double click, a retry, two tabs) creates one application: pass the draft id
 * as `idempotenzSchluessel`. The second request waits for the first on the draft's row lock,
 * then finds the application and returns it with `neu: false`, without a second mail.
 *
 * The confirmation mail (reference number, service, authority; never an answer) goes after the
 * commit to the account's confirmed address, or to `bestaetigungAn` without an account. A
 * failing mail does not undo the submission.
 *
 * `zahlung` is the fee's payment, confirmed before (the web app's payment step): its intent id
 * is stored on the application (`zahlung_intent_id`) and in the first history entry. With
 * `vorabankuendigung` (a confirmed SEPA debit), the pre-notification the SEPA rulebook requires
 * before the collection goes with the confirmation, to the same address and only when this
 * request created the application, so a retry after a failure between payment and submission
 * neither loses it nor sends it twice. It names the IBAN masked only.
 */
export async function reicheEin(
  db: Db,
  eingabe: {
    entwurfId: string;
    berechtigung: Einreicher;
    leistung: string;
    leistungsname: string;
    oeSchluessel: string;
    stellenname: string;
    praefix: string;
    antworten: Record<string, unknown>;
    anlagen?: z.input<typeof anlageSchema>[];
    idempotenzSchluessel: string;
    verschluessele: Verschluessele;
    post: Post;
    bestaetigungAn?: { email: string; sprache: Sprache } | null;
    zahlung?: { intentId: string; vorabankuendigung?: Vorabankuendigung };
    jetzt?: Date;
  },
): Promise<EinreichErgebnis> {
  const jetzt = eingabe.jetzt ?? new Date();
  const geprueft = eingabeSchema.safeParse(eingabe);
  if (!geprueft.success) return { ok: false, fehler: "eingabe-ungueltig" };
  const e = geprueft.data;
  const b = eingabe.berechtigung;
  const zugang = zugangAus(b);
  if (!zugang) return { ok: false, fehler: "entwurf-unbekannt" };
  const kennung = "kontoId" in zugang ? `konto:${zugang.kontoId}` : `token:${zugang.tokenHash}`;
  const schluessel = gespeicherterSchluessel(kennung, e.idempotenzSchluessel);
  const kontoId = "kontoId" in zugang ? zugang.kontoId : null;

  const vorhanden = await findAntragByIdempotenz(db, { schluessel });
  if (vorhanden) return { ok: true, antrag: vorhanden, neu: false };

  let ergebnis: EinreichErgebnis;
  try {
    ergebnis = await db.transaction(async (tx): Promise<EinreichErgebnis> => {
      const wo = zugangBedingung(zugang, jetzt);
      const entwurf = await findEntwurf(tx, { id: e.entwurfId, wo, sperren: true });
      if (!entwurf) {
        // A concurrent request may have submitted it while this one waited for the lock.
        const frueher = await findAntragByIdempotenz(tx, { schluessel });
        return frueher
          ? { ok: true, antrag: frueher, neu: false }
          : { ok: false, fehler: "entwurf-unbekannt" };
      }

      let vertrauensniveau: Vertrauensniveau | null = "kontoId" in b ? b.vertrauensniveau : null;
      let identifikation: { vertrauensniveau: string; attribute: unknown } | null = null;
      const identifikationsId =
        "token" in b ? (b.einmaligeIdentifikationId ?? entwurf.einmaligeIdentifikationId) : null;
      if (identifikationsId) {
        const gefunden = istUuid(identifikationsId)
          ? await findIdentifikation(tx, {
              id: identifikationsId,
              verfahren: identifikationsVerfahren(entwurf.id),
              jetzt,
            })
          : undefined;
        if (!gefunden) return { ok: false, fehler: "identifikation-ungueltig" };
        vertrauensniveau = gefunden.vertrauensniveau;
        identifikation = {
          vertrauensniveau: gefunden.vertrauensniveau,
          attribute: gefunden.attribute,
        };
      }

      // Everything the authority needs to read, and nothing the portal must: one envelope.
      const klartext = new TextEncoder().encode(
        JSON.stringify({
          formular: entwurf.formular,
          version: entwurf.version,
          leistung: e.leistung,
          antworten: e.antworten,
          vertrauensniveau,
          identifikation,
          eingegangenAm: jetzt.toISOString(),
        }),
      );
      const umschlag = await eingabe.verschluessele(e.oeSchluessel, klartext);

      // Last, so the counter's row lock is held only for the few inserts until the commit.
      const jahr = jahrInSachsen(jetzt);
      const wert = await naechsterZaehlerwert(tx, { praefix: e.praefix, jahr });
      const row = await insertAntrag(tx, {
        aktenzeichen: formatiereAktenzeichen(e.praefix, jahr, wert),
        formular: entwurf.formular,
        version: entwurf.version,
        leistung: e.leistung,
        oeSchluessel: e.oeSchluessel,
        kontoId,
        einmaligeIdentifikationId: identifikationsId ?? null,
        vertrauensniveau,
        status: "eingegangen",
        umschlag,
        eingegangenAm: jetzt,
        geaendertAm: jetzt,
        idempotenzSchluessel: schluessel,
        zahlungIntentId: e.zahlung?.intentId ?? null,
      });
      await insertAnlagen(
        tx,
        e.anlagen.map((a) => ({
          antragId: row.id,
          dateiname: a.dateiname,
          medientyp: a.medientyp,
          groesse: a.groesse,
          ablageSchluessel: a.ablageSchluessel,
          umschlag: a.umschlag ?? null,
        })),
      );
      await insertEreignis(tx, {
        antragId: row.id,
        art: "eingereicht",
        vonKontoId: kontoId,
        zeitpunkt: jetzt,
        data: {
          nach: "eingegangen",
          anlagen: e.anlagen.length,
          ...(e.zahlung ? { zahlung: e.zahlung.intentId } : {}),
        },
      });
      await deleteEntwurf(tx, { id: entwurf.id, wo });
      return {
        ok: true,
        antrag: { id: row.id, aktenzeichen: row.aktenzeichen, eingegangenAm: row.eingegangenAm },
        neu: true,
      };
    });
  } catch (fehler) {
    // The same key from the same person through another draft, committed meanwhile.
    if (!istEindeutigkeitsfehler(fehler)) throw fehler;
    const frueher = await findAntragByIdempotenz(db, { schluessel });
    if (!frueher) throw fehler;
    return { ok: true, antrag: frueher, neu: false };
  }

  if (ergebnis.ok && ergebnis.neu) {
    await bestaetige(db, {
      kontoId,
      bestaetigungAn: eingabe.bestaetigungAn ?? null,
      post: eingabe.post,
      inhalt: {
        aktenzeichen: ergebnis.antrag.aktenzeichen,
        leistungsname: e.leistungsname,
        stellenname: e.stellenname,
        eingegangenAm: ergebnis.antrag.eingegangenAm,
        mitKonto: kontoId !== null,
      },
      vorabankuendigung: e.zahlung?.vorabankuendigung
        ? { ...e.zahlung.vorabankuendigung, aktenzeichen: ergebnis.antrag.aktenzeichen }
        : undefined,
    });
  }
  return ergebnis;
}

async function bestaetige(
  db: Db,
  {
    kontoId,
    bestaetigungAn,
    post,
    inhalt,
    vorabankuendigung,
  }: {
    kontoId: string | null;
    bestaetigungAn: { email: string; sprache: Sprache } | null;
    post: Post;
    inhalt: Parameters<typeof eingangsMail>[2];
    vorabankuendigung?: Vorabankuendigung & { aktenzeichen: string };
  },
) {
  let an = bestaetigungAn;
  if (kontoId) {
    const adresse = await findKontoAdresse(db, { kontoId });
    an =
      adresse?.email && adresse.emailBestaetigtAm
        ? { email: adresse.email, sprache: adresse.sprache }
        : null;
  }
  if (!an) return;
  try {
    await post(eingangsMail(an.email, an.sprache, inhalt));
  } catch (fehler) {
    console.error("antraege: confirmation mail failed", {
      aktenzeichen: inhalt.aktenzeichen,
      fehler,
    });
  }
  if (!vorabankuendigung) return;
  try {
    await post(vorabankuendigungsMail(an.email, an.sprache, vorabankuendigung));
  } catch (fehler) {
    console.error("antraege: pre-notification mail failed", {
      aktenzeichen: inhalt.aktenzeichen,
      fehler,
    });
  }
}
