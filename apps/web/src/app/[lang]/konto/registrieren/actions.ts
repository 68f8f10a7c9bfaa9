"use server";

import { registriere, registrierungProAdresse } from "@portal/auth/server";
import { registrierungSchema } from "@portal/auth/types";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { kontoTexte } from "@/i18n/konto";
import { ablehnen, action, oeffentlich } from "@/lib/action";
import { kontoFehler, kontoFeldfehler, post } from "@/lib/konto";

/**
 * Registers an account and mails the confirmation link. The answer is the same whether the
 * address already has an account (that address then gets a mail saying so), so the form tells
 * no one which addresses are registered.
 */
export const registriereKonto = action({
  schema: registrierungSchema,
  auth: oeffentlich,
  rateLimit: registrierungProAdresse,
  secret: ["passwort", "passwortWiederholung"],
  run: async (eingabe, { db, lang }) => {
    const ergebnis = await registriere(db, { ...eingabe, sprache: lang }, { post });
    if (!ergebnis.ok) return ablehnen({ errors: { passwort: kontoFehler(lang, ergebnis.grund) } });
    const d = kontoTexte(lang).registrieren;
    const erfolg: FormularErfolg = {
      titel: d.gesendetTitel,
      text: fill(d.gesendet, { email: eingabe.email }),
    };
    return erfolg;
  },
  messages: { field: kontoFeldfehler },
});
