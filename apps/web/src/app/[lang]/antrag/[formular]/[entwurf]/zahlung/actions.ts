"use server";

import type { Zahlungsmittel } from "@portal/payments/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { antragTexte } from "@/i18n/antrag";
import { zahlungTexte } from "@/i18n/zahlung";
import { type Ablehnung, ablehnen, action, oeffentlich } from "@/lib/action";
import { ladeLauf, merkeEinreichung } from "@/lib/antrag";
import { KENNUNG, UUID } from "@/lib/antragsseite";
import { pruefeEinreichung, reicheBereitEin } from "@/lib/einreichung";
import {
  bestaetigeGebuehr,
  erlaubteZahlungsart,
  gebuehrBei,
  gebuehrIntent,
  gebuehrVorEinreichung,
  ladeZahlung,
  nachZahlungsaenderung,
  verwirfVorauswahl,
} from "@/lib/zahlung";

const zahlungSchema = z.object({
  $formular: z.string().regex(KENNUNG),
  $entwurf: z.string().regex(UUID),
  zahlungsart: z.enum(["sepa_debit", "bank_transfer"]),
  // Checked in `run` only for a debit: a transfer needs neither.
  kontoinhaber: z.string().max(200).optional(),
  iban: z.string().max(100).optional(),
  mandat: z.string().max(10).optional(),
});
type Feld = "zahlungsart" | "kontoinhaber" | "iban" | "mandat";

const ZAHLUNGSFEHLER_FELDER: readonly string[] = ["kontoinhaber", "iban", "bic"];

/**
 * The payment step of a form whose fee is paid before submission: the checks of "check your
 * answers" again (with what it kept), the method the fee allows, for a debit the account and the
 * mandate confirmed; then the fee's intent (the one the page showed, found by its key) is
 * confirmed with the provider and the application submitted with it, as `sendeAntragAb` does.
 *
 * Every step repeats safely: the intent is found by the draft's key, a confirmed one confirms
 * again unchanged and is kept with the draft (a retry uses it whatever method is chosen then),
 * and the submission is idempotent by the draft id, so a retry after a failure between payment
 * and submission completes it with the one payment. A refused IBAN keeps everything typed.
 */
export const bezahleUndReicheEin = action({
  schema: zahlungSchema,
  auth: oeffentlich,
  maxBytes: 8 * 1024,
  run: async (eingabe, { db, lang }): Promise<FormularErfolg | Ablehnung<Feld>> => {
    const d = zahlungTexte(lang);
    const a = antragTexte(lang);
    const lauf = await ladeLauf(db, { schluessel: eingabe.$formular, entwurfId: eingabe.$entwurf });
    if (!lauf) return ablehnen({ formError: a.nichtGefunden });
    if (!gebuehrVorEinreichung(lauf.def) || !lauf.einreichung)
      return ablehnen({ formError: d.fehler.nichtBereit });

    // Paid before, but the submission failed: submit with that payment, never a second one.
    const bereit = await pruefeEinreichung(db, {
      lang,
      schluessel: eingabe.$formular,
      entwurfId: eingabe.$entwurf,
      email: lauf.einreichung.email,
      stelle: lauf.einreichung.stelle,
    });
    if (!bereit.ok)
      return ablehnen({ formError: bereit.ablehnung.formError ?? d.fehler.nichtBereit });
    const gebuehr = await gebuehrBei(db, lauf.def, bereit.stelle.schluessel);
    if (!gebuehr) return ablehnen({ formError: d.fehler.nichtBereit });
    const art = erlaubteZahlungsart(gebuehr, eingabe.zahlungsart);
    if (!art) return ablehnen<Feld>({ errors: { zahlungsart: d.fehler.art } });

    const frueher = await ladeZahlung(db, lauf.einreichung.zahlungIntentId);
    let intent =
      frueher &&
      frueher.metadata.entwurf === lauf.entwurf.id &&
      (frueher.status === "processing" || frueher.status === "succeeded")
        ? frueher
        : null;
    let zahlungsmittel: Zahlungsmittel = { type: "bank_transfer" };
    if (art === "sepa_debit" && !intent) {
      const errors: Partial<Record<Feld, string>> = {};
      const kontoinhaber = eingabe.kontoinhaber?.trim() ?? "";
      const iban = eingabe.iban?.trim() ?? "";
      if (!kontoinhaber || [...kontoinhaber].length > 70)
        errors.kontoinhaber = d.fehler.kontoinhaber;
      if (!iban) errors.iban = d.fehler.iban;
      if (eingabe.mandat !== "ja") errors.mandat = d.fehler.mandat;
      if (Object.keys(errors).length > 0) return ablehnen<Feld>({ errors });
      zahlungsmittel = { type: "sepa_debit", kontoinhaber, iban };
    }

    if (!intent) {
      const erstellt = await gebuehrIntent(db, {
        def: lauf.def,
        gebuehr,
        entwurfId: lauf.entwurf.id,
        oeSchluessel: bereit.stelle.schluessel,
        art,
      });
      if (!erstellt.ok) {
        return ablehnen({
          formError:
            erstellt.fehler === "idempotenz-konflikt" ? d.fehler.geaendert : d.fehler.vorbereitung,
        });
      }
      const bestaetigt = await bestaetigeGebuehr(db, {
        intentId: erstellt.intent.id,
        zahlungsmittel,
      });
      if (!bestaetigt.ok) {
        const meldung = bestaetigt.meldung[lang];
        const feld = bestaetigt.feld === "bic" ? "iban" : bestaetigt.feld;
        return feld && ZAHLUNGSFEHLER_FELDER.includes(feld)
          ? ablehnen<Feld>({ errors: { [feld as Feld]: meldung } })
          : ablehnen({ formError: meldung });
      }
      intent = bestaetigt.intent;
      await nachZahlungsaenderung(db, [intent]);
      await merkeEinreichung(db, lauf, { ...lauf.einreichung, zahlungIntentId: intent.id });
      await verwirfVorauswahl(db, {
        def: lauf.def,
        gebuehr,
        entwurfId: lauf.entwurf.id,
        oeSchluessel: bereit.stelle.schluessel,
        gewaehlt: art,
      });
    }

    const ergebnis = await reicheBereitEin(db, {
      lang,
      email: lauf.einreichung.email,
      bereit,
      zahlung: { intent },
    });
    if (!ergebnis.ok)
      return ablehnen({ formError: ergebnis.ablehnung.formError ?? a.fehlgeschlagen });
    redirect(`/${lang}/antrag/eingegangen/${ergebnis.antragId}`);
  },
  messages: {
    field: (issue, lang) =>
      issue.field === "zahlungsart" ? zahlungTexte(lang).fehler.art : undefined,
    failed: (lang) => antragTexte(lang).fehlgeschlagen,
  },
});
