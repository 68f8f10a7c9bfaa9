"use server";

import { exportiereLastschriften } from "@portal/payments/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { kasseTexte } from "@/i18n/kasse";
import { type Ablehnung, ablehnen, action } from "@/lib/action";
import { istFehler, kassePfad } from "@/lib/kasse";
import { protokolliereKasse, requireKasse } from "../_server/zugriff";

// The export of due direct debits as pain.008 files. The Organisationseinheit comes from the
// form, but only as a choice among the clerk's own (`oes` from the session): another one is
// refused by the service like an unknown one. POST/redirect/GET: a reload shows the list again
// and does not export again (and an export twice would find nothing left: the service marks
// what it exported).

const exportSchema = z.object({ oe: z.string().trim().min(1).max(120) });

export const exportiereFaelligeLastschriften = action({
  schema: exportSchema,
  auth: ({ lang }) => requireKasse({ lang, zurueck: kassePfad(lang, "/lastschriften") }),
  run: async ({ oe }, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"oe">> => {
    const d = kasseTexte(lang);
    if (!auth.oes.includes(oe)) return ablehnen<"oe">({ errors: { oe: d.fehler.oe } });
    const basis = kassePfad(lang, "/lastschriften");
    const ergebnis = await exportiereLastschriften(db, {
      oes: auth.oes,
      oeSchluessel: oe,
      vonKontoId: auth.mitarbeiter.kontoId,
    });
    // Nothing due is no failure: the page says so calmly.
    if (istFehler(ergebnis, "keine-lastschriften")) {
      redirect(`${basis}?keine=1&oe=${encodeURIComponent(oe)}#meldung`);
    }
    if (!ergebnis.ok) return ablehnen<"oe">({ formError: ergebnis.meldung[lang] });
    for (const datei of ergebnis.dateien) {
      await protokolliereKasse(db, {
        kontoId: auth.mitarbeiter.kontoId,
        oes: [datei.oeSchluessel],
        aktion: "lastschriften-exportiert",
        gegenstand: `${datei.id}:${datei.msgId}:${datei.anzahl}`,
      });
    }
    redirect(`${basis}?exportiert=${ergebnis.dateien.length}&oe=${encodeURIComponent(oe)}#meldung`);
  },
  messages: {
    field: (issue, lang) => (issue.field === "oe" ? kasseTexte(lang).fehler.oe : undefined),
  },
});
