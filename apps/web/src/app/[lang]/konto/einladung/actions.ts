"use server";

import { requireUser } from "@portal/auth/next";
import { nehmeEinladungAn } from "@portal/auth/server";
import { tokenSchema } from "@portal/auth/types";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { organisationTexte } from "@/i18n/organisation";
import { type Ablehnung, ablehnen, action } from "@/lib/action";
import { organisationFehler } from "@/lib/organisation";

/**
 * Accepts an invitation for the signed-in account; the service checks that the account's
 * confirmed address is the invited one.
 */
export const nimmAn = action({
  schema: tokenSchema,
  auth: ({ lang }) => requireUser({ lang, zurueck: `/${lang}/konto/organisationen` }),
  secret: ["token"],
  run: async ({ token }, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"token">> => {
    const antwort = await nehmeEinladungAn(db, { token, kontoId: auth.konto.id });
    if (!antwort.ok) return ablehnen({ formError: organisationFehler(lang, antwort.grund) });
    const t = organisationTexte(lang);
    return {
      titel: t.einladung.title,
      text: fill(t.einladung.angenommen, { name: antwort.organisation.name }),
      link: { href: `/${lang}/konto/organisationen`, label: t.mitglieder.zurueck },
    };
  },
});
