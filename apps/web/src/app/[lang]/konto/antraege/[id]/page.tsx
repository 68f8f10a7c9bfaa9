import { ladeMeinenAntrag } from "@portal/antraege/server";
import { requireUser } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { ladeFormular } from "@portal/forms/server";
import { findOrganisationseinheit } from "@portal/katalog/server";
import { Button } from "@portal/ui/button";
import { DescriptionList } from "@portal/ui/description-list";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { Formular } from "@/components/formular";
import { antragTexte } from "@/i18n/antrag";
import { formatDateTime } from "@/i18n/format";
import { zahlungTexte } from "@/i18n/zahlung";
import { formularTexte } from "@/lib/konto";
import { langOrNotFound } from "@/lib/params";
import { gebuehrNachEntscheidung, ladeZahlung } from "@/lib/zahlung";
import { Zahlungsabschnitt } from "../../../antrag/zahlungsabschnitt";
import { beantworteMeineRueckfrage, bezahleGebuehrPerUeberweisung } from "../actions";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: antragTexte(langOrNotFound((await params).lang)).meineTitel };
}

/** One of the account's applications: its state, its course, the receipt, the answer to a Rückfrage. */
export default async function MeinAntragPage({ params }: Props) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const { konto } = await requireUser({ lang, zurueck: `/${lang}/konto/antraege/${p.id}` });
  const d = antragTexte(lang);
  const db = getDb();
  const antrag = await ladeMeinenAntrag(db, { id: p.id, kontoId: konto.id });
  if (!antrag) {
    return (
      <BereichSeite lang={lang} bereich="konto" titel={d.antragNichtGefunden}>
        <p className="kern-body">
          <a className="kern-link" href={`/${lang}/konto/antraege`}>
            {d.meineAntraege}
          </a>
        </p>
      </BereichSeite>
    );
  }
  const [def, stelle, bezahlt] = await Promise.all([
    ladeFormular(db, { schluessel: antrag.formular, version: antrag.version }),
    findOrganisationseinheit(db, { schluessel: antrag.oeSchluessel }),
    ladeZahlung(db, antrag.zahlungIntentId),
  ]);
  // A fee due after the decision: its transfer once the application is decided in favour.
  const zahlung =
    bezahlt ?? (await gebuehrNachEntscheidung(db, { def, antrag, kontoId: konto.id }));
  const z = zahlungTexte(lang);
  return (
    <BereichSeite
      lang={lang}
      bereich="konto"
      titel={`${d.spalteAktenzeichen} ${antrag.aktenzeichen}`}
    >
      <DescriptionList
        items={[
          { term: d.spalteLeistung, definition: def?.titel[lang] ?? antrag.leistung },
          { term: d.zustaendigTitel, definition: stelle?.name ?? antrag.oeSchluessel },
          {
            term: d.spalteStatus,
            definition: <strong data-testid="status">{d.status[antrag.status]}</strong>,
          },
          {
            term: d.spalteEingegangen,
            definition: formatDateTime(lang, antrag.eingegangenAm.toISOString()),
          },
        ]}
      />
      <Zahlungsabschnitt
        lang={lang}
        intent={zahlung}
        danach={
          <Formular
            lang={lang}
            aktion={bezahleGebuehrPerUeberweisung}
            versteckt={{ id: antrag.id }}
            texte={formularTexte(lang, z.perUeberweisung)}
          />
        }
      />
      {!zahlung && def?.gebuehr?.zeitpunkt === "nach-entscheidung" ? (
        <p className="kern-body">{z.nachEntscheidung}</p>
      ) : null}
      <p className="kern-body">
        <Button
          href={`/${lang}/antrag/eingegangen/${antrag.id}/eingangsbestaetigung.pdf`}
          variant="secondary"
        >
          {d.belegLaden}
        </Button>
      </p>
      {antrag.status === "rueckfrage" ? (
        <section className="portal-stack" aria-labelledby="rueckfrage">
          <h2 className="kern-heading-medium" id="rueckfrage">
            {d.antwortTitel}
          </h2>
          <p className="kern-body">
            {d.antwortText}{" "}
            <a className="kern-link" href={`/${lang}/konto/postfach`}>
              {d.zumPostfach}
            </a>
          </p>
          <Formular
            lang={lang}
            aktion={beantworteMeineRueckfrage}
            felder={[
              { art: "text", name: "text", label: d.antwortFeld, rows: 6 },
              {
                art: "datei",
                name: "datei",
                label: d.antwortDatei,
                hint: d.antwortDateiHinweis,
                accept: "application/pdf,image/jpeg,image/png",
              },
            ]}
            versteckt={{ id: antrag.id }}
            texte={formularTexte(lang, d.antwortSenden)}
            optionalText={d.optional}
          />
        </section>
      ) : null}
      <section className="portal-stack" aria-labelledby="verlauf">
        <h2 className="kern-heading-medium" id="verlauf">
          {d.verlauf}
        </h2>
        <ol className="kern-list" data-testid="verlauf">
          {antrag.verlauf.map((e) => (
            <li key={`${e.art}-${e.zeitpunkt.toISOString()}`} className="kern-body">
              {formatDateTime(lang, e.zeitpunkt.toISOString())}: {d.ereignis[e.art]}
              {e.status ? ` – ${d.status[e.status]}` : ""}
              {e.zahlungsstatus && e.zahlungsstatus in z.status
                ? ` – ${z.status[e.zahlungsstatus as keyof typeof z.status]}`
                : ""}
            </li>
          ))}
        </ol>
      </section>
    </BereichSeite>
  );
}
