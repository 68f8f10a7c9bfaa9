"use server";

import {
  BESCHLUESSE,
  MAX_ABWAEGUNG,
  moderiere,
  speichereAbwaegung,
  verwaltetesVerfahren,
} from "@portal/beteiligung/server";
import { BEITRAGSSTATUS, MAX_NOTIZ } from "@portal/beteiligung/types";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { beteiligungVerwaltungTexte } from "@/i18n/beteiligung-verwaltung";
import type { Lang } from "@/i18n/sprache";
import { type Ablehnung, ablehnen, action, type FieldIssue } from "@/lib/action";
import {
  beitragPfad,
  beteiligungPfad,
  protokolliereBeteiligung,
  requireBeteiligung,
} from "@/lib/beteiligung-verwaltung";

// The staff's decisions on one contribution, plain forms (they work without JavaScript): a
// moderation step with an optional note, and the Abwägung of a statement. The procedure's slug
// and the contribution's id come from the form but decide nothing: the procedure is looked up
// among the staff member's municipalities, and the domain checks the contribution belongs to it.
// On success back to the contribution's page with a notice (POST/redirect/GET).

const kennung = {
  verfahren: z.string().regex(/^[a-z0-9-]{1,120}$/u),
  beitrag: z.uuid(),
};

const moderationSchema = z.object({
  ...kennung,
  nach: z.enum(BEITRAGSSTATUS),
  notiz: z
    .string()
    .max(4 * MAX_NOTIZ)
    .optional(),
});

/** Publishes, hides or rejects the contribution; the domain writes the moderation trail. */
export const moderiereBeitrag = action({
  schema: moderationSchema,
  auth: ({ lang }) => requireBeteiligung({ lang, zurueck: beteiligungPfad(lang) }),
  run: async (
    eingabe,
    { auth, db, lang },
  ): Promise<FormularErfolg | Ablehnung<"nach" | "notiz">> => {
    const d = beteiligungVerwaltungTexte(lang);
    const v = await verwaltetesVerfahren(db, {
      slug: eingabe.verfahren,
      gemeinden: auth.gemeinden,
    });
    if (!v) return ablehnen({ formError: d.fehler.unbekannt });
    const r = await moderiere(db, {
      beitragId: eingabe.beitrag,
      nach: eingabe.nach,
      notiz: eingabe.notiz,
      vonKontoId: auth.mitarbeiter.kontoId,
      verfahrenIds: [v.documentId],
    });
    if (!r.ok) {
      return r.fehler === "eingabe" && eingabe.notiz
        ? ablehnen({ errors: { notiz: r.meldung[lang] } })
        : ablehnen({ formError: r.meldung[lang] });
    }
    await protokolliereBeteiligung(db, {
      kontoId: auth.mitarbeiter.kontoId,
      gemeindeAgs: v.gemeindeAgs,
      aktion: "beteiligung-beitrag-moderiert",
      gegenstand: `beitrag:${eingabe.beitrag}:${r.von}>${r.nach}`,
    });
    redirect(`${beitragPfad(lang, v.slug, eingabe.beitrag)}?moderiert=1#meldung`);
  },
  maxBytes: 4 * 4 * MAX_NOTIZ + 4096,
  messages: {
    field: (issue: FieldIssue, lang: Lang) => {
      const d = beteiligungVerwaltungTexte(lang).fehler;
      if (issue.field === "nach") return d.entscheidung;
      if (issue.field === "notiz") return d.notiz;
      return undefined;
    },
  },
});

const abwaegungFormSchema = z.object({
  ...kennung,
  abwaegung: z
    .string()
    .max(4 * MAX_ABWAEGUNG)
    .optional(),
  beschluss: z.union([z.enum(BESCHLUESSE), z.literal("")]).optional(),
});

/** Saves the weighing text and the proposed decision of a statement (with its history). */
export const speichereAbwaegungAktion = action({
  schema: abwaegungFormSchema,
  auth: ({ lang }) => requireBeteiligung({ lang, zurueck: beteiligungPfad(lang) }),
  run: async (
    eingabe,
    { auth, db, lang },
  ): Promise<FormularErfolg | Ablehnung<"abwaegung" | "beschluss">> => {
    const d = beteiligungVerwaltungTexte(lang);
    const v = await verwaltetesVerfahren(db, {
      slug: eingabe.verfahren,
      gemeinden: auth.gemeinden,
    });
    if (!v) return ablehnen({ formError: d.fehler.unbekannt });
    const r = await speichereAbwaegung(db, {
      beitragId: eingabe.beitrag,
      gemeinden: [v.gemeindeAgs],
      eingabe: { text: eingabe.abwaegung, beschluss: eingabe.beschluss },
      vonKontoId: auth.mitarbeiter.kontoId,
    });
    if (!r.ok) {
      if (r.fehler === "eingabe") {
        return ablehnen({
          errors: {
            ...(r.felder.text ? { abwaegung: r.felder.text[lang] } : {}),
            ...(r.felder.beschluss ? { beschluss: r.felder.beschluss[lang] } : {}),
          },
        });
      }
      return ablehnen({ formError: r.meldung[lang] });
    }
    await protokolliereBeteiligung(db, {
      kontoId: auth.mitarbeiter.kontoId,
      gemeindeAgs: v.gemeindeAgs,
      aktion: "beteiligung-abwaegung-gespeichert",
      gegenstand: `beitrag:${eingabe.beitrag}:${r.beschluss ?? "offen"}`,
    });
    redirect(`${beitragPfad(lang, v.slug, eingabe.beitrag)}?abgewogen=1#meldung`);
  },
  maxBytes: 4 * 4 * MAX_ABWAEGUNG + 4096,
  messages: {
    field: (issue: FieldIssue, lang: Lang) => {
      const d = beteiligungVerwaltungTexte(lang);
      if (issue.field === "abwaegung") return d.beitrag.abwaegungHinweis;
      if (issue.field === "beschluss") return d.beitrag.beschluss;
      return undefined;
    },
  },
});
