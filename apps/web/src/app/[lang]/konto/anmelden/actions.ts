"use server";

import { setzeSitzungscookie, sichererRuecksprung } from "@portal/auth/next";
import {
  anmeldungProAdresse,
  anmeldungProKonto,
  kontoSchluessel,
  meldeAn,
} from "@portal/auth/server";
import { anmeldungSchema } from "@portal/auth/types";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { kontoTexte } from "@/i18n/konto";
import { type Ablehnung, ablehnen, action, oeffentlich } from "@/lib/action";
import { kontoFeldfehler } from "@/lib/konto";

/**
 * Signs in with e-mail and password: a new session (never one from before), its cookie, then back
 * to the page that asked for the sign-in. A wrong address and a wrong password get the same
 * answer. Attempts are limited per client address and per account.
 */
export const meldeAnMitPasswort = action({
  schema: anmeldungSchema.extend({ zurueck: z.string().max(500).optional() }),
  auth: oeffentlich,
  rateLimit: anmeldungProAdresse,
  rateLimitBy: [
    {
      policy: anmeldungProKonto,
      key: (eingabe, db) => kontoSchluessel(db, eingabe.email),
      message: (lang, minuten, bis) => kontoTexte(lang).fehler.zuOftKonto(minuten, bis),
    },
  ],
  secret: ["passwort"],
  run: async (eingabe, { db, lang }): Promise<FormularErfolg | Ablehnung<"email" | "passwort">> => {
    const geraet = (await headers()).get("user-agent");
    const ergebnis = await meldeAn(db, { ...eingabe, geraet });
    const d = kontoTexte(lang).fehler;
    if (!ergebnis.ok) {
      return ablehnen<"email" | "passwort">({
        formError: ergebnis.grund === "unbestaetigt" ? d.unbestaetigt : d.falsch,
      });
    }
    await setzeSitzungscookie({ kontoId: ergebnis.konto.id, ...ergebnis.sitzung });
    redirect(sichererRuecksprung(eingabe.zurueck, lang));
  },
  messages: { field: kontoFeldfehler },
});
