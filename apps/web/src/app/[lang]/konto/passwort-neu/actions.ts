"use server";

import { loescheSitzungscookie } from "@portal/auth/next";
import { setzePasswortZurueck } from "@portal/auth/server";
import { passwortNeuSchema } from "@portal/auth/types";
import type { FormularErfolg } from "@/components/formular";
import { kontoTexte } from "@/i18n/konto";
import { ablehnen, action, oeffentlich } from "@/lib/action";
import { kontoFehler, kontoFeldfehler } from "@/lib/konto";

/**
 * Sets a new password with the token from the mailed link. Every session of the account ends
 * (whoever knew the old password is signed out), this browser's too.
 */
export const setzeNeuesPasswort = action({
  schema: passwortNeuSchema,
  auth: oeffentlich,
  secret: ["token", "passwort", "passwortWiederholung"],
  run: async ({ token, passwort }, { db, lang }) => {
    const ergebnis = await setzePasswortZurueck(db, { token, passwort });
    if (!ergebnis.ok) {
      return ergebnis.grund === "ungueltig" ||
        ergebnis.grund === "abgelaufen" ||
        ergebnis.grund === "verbraucht"
        ? ablehnen<"passwort">({ formError: kontoFehler(lang, ergebnis.grund) })
        : ablehnen<"passwort">({ errors: { passwort: kontoFehler(lang, ergebnis.grund) } });
    }
    await loescheSitzungscookie();
    const d = kontoTexte(lang);
    const erfolg: FormularErfolg = {
      titel: d.neuesPasswort.okTitel,
      text: d.neuesPasswort.ok,
      link: { href: `/${lang}/konto/anmelden`, label: d.anmelden.title },
    };
    return erfolg;
  },
  messages: { field: kontoFeldfehler },
});
