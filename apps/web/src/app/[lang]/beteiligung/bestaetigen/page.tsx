import { Alert } from "@portal/ui/alert";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { Formular } from "@/components/formular";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungTexte } from "@/i18n/beteiligung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound, searchParam } from "@/lib/params";
import { bestaetigeAktion } from "./actions";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: beteiligungTexte(langOrNotFound((await params).lang)).bestaetigen.titel,
    robots: { index: false },
  };
}

/**
 * The page the confirmation mail links to. Opening it changes nothing (mail scanners follow
 * links); the button posts the token and confirms the contribution.
 */
export default async function BestaetigenPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const token = searchParam((await searchParams).token, 200).value;
  const a = allgemeinTexte(lang);
  const d = beteiligungTexte(lang);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/beteiligung`, label: d.title },
          { label: d.bestaetigen.titel },
        ]}
      />
      <h1 className="kern-heading-x-large">{d.bestaetigen.titel}</h1>
      {token ? (
        <>
          <p className="kern-body">{d.bestaetigen.text}</p>
          <Formular
            lang={lang}
            aktion={bestaetigeAktion}
            versteckt={{ token }}
            texte={formularTexte(lang, d.bestaetigen.knopf)}
          />
        </>
      ) : (
        <Alert variant="warning" headingLevel={2} title={d.bestaetigen.titel}>
          <p className="kern-body">{d.bestaetigen.ohneToken}</p>
        </Alert>
      )}
    </div>
  );
}
