"use server";

import { loescheVerwaltungscookie, requireStaff } from "@portal/auth/next";
import { beendeSitzung } from "@portal/auth/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { action } from "@/lib/action";

/** Signs a staff member out: the session ends in the database (not only its cookie). */
export const meldeMitarbeiterAb = action({
  schema: z.object({}),
  auth: ({ lang }) => requireStaff({ lang, zurueck: `/${lang}/verwaltung` }),
  run: async (_eingabe, { auth, db, lang }): Promise<FormularErfolg> => {
    await beendeSitzung(db, { token: auth.token });
    await loescheVerwaltungscookie();
    redirect(`/${lang}/verwaltung/anmelden?abgemeldet=1`);
  },
});
