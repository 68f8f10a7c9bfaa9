import { Alert } from "@portal/ui/alert";
import { antragTexte } from "@/i18n/antrag";
import type { Lang } from "@/i18n/sprache";

/** A draft this request cannot reach looks like one that does not exist. */
export function EntwurfNichtGefunden({ lang, schluessel }: { lang: Lang; schluessel: string }) {
  const d = antragTexte(lang);
  return (
    <div className="portal-stack" data-testid="entwurf-unbekannt">
      <h1 className="kern-heading-x-large">{d.nichtGefunden}</h1>
      <Alert variant="warning" title={d.nichtGefunden} headingLevel={2}>
        <p className="kern-body">{d.nichtGefundenText}</p>
      </Alert>
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/antrag/${schluessel}`}>
          {d.neuStarten}
        </a>
      </p>
    </div>
  );
}
