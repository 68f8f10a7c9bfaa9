"use server";

import { requireUser } from "@portal/auth/next";
import { markiereUngelesen } from "@portal/postfach/server";
import { ungelesenSchema } from "@portal/postfach/types";
import { redirect } from "next/navigation";
import type { FormularErfolg } from "@/components/formular";
import { postfachTexte } from "@/i18n/postfach";
import { type Ablehnung, ablehnen, action } from "@/lib/action";

/**
 * "Mark as unread": the id comes from the form, whose message it is from the session (the
 * service finds it only among the account's and the acting organisation's messages).
 */
export const markiereAlsUngelesen = action({
  schema: ungelesenSchema,
  auth: ({ lang }) => requireUser({ lang, zurueck: `/${lang}/konto/postfach` }),
  run: async ({ id }, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"id">> => {
    const d = postfachTexte(lang);
    const ok = await markiereUngelesen(db, {
      id,
      kontoId: auth.konto.id,
      organisationId: auth.sitzung.organisationId,
    });
    if (!ok) return ablehnen({ formError: d.nichtGefunden });
    // Back to the list: rendering the message page again (as a form post without JavaScript
    // does) would open the message and so mark it read once more.
    redirect(`/${lang}/konto/postfach`);
  },
});
