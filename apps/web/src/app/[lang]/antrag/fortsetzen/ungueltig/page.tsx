import { Alert } from "@portal/ui/alert";
import type { Metadata } from "next";
import { antragTexte } from "@/i18n/antrag";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: antragTexte(langOrNotFound((await params).lang)).fortsetzenTitel,
    robots: { index: false },
  };
}

/** Where an invalid or expired resume link leads. */
export default async function FortsetzenUngueltigPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const d = antragTexte(lang);
  return (
    <div className="portal-stack">
      <h1 className="kern-heading-x-large">{d.fortsetzenTitel}</h1>
      <Alert variant="warning" title={d.nichtGefunden} headingLevel={2}>
        <p className="kern-body">{d.fortsetzenUngueltig}</p>
      </Alert>
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/konto/antraege`}>
          {d.meineAntraege}
        </a>
      </p>
    </div>
  );
}
