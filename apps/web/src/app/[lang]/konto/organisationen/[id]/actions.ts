"use server";

import { requireUser } from "@portal/auth/next";
import {
  aendereRolle,
  einladungenProKonto,
  entferneMitglied,
  ladeEin,
  verlasseOrganisation,
} from "@portal/auth/server";
import {
  einladungSchema,
  mitgliedSchema,
  organisationIdSchema,
  rolleAendernSchema,
} from "@portal/auth/types";
import { redirect } from "next/navigation";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { organisationTexte } from "@/i18n/organisation";
import { type Ablehnung, ablehnen, action } from "@/lib/action";
import { post } from "@/lib/konto";
import { organisationFehler, organisationFeldfehler, proKonto } from "@/lib/organisation";

// Every action here takes the acting account from the session and hands the organisation and
// member ids of the form to the service, which checks that the sender is an inhaber (or, to
// leave, a member) of that organisation: a changed hidden field gains nothing.

const angemeldet = ({ lang }: { lang: "de" | "en" }) =>
  requireUser({ lang, zurueck: `/${lang}/konto/organisationen` });

/** Invites an address by mail (inhaber only), at most einladungenProKonto an hour. */
export const ladeEinAktion = action({
  schema: einladungSchema,
  auth: angemeldet,
  messages: { field: organisationFeldfehler },
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"email">> => {
    const zuOft = await proKonto<"email">(db, einladungenProKonto, auth.konto.id, lang);
    if (zuOft) return zuOft;
    const antwort = await ladeEin(
      db,
      { ...eingabe, kontoId: auth.konto.id, sprache: lang },
      { post },
    );
    if (!antwort.ok) return ablehnen({ formError: organisationFehler(lang, antwort.grund) });
    const t = organisationTexte(lang);
    return {
      titel: t.mitglieder.einladen,
      text: fill(t.mitglieder.eingeladen, { email: eingabe.email }),
      link: {
        href: `/${lang}/konto/organisationen/${eingabe.organisationId}`,
        label: t.mitglieder.weitere,
      },
    };
  },
});

/** Changes a member's role (inhaber only; the last inhaber stays). */
export const aendereRolleAktion = action({
  schema: rolleAendernSchema,
  auth: angemeldet,
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"rolle">> => {
    const antwort = await aendereRolle(db, {
      organisationId: eingabe.organisationId,
      kontoId: auth.konto.id,
      mitgliedKontoId: eingabe.kontoId,
      rolle: eingabe.rolle,
    });
    if (!antwort.ok) return ablehnen({ formError: organisationFehler(lang, antwort.grund) });
    redirect(`/${lang}/konto/organisationen/${eingabe.organisationId}?ok=geaendert`);
  },
});

/** Removes a member (inhaber only; not the last inhaber). */
export const entferneAktion = action({
  schema: mitgliedSchema,
  auth: angemeldet,
  run: async (eingabe, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<"kontoId">> => {
    const antwort = await entferneMitglied(db, {
      organisationId: eingabe.organisationId,
      kontoId: auth.konto.id,
      mitgliedKontoId: eingabe.kontoId,
    });
    if (!antwort.ok) return ablehnen({ formError: organisationFehler(lang, antwort.grund) });
    if (eingabe.kontoId === auth.konto.id) redirect(`/${lang}/konto/organisationen`);
    redirect(`/${lang}/konto/organisationen/${eingabe.organisationId}?ok=entfernt`);
  },
});

/** Leaves the organisation (the last inhaber must hand over first). */
export const verlasseAktion = action({
  schema: organisationIdSchema,
  auth: angemeldet,
  run: async (
    eingabe,
    { auth, db, lang },
  ): Promise<FormularErfolg | Ablehnung<"organisationId">> => {
    const antwort = await verlasseOrganisation(db, {
      organisationId: eingabe.organisationId,
      kontoId: auth.konto.id,
    });
    if (!antwort.ok) return ablehnen({ formError: organisationFehler(lang, antwort.grund) });
    const t = organisationTexte(lang);
    return {
      titel: t.mitglieder.verlassen,
      text: t.mitglieder.verlassenOk,
      link: { href: `/${lang}/konto/organisationen`, label: t.mitglieder.zurueck },
    };
  },
});
