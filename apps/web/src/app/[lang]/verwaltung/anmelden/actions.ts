"use server";

import { setzeAnmeldevorgang, sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import {
  anmeldungProAdresse,
  anmeldungProKonto,
  kontoSchluessel,
  meldeMitarbeiterAn,
} from "@portal/auth/server";
import { anmeldungSchema } from "@portal/auth/types";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { verwaltungTexte } from "@/i18n/verwaltung";
import { type Ablehnung, ablehnen, action, oeffentlich } from "@/lib/action";
import { kontoFeldfehler } from "@/lib/konto";

/**
 * The first factor of the staff sign-in: address and password. Success keeps a sealed
 * 5-minute sign-in state in a cookie (no session yet) and goes on to the code, or to setting up
 * the second factor. The limits are the citizen sign-in's, per client address and per account
 * (an address's attempts count together in both forms). Every refusal reads the same.
 */
export const meldeMitarbeiterMitPasswortAn = action({
  schema: anmeldungSchema.extend({ zurueck: z.string().max(500).optional() }),
  auth: oeffentlich,
  rateLimit: anmeldungProAdresse,
  rateLimitBy: [
    {
      policy: anmeldungProKonto,
      key: (eingabe, db) => kontoSchluessel(db, eingabe.email),
      message: (lang, minuten, bis) => verwaltungTexte(lang).fehler.zuOftKonto(minuten, bis),
    },
  ],
  secret: ["passwort"],
  run: async (eingabe, { db, lang }): Promise<FormularErfolg | Ablehnung<"email" | "passwort">> => {
    const ergebnis = await meldeMitarbeiterAn(db, eingabe);
    if (!ergebnis.ok) {
      return ablehnen<"email" | "passwort">({ formError: verwaltungTexte(lang).fehler.falsch });
    }
    await setzeAnmeldevorgang(ergebnis);
    const zurueck = encodeURIComponent(sichererVerwaltungsRuecksprung(eingabe.zurueck, lang));
    redirect(
      ergebnis.einrichten
        ? `/${lang}/verwaltung/einrichten?zurueck=${zurueck}`
        : `/${lang}/verwaltung/anmelden/code?zurueck=${zurueck}`,
    );
  },
  messages: { field: kontoFeldfehler },
});
