"use server";

import { fordereZuruecksetzenAn, zuruecksetzenProAdresse } from "@portal/auth/server";
import { emailSchema } from "@portal/auth/types";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { kontoTexte } from "@/i18n/konto";
import { action, oeffentlich } from "@/lib/action";
import { kontoFeldfehler, post } from "@/lib/konto";

/** Mails a link to set a new password; the same answer whether or not the address has an account. */
export const fordereZuruecksetzenLinkAn = action({
  schema: emailSchema,
  auth: oeffentlich,
  rateLimit: zuruecksetzenProAdresse,
  run: async ({ email }, { db, lang }) => {
    await fordereZuruecksetzenAn(db, { email, sprache: lang }, { post });
    const d = kontoTexte(lang).vergessen;
    const erfolg: FormularErfolg = { titel: d.gesendetTitel, text: fill(d.gesendet, { email }) };
    return erfolg;
  },
  messages: { field: kontoFeldfehler },
});
