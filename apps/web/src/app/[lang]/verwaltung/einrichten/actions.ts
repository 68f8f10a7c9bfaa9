"use server";

import { sichererVerwaltungsRuecksprung } from "@portal/auth/next";
import { anmeldungProAdresse, schliesseTotpEinrichtungAb } from "@portal/auth/server";
import { totpCodeSchema } from "@portal/auth/types";
import { headers } from "next/headers";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { type Ablehnung, action } from "@/lib/action";
import { codeFeldfehler, nachCode, requireAnmeldevorgang } from "@/lib/verwaltung";

/**
 * Completes the set-up of the second factor: the first valid code from the new secret
 * activates it and starts the staff session. Limited like the code step.
 */
export const schliesseEinrichtungAb = action({
  schema: totpCodeSchema.extend({ zurueck: z.string().max(500).optional() }),
  auth: requireAnmeldevorgang,
  rateLimit: anmeldungProAdresse,
  secret: ["code"],
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"code">> => {
    const geraet = (await headers()).get("user-agent");
    const ergebnis = await schliesseTotpEinrichtungAb(db, {
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
