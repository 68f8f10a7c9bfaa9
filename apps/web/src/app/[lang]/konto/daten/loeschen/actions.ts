"use server";

import { loescheSitzungscookie, requireUser } from "@portal/auth/next";
import {
  anmeldungProAdresse,
  anmeldungProKonto,
  kontoSchluessel,
  loescheKonto,
} from "@portal/auth/server";
import { kontoLoeschenSchema } from "@portal/auth/types";
import { clientKey, consume } from "@portal/ratelimit/server";
import { redirect } from "next/navigation";
import type { FormularErfolg } from "@/components/formular";
import { datenschutzTexte } from "@/i18n/datenschutz";
import { formatTime } from "@/i18n/format";
import { type Ablehnung, ablehnen, action } from "@/lib/action";
import { kontoDateien } from "@/lib/antraege";
import { post } from "@/lib/konto";

type Feld = "passwort" | "bestaetigt";

/**
 * Deletes the signed-in account (GDPR Art. 17) after its password, or for an account without one
 * (eID only) the checked confirmation. The password is guessed no more easily here than at the
 * sign-in: the same limits per client address and per account count both forms together. On
 * success the account's files go (drafts' uploads, receipts: `kontoDateien`), then the
 * cookie (the session went with the account), and the confirmation page follows.
 */
export const loescheMeinKonto = action({
  schema: kontoLoeschenSchema,
  auth: ({ lang }) => requireUser({ lang, zurueck: `/${lang}/konto/daten/loeschen` }),
  rateLimit: anmeldungProAdresse,
  secret: ["passwort"],
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<Feld>> => {
    const d = datenschutzTexte(lang).loeschen.fehler;
    // Keyed by the address like the sign-in's limit (so both forms share it); an account
    // without an address by its id. In `run`, because `rateLimitBy` sees only the input.
    const schluessel = auth.konto.email
      ? await kontoSchluessel(db, auth.konto.email)
      : await clientKey(db, `konto:${auth.konto.id}`);
    const verdict = await consume(db, anmeldungProKonto, schluessel);
    if (!verdict.ok) {
      const minuten = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
      return ablehnen<Feld>({
        formError: d.zuOft(minuten, formatTime(lang, verdict.retryAt.toISOString())),
      });
    }
    const ergebnis = await loescheKonto(
      db,
      {
        kontoId: auth.konto.id,
        passwort: eingabe.passwort,
        bestaetigt: eingabe.bestaetigt === "ja",
      },
      { post, dateien: kontoDateien(db) },
    );
    if (!ergebnis.ok) {
      switch (ergebnis.grund) {
        case "passwort-falsch":
          return ablehnen<Feld>({
            errors: { passwort: eingabe.passwort ? d.passwortFalsch : d.passwortFehlt },
          });
        case "bestaetigung-fehlt":
          return ablehnen<Feld>({ errors: { bestaetigt: d.bestaetigungFehlt } });
        case "einziger-inhaber":
          return ablehnen<Feld>({ formError: d.einzigerInhaber });
      }
    }
    await loescheSitzungscookie();
    redirect(`/${lang}/konto/geloescht${auth.konto.email ? "?mail=1" : ""}`);
  },
});
