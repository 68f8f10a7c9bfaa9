"use server";

import {
  erzeugeApiSchluessel,
  MAX_SCHLUESSELNAME,
  widerrufeApiSchluessel,
} from "@portal/antraege/server";
import { requireStaff } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { schnittstellenTexte } from "@/i18n/schnittstellen";
import type { Lang } from "@/i18n/sprache";
import { type Ablehnung, ablehnen, action, type FieldIssue } from "@/lib/action";
import { protokolliere } from "@/lib/antraege";
import { oeNamen } from "@/lib/verwaltung-oe";

// API keys of an Organisationseinheit for its Fachverfahren (role "admin" there). The
// Organisationseinheiten a staff member administers come from their session's roles, never from
// the form: a changed hidden field or option names an OE the service then refuses.

const basis = (lang: Lang) => `/${lang}/verwaltung/schnittstellen`;

const anlegenFormular = z.object({
  oe: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1).max(MAX_SCHLUESSELNAME),
});
type AnlegenFeld = keyof z.infer<typeof anlegenFormular>;

/** Creates a key and shows it this once (in the response only, never in a URL or a log). */
export const legeApiSchluesselAn = action({
  schema: anlegenFormular,
  auth: ({ lang }) => requireStaff({ lang, rolle: "admin", zurueck: basis(lang) }),
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<AnlegenFeld>> => {
    const d = schnittstellenTexte(lang);
    const verwalter = {
      kontoId: auth.mitarbeiter.kontoId,
      oes: oesMitRolle(auth.mitarbeiter, "admin"),
    };
    const r = await erzeugeApiSchluessel(db, {
      verwalter,
      oeSchluessel: eingabe.oe,
      name: eingabe.name,
      protokolliere,
    });
    if (!r.ok) {
      return ablehnen<AnlegenFeld>({
        errors: r.fehler === "nicht-berechtigt" ? { oe: d.fehler.oe } : { name: d.fehler.name },
      });
    }
    const oeName = (await oeNamen(db, [eingabe.oe])).get(eingabe.oe) ?? eingabe.oe;
    return {
      titel: d.angelegtTitel,
      text: fill(d.angelegt, { name: r.schluessel.name, oe: oeName }),
      geheimnis: { titel: d.geheimnisTitel, wert: r.geheimnis, hinweis: d.geheimnisHinweis },
      link: { href: `${basis(lang)}?oe=${encodeURIComponent(eingabe.oe)}`, label: d.zurListe },
    };
  },
  messages: { field: anlegenFeldfehler },
});

function anlegenFeldfehler(issue: FieldIssue, lang: Lang): string | undefined {
  const d = schnittstellenTexte(lang).fehler;
  if (issue.field === "oe") return d.oe;
  if (issue.field === "name") return d.name;
  return undefined;
}

const widerrufenFormular = z.object({ id: z.string().trim().min(1).max(100) });

/**
 * Revokes a key of one of the admin's Organisationseinheiten, then back to the list (which shows
 * it revoked and says so); another authority's or an unknown key is refused above the button.
 */
export const widerrufeSchluessel = action({
  schema: widerrufenFormular,
  auth: ({ lang }) => requireStaff({ lang, rolle: "admin", zurueck: basis(lang) }),
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"id">> => {
    const r = await widerrufeApiSchluessel(db, {
      verwalter: { kontoId: auth.mitarbeiter.kontoId, oes: oesMitRolle(auth.mitarbeiter, "admin") },
      id: eingabe.id,
      protokolliere,
    });
    if (!r.ok) return ablehnen<"id">({ formError: schnittstellenTexte(lang).fehler.nichtGefunden });
    redirect(`${basis(lang)}?oe=${encodeURIComponent(r.schluessel.oeSchluessel)}&widerrufen=1`);
  },
});
