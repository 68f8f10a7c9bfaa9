"use server";

import { randomUUID } from "node:crypto";
import {
  beantworteRueckfrage,
  ladeMeinenAntrag,
  loescheEntwurf,
  uploadsProAdresse,
  verknuepfeZahlung,
} from "@portal/antraege/server";
import { requireUser } from "@portal/auth/next";
import { pruefeDatei } from "@portal/dateien/server";
import { ABLEHNUNGSTEXTE } from "@portal/dateien/types";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { antragTexte } from "@/i18n/antrag";
import { zahlungTexte } from "@/i18n/zahlung";
import { type Ablehnung, ablehnen, action } from "@/lib/action";
import { ablage, loescheDatei, verschluessele } from "@/lib/antraege";
import { ladeZahlung, ueberweisungStatt } from "@/lib/zahlung";

const MAX_ANTWORT_DATEI = 10 * 1024 * 1024;
const ANTWORT_TYPEN = ["application/pdf", "image/jpeg", "image/png"];

/** Deletes one of the account's drafts, with its uploads. */
export const loescheMeinenEntwurf = action({
  schema: z.object({ id: z.uuid() }),
  auth: ({ lang }) => requireUser({ lang, zurueck: `/${lang}/konto/antraege` }),
  run: async ({ id }, { db, lang, auth }): Promise<FormularErfolg | Ablehnung<"id">> => {
    const d = antragTexte(lang);
    const geloescht = await loescheEntwurf(db, {
      entwurfId: id,
      zugang: { kontoId: auth.konto.id },
      loescheDatei,
    });
    if (!geloescht) return ablehnen({ formError: d.nichtGefunden });
    return { titel: d.entwurfGeloescht, text: d.entwurfGeloeschtText };
  },
});

const antwortSchema = z.object({
  id: z.uuid(),
  text: z.string().trim().min(1).max(20_000),
  datei: z.any().optional(),
});

/**
 * The applicant's answer to the authority's question, with an optional file (checked on its
 * content, encrypted for the authority like the application). Only the account's own
 * application in the state "Rückfrage"; anything else is "not found".
 */
export const beantworteMeineRueckfrage = action({
  schema: antwortSchema,
  auth: ({ lang }) => requireUser({ lang, zurueck: `/${lang}/konto/antraege` }),
  rateLimit: uploadsProAdresse,
  maxBytes: MAX_ANTWORT_DATEI + 64 * 1024,
  run: async (
    eingabe,
    { db, lang, auth },
  ): Promise<FormularErfolg | Ablehnung<"text" | "datei">> => {
    const d = antragTexte(lang);
    const antrag = await ladeMeinenAntrag(db, { id: eingabe.id, kontoId: auth.konto.id });
    if (antrag?.status !== "rueckfrage") return ablehnen({ formError: d.antragNichtGefunden });
    const anlagen = [];
    const datei = eingabe.datei;
    if (datei instanceof File && datei.size > 0) {
      const geprueft = await pruefeDatei({
        bytes: new Uint8Array(await datei.arrayBuffer()),
        dateiname: datei.name,
        erlaubt: ANTWORT_TYPEN,
        maxBytes: MAX_ANTWORT_DATEI,
      });
      if (!geprueft.ok)
        return ablehnen<"datei">({ errors: { datei: ABLEHNUNGSTEXTE[geprueft.grund][lang] } });
      const schluessel = `antwort/${antrag.id}/${randomUUID()}`;
      const bytes = new Uint8Array(await datei.arrayBuffer());
      await ablage().speichere(
        schluessel,
        new TextEncoder().encode(await verschluessele(antrag.oeSchluessel, bytes)),
      );
      anlagen.push({
        dateiname: geprueft.dateiname,
        medientyp: geprueft.medientyp,
        groesse: geprueft.groesse,
        ablageSchluessel: schluessel,
      });
    }
    const ergebnis = await beantworteRueckfrage(db, {
      id: antrag.id,
      kontoId: auth.konto.id,
      text: eingabe.text,
      anlagen,
      verschluessele,
    });
    if (!ergebnis.ok) {
      // The text passed the form's checks but holds what cannot be stored (U+0000).
      return ergebnis.fehler === "eingabe-ungueltig"
        ? ablehnen<"text">({ errors: { text: d.antwortZeichen } })
        : ablehnen({ formError: d.antragNichtGefunden });
    }
    return { titel: d.antwortGesendet, text: d.antwortGesendetText };
  },
  messages: {
    field: (issue, lang) => (issue.field === "text" ? antragTexte(lang).antwortFehlt : undefined),
  },
});

/**
 * "Gebühr per Überweisung bezahlen" after the fee's payment failed (a returned debit): a new
 * bank-transfer intent for the same amount (found again by its key on a repeated click), linked
 * to the account's own application in place of the failed one, with a history entry; then back
 * to the application, which shows the transfer instructions with the new Kassenzeichen. Only
 * while the application's current payment is the failed one (the id is read, never posted).
 */
export const bezahleGebuehrPerUeberweisung = action({
  schema: z.object({ id: z.uuid() }),
  auth: ({ lang }) => requireUser({ lang, zurueck: `/${lang}/konto/antraege` }),
  run: async ({ id }, { db, lang, auth }): Promise<FormularErfolg | Ablehnung<"id">> => {
    const d = antragTexte(lang);
    const z = zahlungTexte(lang);
    const antrag = await ladeMeinenAntrag(db, { id, kontoId: auth.konto.id });
    if (!antrag) return ablehnen({ formError: d.antragNichtGefunden });
    const bisher = await ladeZahlung(db, antrag.zahlungIntentId);
    if (bisher?.status !== "failed") redirect(`/${lang}/konto/antraege/${id}`);
    const neu = await ueberweisungStatt(db, {
      antragId: id,
      aktenzeichen: antrag.aktenzeichen,
      fehlgeschlagen: bisher,
    });
    if (!neu.ok) return ablehnen({ formError: z.perUeberweisungFehler });
    const verknuepft = await verknuepfeZahlung(db, {
      antragId: id,
      kontoId: auth.konto.id,
      intentId: neu.intent.id,
      bisher: bisher.id,
      status: neu.intent.status,
    });
    if (!verknuepft.ok) return ablehnen({ formError: z.perUeberweisungFehler });
    redirect(`/${lang}/konto/antraege/${id}`);
  },
});
