"use server";

import { requireUser } from "@portal/auth/next";
import { gruendeOrganisation, gruendungenProKonto, handleFuer } from "@portal/auth/server";
import { handelnFuerSchema, organisationGruendenSchema } from "@portal/auth/types";
import { redirect } from "next/navigation";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { organisationTexte } from "@/i18n/organisation";
import { type Ablehnung, ablehnen, action } from "@/lib/action";
import { organisationFehler, organisationFeldfehler, proKonto } from "@/lib/organisation";

const angemeldet = ({ lang }: { lang: "de" | "en" }) =>
  requireUser({ lang, zurueck: `/${lang}/konto/organisationen` });

/** Founds an organisation; the signed-in account becomes its inhaber. */
export const gruende = action({
  schema: organisationGruendenSchema,
  auth: angemeldet,
  messages: { field: organisationFeldfehler },
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"name">> => {
    const zuOft = await proKonto<"name">(db, gruendungenProKonto, auth.konto.id, lang);
    if (zuOft) return zuOft;
    const org = await gruendeOrganisation(db, { kontoId: auth.konto.id, ...eingabe });
    const t = organisationTexte(lang);
    return {
      titel: t.liste.gewechselt,
      text: fill(t.liste.gegruendet, { name: org.name }),
      link: {
        href: `/${lang}/konto/organisationen/${org.id}`,
        label: fill(t.liste.verwalten, { name: org.name }),
      },
    };
  },
});

/**
 * Makes this session act for an organisation, or (empty id) for the account holder. The id from
 * the form is checked against the sender's memberships in the service.
 */
export const handle = action({
  schema: handelnFuerSchema,
  auth: angemeldet,
  run: async (
    { organisationId },
    { auth, db, lang },
  ): Promise<FormularErfolg | Ablehnung<"organisationId">> => {
    const antwort = await handleFuer(db, {
      sitzungId: auth.sitzung.id,
      kontoId: auth.konto.id,
      organisationId,
    });
    if (!antwort.ok) return ablehnen({ formError: organisationFehler(lang, "keinMitglied") });
    redirect(`/${lang}/konto/organisationen`);
  },
});
