"use server";

import {
  type BearbeitungsErgebnis,
  entscheide,
  oeDesAntrags,
  setzeStatus,
  stelleRueckfrage,
  weiseZu,
} from "@portal/antraege/server";
import { ERGEBNISSE, FREIE_STATUS, MAX_NOTIZ } from "@portal/antraege/types";
import { pruefeDatei } from "@portal/dateien/server";
import { ABLEHNUNGSTEXTE } from "@portal/dateien/types";
import type { Database } from "@portal/db/client";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { bearbeitungTexte } from "@/i18n/bearbeitung";
import type { Lang } from "@/i18n/sprache";
import { type Ablehnung, ablehnen, action } from "@/lib/action";
import { protokolliere, sendeNachricht } from "@/lib/antraege";
import { antragPfad, bearbeitungsFehler, requireBearbeiter } from "@/lib/bearbeitung";
import { oeNamen } from "@/lib/verwaltung-oe";

// The case worker's steps on an application's detail page, each a plain form (works without
// JavaScript). The application's id comes from the form, but it decides nothing: every service
// looks the application up among the signed-in staff member's Organisationseinheiten. On
// success the browser is sent back to the detail page with a notice (POST/redirect/GET), so a
// reload does not send the step again; a refusal keeps everything typed.

/** A Bescheid: a PDF, checked on its content (no JavaScript, no embedded files), 10 MB at most. */
const MAX_BESCHEID = 10 * 1024 * 1024;

/** Ids are checked by the services (anything unknown is "not found"); only bounded here. */
const idFeld = z.string().max(100);

const auth = ({ lang }: { lang: Lang }) =>
  requireBearbeiter({ lang, zurueck: `/${lang}/verwaltung/antraege` });

/** Back to the detail page with the notice of what was done (and whether it went by Postfach). */
function zurueck(lang: Lang, id: string, erledigt: string, ergebnis: BearbeitungsErgebnis): never {
  const post = ergebnis.ok && ergebnis.zugestellt === false ? "&post=1" : "";
  redirect(`${antragPfad(lang, id)}?erledigt=${erledigt}${post}#meldung`);
}

/** The sender of a message: the application's Organisationseinheit with its catalogue name. */
async function absenderVon(
  db: Database,
  id: string,
  bearbeiter: { kontoId: string; oes: readonly string[] },
) {
  const oe = await oeDesAntrags(db, { id, bearbeiter });
  if (!oe) return null;
  return { oeSchluessel: oe, name: (await oeNamen(db, [oe])).get(oe) ?? oe };
}

const zuweisenSchema = z.object({ id: idFeld, an: z.string().trim().min(1).max(100) });

/** Assigns the application to a case worker of its Organisationseinheit, or to nobody. */
export const weiseAntragZu = action({
  schema: zuweisenSchema,
  auth,
  run: async ({ id, an }, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"an">> => {
    const ergebnis = await weiseZu(db, {
      id,
      bearbeiter: auth.bearbeiter,
      an: an === "niemand" ? null : an,
      protokolliere,
    });
    if (!ergebnis.ok) {
      return ergebnis.fehler === "kein-sachbearbeiter"
        ? ablehnen<"an">({ errors: { an: bearbeitungsFehler(lang, ergebnis.fehler) } })
        : ablehnen<"an">({ formError: bearbeitungsFehler(lang, ergebnis.fehler) });
    }
    zurueck(lang, id, "zugewiesen", ergebnis);
  },
});

const statusSchema = z.object({
  id: idFeld,
  status: z.enum(FREIE_STATUS),
  notiz: z.string().trim().max(MAX_NOTIZ).optional(),
});

/** Sets "in Bearbeitung" or "zurückgezogen" with a note, along the allowed transitions only. */
export const setzeAntragStatus = action({
  schema: statusSchema,
  auth,
  run: async (
    { id, status, notiz },
    { auth, db, lang },
  ): Promise<FormularErfolg | Ablehnung<"status" | "notiz">> => {
    const ergebnis = await setzeStatus(db, {
      id,
      bearbeiter: auth.bearbeiter,
      status,
      notiz: notiz || null,
      protokolliere,
    });
    if (!ergebnis.ok) {
      const text = bearbeitungsFehler(lang, ergebnis.fehler);
      return ergebnis.fehler === "eingabe-ungueltig"
        ? ablehnen({ errors: { notiz: text } })
        : ablehnen({ formError: text });
    }
    zurueck(lang, id, "status", ergebnis);
  },
  maxBytes: 4 * MAX_NOTIZ + 4096,
  messages: {
    field: (issue, lang) =>
      issue.field === "status" ? bearbeitungTexte(lang).fehler.statusFehlt : undefined,
  },
});

const rueckfrageSchema = z.object({ id: idFeld, frage: z.string().trim().min(1).max(MAX_NOTIZ) });

/** Asks the applicant a question: to their Postfach, status "Rückfrage". */
export const stelleAntragRueckfrage = action({
  schema: rueckfrageSchema,
  auth,
  run: async ({ id, frage }, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"frage">> => {
    const absender = await absenderVon(db, id, auth.bearbeiter);
    if (!absender) return ablehnen({ formError: bearbeitungsFehler(lang, "nicht-gefunden") });
    const ergebnis = await stelleRueckfrage(db, {
      id,
      bearbeiter: auth.bearbeiter,
      absender,
      text: frage,
      sendeNachricht,
      protokolliere,
    });
    if (!ergebnis.ok) {
      const text = bearbeitungsFehler(lang, ergebnis.fehler);
      return ergebnis.fehler === "eingabe-ungueltig"
        ? ablehnen({ errors: { frage: text } })
        : ablehnen({ formError: text });
    }
    zurueck(lang, id, "rueckfrage", ergebnis);
  },
  maxBytes: 4 * MAX_NOTIZ + 4096,
  messages: {
    field: (issue, lang) =>
      issue.field === "frage" && issue.kind === "pflicht"
        ? bearbeitungTexte(lang).fehler.textFehlt
        : undefined,
  },
});

const entscheidungSchema = z.object({
  id: idFeld,
  ergebnis: z.enum(ERGEBNISSE),
  begruendung: z.string().trim().min(1).max(MAX_NOTIZ),
  bescheid: z.any().optional(),
});

/**
 * Decides the application: the outcome and its text, with the Bescheid as a PDF attachment
 * when one is given, to the applicant's Postfach; status "entschieden". The PDF is checked on
 * its bytes (a renamed executable, a PDF with JavaScript or embedded files is refused).
 */
export const entscheideAntrag = action({
  schema: entscheidungSchema,
  auth,
  maxBytes: MAX_BESCHEID + 4 * MAX_NOTIZ + 64 * 1024,
  run: async (
    eingabe,
    { auth, db, lang },
  ): Promise<FormularErfolg | Ablehnung<"ergebnis" | "begruendung" | "bescheid">> => {
    const d = bearbeitungTexte(lang);
    const absender = await absenderVon(db, eingabe.id, auth.bearbeiter);
    if (!absender) return ablehnen({ formError: bearbeitungsFehler(lang, "nicht-gefunden") });
    const anhaenge = [];
    const datei = eingabe.bescheid;
    if (datei instanceof File && datei.size > 0) {
      const bytes = new Uint8Array(await datei.arrayBuffer());
      const geprueft = await pruefeDatei({
        bytes,
        dateiname: datei.name,
        erlaubt: ["application/pdf"],
        maxBytes: MAX_BESCHEID,
      });
      if (!geprueft.ok) {
        return ablehnen({
          errors: {
            bescheid:
              geprueft.grund === "typ" ? d.fehler.nurPdf : ABLEHNUNGSTEXTE[geprueft.grund][lang],
          },
        });
      }
      anhaenge.push({
        dateiname: geprueft.dateiname,
        medientyp: "application/pdf" as const,
        inhalt: Buffer.from(bytes),
      });
    }
    const ergebnis = await entscheide(db, {
      id: eingabe.id,
      bearbeiter: auth.bearbeiter,
      absender,
      ergebnis: eingabe.ergebnis,
      text: eingabe.begruendung,
      ...(anhaenge.length > 0 ? { anhaenge } : {}),
      sendeNachricht,
      protokolliere,
    });
    if (!ergebnis.ok) {
      const text = bearbeitungsFehler(lang, ergebnis.fehler);
      return ergebnis.fehler === "eingabe-ungueltig"
        ? ablehnen({ errors: { begruendung: text } })
        : ablehnen({ formError: text });
    }
    zurueck(lang, eingabe.id, "entschieden", ergebnis);
  },
  messages: {
    field: (issue, lang) => {
      const f = bearbeitungTexte(lang).fehler;
      if (issue.field === "ergebnis") return f.ergebnisFehlt;
      if (issue.field === "begruendung" && issue.kind === "pflicht") return f.textFehlt;
      return undefined;
    },
  },
});
