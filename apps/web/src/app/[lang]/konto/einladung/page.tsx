import { requireUser } from "@portal/auth/next";
import { zeigeEinladung } from "@portal/auth/server";
import { MAX_TOKEN } from "@portal/auth/types";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { fill } from "@/i18n/format";
import { organisationTexte } from "@/i18n/organisation";
import { formularTexte } from "@/lib/konto";
import { organisationFehler } from "@/lib/organisation";
import { langOrNotFound, searchParam } from "@/lib/params";
import { nimmAn } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: organisationTexte(langOrNotFound((await params).lang)).einladung.title,
    robots: { index: false },
  };
}

/**
 * The page an invitation mail links to (`?token=…`). Signing in comes first (and returns here),
 * so that the organisation's name is shown only to an account holder; one button accepts.
 */
export default async function EinladungPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const token = searchParam((await searchParams).token, MAX_TOKEN).value;
  await requireUser({
    lang,
    zurueck: `/${lang}/konto/einladung?token=${encodeURIComponent(token)}`,
  });
  const t = organisationTexte(lang);
  const einladung = token ? await zeigeEinladung(getDb(), { token }) : null;
  return (
    <BereichSeite lang={lang} bereich="konto" titel={t.einladung.title}>
      {einladung?.ok ? (
        <>
          <p className="kern-body kern-body--large">
            {fill(t.einladung.text, {
              rolle: t.rollen[einladung.rolle],
              name: einladung.organisationName,
            })}
          </p>
          <Formular
            lang={lang}
            aktion={nimmAn}
            versteckt={{ token }}
            texte={formularTexte(lang, t.einladung.annehmen)}
          />
        </>
      ) : (
        <Alert
          variant="danger"
          headingLevel={2}
          title={t.einladung.title}
          variantLabel={allgemeinTexte(lang).errorPrefix}
        >
          <p className="kern-body">
            {organisationFehler(lang, einladung?.ok === false ? einladung.grund : "ungueltig")}
          </p>
        </Alert>
      )}
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/konto/organisationen`}>
          {t.mitglieder.zurueck}
        </a>
      </p>
    </BereichSeite>
  );
}
