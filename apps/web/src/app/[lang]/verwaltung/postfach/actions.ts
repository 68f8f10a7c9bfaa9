"use server";

import { requireStaff } from "@portal/auth/next";
import { findeBuergerkonto, hatRolle, protokolliereZugriff } from "@portal/auth/server";
import { emailFeld } from "@portal/auth/types";
import { sendeNachricht } from "@portal/postfach/server";
import { MAX_BETREFF, MAX_TEXT } from "@portal/postfach/types";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { type Ablehnung, ablehnen, action, type FieldIssue } from "@/lib/action";
import { post } from "@/lib/konto";
import { oeNamen } from "@/lib/verwaltung-oe";

const leerIstNichts = (wert: unknown) =>
  typeof wert === "string" && wert.trim() === "" ? undefined : wert;

/** The staff form of a Postfach message (the domain checks the message again when sending). */
const nachrichtFormular = z.object({
  oe: z.string().trim().min(1).max(120),
  email: emailFeld,
  betreff: z.string().trim().min(1).max(MAX_BETREFF),
  text: z.string().trim().min(1).max(MAX_TEXT),
  verfahren: z.preprocess(leerIstNichts, z.string().trim().max(200).optional()),
});
type Feld = keyof z.infer<typeof nachrichtFormular>;

/**
 * Sends a Postfach message to a citizen's account for an Organisationseinheit in which the staff
 * member holds "sachbearbeitung" (checked for the chosen one, whatever the form says), and
 * writes it to the audit log. The recipient is a confirmed Servicekonto address; an unknown one
 * is refused plainly, since staff must know their message did not go anywhere.
 */
export const sendeVerwaltungsnachricht = action({
  schema: nachrichtFormular,
  auth: ({ lang }) =>
    requireStaff({ lang, rolle: "sachbearbeitung", zurueck: `/${lang}/verwaltung/postfach` }),
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<Feld>> => {
    const d = verwaltungTexte(lang);
    if (!hatRolle(auth.mitarbeiter, { oe: eingabe.oe, rolle: "sachbearbeitung" })) {
      return ablehnen<Feld>({ errors: { oe: d.fehler.oe } });
    }
    const empfaenger = await findeBuergerkonto(db, { email: eingabe.email });
    if (!empfaenger) return ablehnen<Feld>({ errors: { email: d.fehler.unbekannt } });

    const absenderName = (await oeNamen(db, [eingabe.oe])).get(eingabe.oe) ?? eingabe.oe;
    const ergebnis = await sendeNachricht(
      db,
      {
        an: { kontoId: empfaenger.kontoId },
        absender: { oeSchluessel: eingabe.oe, name: absenderName },
        betreff: eingabe.betreff,
        text: eingabe.text,
        verfahren: eingabe.verfahren,
      },
      { post },
    );
    if (!ergebnis.ok) {
      // The form's rules are the domain's; this is only reached if they drift apart.
      const feld = (pfad: string): Feld | undefined =>
        pfad === "betreff" || pfad === "text" || pfad === "verfahren" ? pfad : undefined;
      const errors: Partial<Record<Feld, string>> = {};
      for (const f of ergebnis.fehler) {
        const name = feld(f.pfad);
        if (name) errors[name] ??= f.meldung;
      }
      return ablehnen<Feld>({ errors });
    }
    await protokolliereZugriff(db, {
      mitarbeiterKontoId: auth.mitarbeiter.kontoId,
      oeSchluessel: eingabe.oe,
      aktion: "nachricht-gesendet",
      gegenstand: `nachricht:${ergebnis.id}`,
      betroffenesKontoId: empfaenger.kontoId,
    });
    const basis = `/${lang}/verwaltung/postfach?oe=${encodeURIComponent(eingabe.oe)}`;
    return {
      titel: d.postfach.gesendetTitel,
      text: fill(d.postfach.gesendet, { email: eingabe.email }),
      link: { href: basis, label: d.postfach.weitere },
    };
  },
  messages: { field: nachrichtFeldfehler },
});

function nachrichtFeldfehler(issue: FieldIssue, lang: Lang): string | undefined {
  const d = verwaltungTexte(lang).fehler;
  if (issue.field === "email" && issue.kind !== "pflicht") return d.email;
  if (issue.field === "oe") return d.oe;
  return undefined;
}
