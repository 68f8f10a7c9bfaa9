"use server";

import { requireUser } from "@portal/auth/next";
import { markiereUngelesen } from "@portal/postfach/server";
import { ungelesenSchema } from "@portal/postfach/types";
import type { KontoErfolg } from "@/components/konto-formular";
import { postfachTexte } from "@/i18n/postfach";
import { ablehnen, action } from "@/lib/action";

/**
 * "Mark as unread": the id comes from the form, whose message it is from the session (the
 * service finds it only among the account's and the acting organisation's messages).
 */
export const markiereAlsUngelesen = action({
  schema: ungelesenSchema,
  auth: ({ lang }) => requireUser({ lang, zurueck: `/${lang}/konto/postfach` }),
  run: async ({ id }, { auth, db, lang }) => {
    const d = postfachTexte(lang);
    const ok = await markiereUngelesen(db, {
      id,
      kontoId: auth.konto.id,
      organisationId: auth.sitzung.organisationId,
    });
    if (!ok) return ablehnen({ formError: d.nichtGefunden });
    const erfolg: KontoErfolg = {
      titel: d.ungelesenTitel,
      text: d.ungelesenText,
      link: { href: `/${lang}/konto/postfach`, label: d.zurueck },
    };
    return erfolg;
  },
});
