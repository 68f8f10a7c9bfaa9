"use server";

import { loescheSitzungscookie, requireUser } from "@portal/auth/next";
import { beendeAlleSitzungen, beendeSitzung } from "@portal/auth/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { kontoTexte } from "@/i18n/konto";
import { action } from "@/lib/action";

const ohneFelder = z.object({});
const angemeldet = ({ lang }: { lang: "de" | "en" }) =>
  requireUser({ lang, zurueck: `/${lang}/konto` });

/** Signs out: this session ends in the database (not only its cookie), then the sign-in page. */
export const meldeAb = action({
  schema: ohneFelder,
  auth: angemeldet,
  run: async (_eingabe, { auth, db, lang }): Promise<FormularErfolg> => {
    await beendeSitzung(db, { token: auth.token });
    await loescheSitzungscookie();
    redirect(`/${lang}/konto/anmelden?abgemeldet=1`);
  },
});

/** "Sign out everywhere else": every other session of the account ends; this one stays. */
export const meldeUeberallSonstAb = action({
  schema: ohneFelder,
  auth: angemeldet,
  run: async (_eingabe, { auth, db, lang }) => {
    await beendeAlleSitzungen(db, { kontoId: auth.konto.id, ausserToken: auth.token });
    const d = kontoTexte(lang).konto;
    const erfolg: FormularErfolg = {
      titel: d.anderswoAbgemeldet,
      text: d.sitzungenIntro,
      link: { href: `/${lang}/konto`, label: d.title },
    };
    return erfolg;
  },
});
