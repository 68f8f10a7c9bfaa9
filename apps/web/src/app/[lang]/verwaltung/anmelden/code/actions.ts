"use server";

import { sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import { anmeldungProAdresse, pruefeZweitenFaktor } from "@portal/auth/server";
import { totpCodeSchema } from "@portal/auth/types";
import { headers } from "next/headers";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { type Ablehnung, action } from "@/lib/action";
import { codeFeldfehler, nachCode, requireAnmeldevorgang } from "@/lib/verwaltung";

/**
 * Staff sign-in, step 2 of 2: the TOTP code of the account whose password was just given (from
 * the sealed sign-in state, never from the form). Success starts the staff session. Wrong codes
 * are limited per staff member by the domain (5 in 15 minutes) and per client address here.
 */
export const meldeMitCodeAn = action({
  schema: totpCodeSchema.extend({ zurueck: z.string().max(500).optional() }),
  auth: requireAnmeldevorgang,
  rateLimit: anmeldungProAdresse,
  secret: ["code"],
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"code">> => {
    const geraet = (await headers()).get("user-agent");
    const ergebnis = await pruefeZweitenFaktor(db, {
      kontoId: auth.kontoId,
      code: eingabe.code,
      geraet,
    });
    return nachCode(ergebnis, {
      lang,
      ziel: sichererVerwaltungsRuecksprung(eingabe.zurueck, lang),
    });
  },
  messages: { field: codeFeldfehler },
});
