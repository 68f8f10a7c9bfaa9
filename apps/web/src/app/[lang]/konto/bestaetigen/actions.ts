"use server";

import { bestaetigeEmail } from "@portal/auth/server";
import { tokenSchema } from "@portal/auth/types";
import type { FormularErfolg } from "@/components/formular";
import { kontoTexte } from "@/i18n/konto";
import { ablehnen, action, oeffentlich } from "@/lib/action";

/**
 * Confirms an address with the token from the mailed link. A button press, not the link itself:
 * mail scanners that open every link must not use up the token for the citizen.
 */
export const bestaetigeAdresse = action({
  schema: tokenSchema,
  auth: oeffentlich,
  secret: ["token"],
  run: async ({ token }, { db, lang }) => {
    const d = kontoTexte(lang);
    const ergebnis = await bestaetigeEmail(db, { token });
    if (!ergebnis.ok) return ablehnen<"token">({ formError: d.bestaetigen[ergebnis.grund] });
    const erfolg: FormularErfolg = {
      titel: d.bestaetigen.title,
      text: d.bestaetigen.ok,
      link: { href: `/${lang}/konto/anmelden`, label: d.anmelden.title },
    };
    return erfolg;
  },
});
