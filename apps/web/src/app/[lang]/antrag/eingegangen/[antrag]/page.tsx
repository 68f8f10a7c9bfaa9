import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import type { Metadata } from "next";
import { AntragRahmen } from "@/components/antrag/antrag-rahmen";
import { antragTexte } from "@/i18n/antrag";
import { fill, formatDateTime } from "@/i18n/format";
import { ladeEingang } from "@/lib/eingang";
import { langOrNotFound } from "@/lib/params";
import { ladeZahlung } from "@/lib/zahlung";
import { Zahlungsabschnitt } from "../../zahlungsabschnitt";

type Props = { params: Promise<{ lang: string; antrag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: antragTexte(langOrNotFound((await params).lang)).eingegangenTitel,
    robots: { index: false },
  };
}

/** The confirmation page (GOV.UK's): the reference number, the receipt, what happens next. */
export default async function EingegangenPage({ params }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const d = antragTexte(lang);
  const db = getDb();
  const eingang = await ladeEingang(db, p.antrag);
  if (!eingang) {
    return (
      <div className="portal-stack">
        <h1 className="kern-heading-x-large">{d.antragNichtGefunden}</h1>
        <p className="kern-body">
          <a className="kern-link" href={`/${lang}/konto/antraege`}>
            {d.meineAntraege}
          </a>
        </p>
      </div>
    );
  }
  return (
    <AntragRahmen lang={lang} formular={eingang.leistung[lang]} titel={d.eingegangenTitel}>
      <Alert variant="success" title={d.aktenzeichen} headingLevel={2}>
        <p className="kern-heading-medium" data-testid="aktenzeichen">
          {eingang.aktenzeichen}
        </p>
      </Alert>
      <p className="kern-body">
        {fill(d.eingegangenText, {
          datum: formatDateTime(lang, eingang.eingegangenAm),
          stelle: eingang.stelle,
        })}
      </p>
      <p className="kern-body">{d.eingegangenMail}</p>
      <Zahlungsabschnitt lang={lang} intent={await ladeZahlung(db, eingang.zahlungIntentId)} />
      <p className="kern-body">
        <Button
          href={`/${lang}/antrag/eingegangen/${p.antrag}/eingangsbestaetigung.pdf`}
          variant="secondary"
        >
          {d.belegLaden}
        </Button>
      </p>
      {eingang.imKonto ? null : <p className="kern-body">{d.belegHinweis}</p>}
      <h2 className="kern-heading-medium">{d.wieEsWeitergeht}</h2>
      <p className="kern-body">
        {eingang.imKonto ? d.wieEsWeitergehtKonto : d.wieEsWeitergehtOhneKonto}
      </p>
      {eingang.imKonto ? (
        <p className="kern-body">
          <a className="kern-link" href={`/${lang}/konto/antraege`}>
            {d.meineAntraege}
          </a>
        </p>
      ) : null}
    </AntragRahmen>
  );
}
