"use server";

import { requireStaff } from "@portal/auth/next";
import { oesMitRolle } from "@portal/auth/server";
import { legeWebhookAn, MAX_WEBHOOK_URL, widerrufeWebhook } from "@portal/payments/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { kasseWebhooksTexte } from "@/i18n/kasse-webhooks";
import type { Lang } from "@/i18n/sprache";
import {
  type Ablehnung,
  type ActionResult,
  type ActionState,
  ablehnen,
  action,
  type FieldIssue,
} from "@/lib/action";
import { protokolliere } from "@/lib/antraege";
import { oeNamen } from "@/lib/verwaltung-oe";

// Webhook subscriptions of an Organisationseinheit's payments (role "kasse", or "admin", there).
// The Organisationseinheiten come from the session's roles, never from the form: a changed
// option names an OE that is not among them and is refused.

const basis = (lang: Lang) => `/${lang}/verwaltung/kasse/webhooks`;

const anlegenFormular = z.object({
  oe: z.string().trim().min(1).max(120),
  url: z.string().trim().min(1).max(MAX_WEBHOOK_URL),
  /** The ticked event kinds, joined by spaces (see `legeWebhookAnAktion`). */
  ereignisse: z.string().trim().min(1).max(1000),
});
type AnlegenFeld = keyof z.infer<typeof anlegenFormular>;

const anlegen = action({
  schema: anlegenFormular,
  auth: ({ lang }) => requireStaff({ lang, rolle: "kasse", zurueck: basis(lang) }),
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<AnlegenFeld>> => {
    const d = kasseWebhooksTexte(lang);
    if (!oesMitRolle(auth.mitarbeiter, "kasse").includes(eingabe.oe))
      return ablehnen<AnlegenFeld>({ errors: { oe: d.fehler.oe } });
    const r = await legeWebhookAn(db, {
      oeSchluessel: eingabe.oe,
      url: eingabe.url,
      ereignisse: eingabe.ereignisse.split(/\s+/u),
      vonKontoId: auth.mitarbeiter.kontoId,
      protokolliere,
    });
    if (!r.ok) {
      const feld: AnlegenFeld =
        r.feld === "ereignisse" ? "ereignisse" : r.feld === "oe" ? "oe" : "url";
      return ablehnen<AnlegenFeld>({ errors: { [feld]: r.meldung[lang] } });
    }
    const oeName = (await oeNamen(db, [eingabe.oe])).get(eingabe.oe) ?? eingabe.oe;
    return {
      titel: d.angelegtTitel,
      text: fill(d.angelegt, { url: r.abonnement.url, oe: oeName }),
      geheimnis: { titel: d.geheimnisTitel, wert: r.geheimnis, hinweis: d.geheimnisHinweis },
      link: { href: `${basis(lang)}?oe=${encodeURIComponent(eingabe.oe)}`, label: d.zurListe },
    };
  },
  messages: { field: anlegenFeldfehler },
});

function anlegenFeldfehler(issue: FieldIssue, lang: Lang): string | undefined {
  const d = kasseWebhooksTexte(lang).fehler;
  if (issue.field === "oe") return d.oe;
  if (issue.field === "url") return d.url;
  if (issue.field === "ereignisse") return d.ereignisse;
  return undefined;
}

/**
 * Creates a subscription and shows its secret this once (in the response only, never in a URL
 * or a log). The event checkboxes share one name; `action()` reads one value per field, so they
 * are joined into one field first.
 */
export async function legeWebhookAnAktion(
  state: ActionState<AnlegenFeld, FormularErfolg>,
  form: FormData,
): Promise<ActionResult<AnlegenFeld, FormularErfolg>> {
  const gesammelt = new FormData();
  for (const [name, wert] of form.entries())
    if (name !== "ereignisse") gesammelt.append(name, wert);
  gesammelt.set(
    "ereignisse",
    form
      .getAll("ereignisse")
      .filter((w): w is string => typeof w === "string")
      .join(" "),
  );
  return anlegen(state, gesammelt);
}

const widerrufenFormular = z.object({ id: z.string().trim().min(1).max(100) });

/**
 * Revokes a subscription of one of the clerk's Organisationseinheiten, then back to the list
 * (which shows it revoked); another authority's or an unknown one is refused above the button.
 */
export const widerrufeWebhookAktion = action({
  schema: widerrufenFormular,
  auth: ({ lang }) => requireStaff({ lang, rolle: "kasse", zurueck: basis(lang) }),
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"id">> => {
    const r = await widerrufeWebhook(db, {
      oes: oesMitRolle(auth.mitarbeiter, "kasse"),
      id: eingabe.id,
      vonKontoId: auth.mitarbeiter.kontoId,
      protokolliere,
    });
    if (!r.ok) return ablehnen<"id">({ formError: kasseWebhooksTexte(lang).fehler.nichtGefunden });
    redirect(`${basis(lang)}?oe=${encodeURIComponent(r.abonnement.oeSchluessel)}&widerrufen=1`);
  },
});
