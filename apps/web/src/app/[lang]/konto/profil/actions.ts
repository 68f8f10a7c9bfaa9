"use server";

import { requireUser } from "@portal/auth/next";
import { speichereProfil } from "@portal/auth/server";
import { profilSchema } from "@portal/auth/types";
import { loeseOrtAuf } from "@portal/katalog/server";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { profilTexte } from "@/i18n/profil";
import type { Lang } from "@/i18n/sprache";
import { action, type FieldIssue } from "@/lib/action";

/** The AGS of Saxony's municipalities begin with the Land's key 14 (Gemeindeverzeichnis, Destatis). */
const SACHSEN = "14";

/**
 * Saves the signed-in citizen's profile. The municipality is resolved from postal code and place
 * with the catalogue's finder; when that is not one Saxon municipality the profile is stored
 * without an AGS and the confirmation says so, instead of refusing what the citizen typed.
 */
export const aktualisiereProfil = action({
  schema: profilSchema,
  auth: ({ lang }) => requireUser({ lang, zurueck: `/${lang}/konto/profil` }),
  run: async (profil, { db, lang, auth }) => {
    let gemeinde: { ags: string; name: string } | null = null;
    if (profil.plz && profil.ort) {
      const ort = await loeseOrtAuf(db, { eingabe: `${profil.plz} ${profil.ort}` });
      if (ort.ergebnis === "eindeutig" && ort.ort.ags.startsWith(SACHSEN))
        gemeinde = { ags: ort.ort.ags, name: ort.ort.gemeinde };
    }
    await speichereProfil(db, { kontoId: auth.konto.id, profil, ags: gemeinde?.ags ?? null });
    const d = profilTexte(lang);
    const erfolg: FormularErfolg = {
      titel: d.okTitel,
      text: [
        d.ok,
        gemeinde ? fill(d.okGemeinde, { gemeinde: gemeinde.name }) : null,
        profil.plz && !gemeinde ? d.gemeindeUnklar : null,
      ]
        .filter(Boolean)
        .join(" "),
      link: { href: `/${lang}/konto/profil`, label: d.zurueck },
    };
    return erfolg;
  },
  messages: { field: profilFeldfehler },
});

function profilFeldfehler(issue: FieldIssue, lang: Lang): string | undefined {
  const d = profilTexte(lang).fehler;
  if ((issue.field === "plz" || issue.field === "ort") && issue.kind === "ungueltig")
    return d.plzOrt;
  if (issue.field === "plz") return d.plz;
  if (issue.field === "geburtsdatum") return d.geburtsdatum;
  if (issue.field === "telefon" && issue.kind !== "zuLang") return d.telefon;
  return undefined;
}
