import { requireUser } from "@portal/auth/next";
import { zeigeLoeschfolgen } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { listeNachrichten } from "@portal/postfach/server";
import { Alert } from "@portal/ui/alert";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BereichSeite } from "@/components/bereich-seite";
import { LoeschFormular } from "@/components/loesch-formular";
import { datenschutzTexte } from "@/i18n/datenschutz";
import { fill } from "@/i18n/format";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { loescheMeinKonto } from "./actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: datenschutzTexte(langOrNotFound((await params).lang)).loeschen.title,
    robots: { index: false },
  };
}

/**
 * Deleting the account: what goes and what stays, first; then the confirmation with the
 * password (or a checkbox for an account without one). The only owner of an organisation with
 * other members is told before filling anything in, and the form is not offered.
 */
export default async function LoeschenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  const { konto } = await requireUser({ lang, zurueck: `/${lang}/konto/daten/loeschen` });
  const db = getDb();
  const folgen = await zeigeLoeschfolgen(db, { kontoId: konto.id });
  if (!folgen) notFound();
  // The account's own messages (not those of an organisation it acts for: they stay with it).
  const { gesamt } = await listeNachrichten(db, { kontoId: konto.id, seite: 1, proSeite: 1 });
  const d = datenschutzTexte(lang).loeschen;
  const namen = (liste: { name: string }[]) => liste.map((o) => o.name).join(", ");
  const anzahl =
    gesamt === 1 ? d.nachrichten.eine : fill(d.nachrichten.mehrere, { anzahl: String(gesamt) });
  return (
    <BereichSeite lang={lang} bereich="konto" titel={d.title} intro={d.einleitung}>
      <p className="kern-body">
        {d.herunterladen}{" "}
        <a className="kern-link" href={`/${lang}/konto/daten`}>
          {d.herunterladenLink}
        </a>
      </p>
      <h2 className="kern-heading-medium">{d.wasGeloeschtTitel}</h2>
      <ul className="kern-list">
        {d.geloescht.map((punkt) => (
          <li key={punkt}>{punkt}</li>
        ))}
        <li>{fill(d.postfach, { anzahl })}</li>
        {folgen.organisationenAllein.length > 0 ? (
          <li>{fill(d.organisationenAllein, { namen: namen(folgen.organisationenAllein) })}</li>
        ) : null}
      </ul>
      <h2 className="kern-heading-medium">{d.wasBleibtTitel}</h2>
      <ul className="kern-list">
        {d.bleibt.map((punkt) => (
          <li key={punkt}>{punkt}</li>
        ))}
      </ul>
      {folgen.organisationenBlockiert.length > 0 ? (
        <Alert
          variant="warning"
          headingLevel={2}
          title={d.blockiertTitel}
          variantLabel={d.warnungPrefix}
        >
          <p className="kern-body">
            {fill(d.blockiert, { namen: namen(folgen.organisationenBlockiert) })}
          </p>
          <p className="kern-body">
            <a className="kern-link" href={`/${lang}/konto/organisationen`}>
              {d.organisationenLink}
            </a>
          </p>
        </Alert>
      ) : (
        <LoeschFormular
          lang={lang}
          aktion={loescheMeinKonto}
          mitPasswort={folgen.passwortGesetzt}
          texte={{
            ...formularTexte(lang, d.senden),
            warnungPrefix: d.warnungPrefix,
            warnungTitel: d.warnungTitel,
            warnung: d.warnung,
            passwort: d.passwort,
            passwortHinweis: d.passwortHinweis,
            bestaetigungFrage: d.bestaetigungFrage,
            bestaetigungHinweis: d.bestaetigungHinweis,
            bestaetigung: d.bestaetigung,
          }}
        />
      )}
    </BereichSeite>
  );
}
