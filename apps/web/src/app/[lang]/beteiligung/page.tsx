import { ladeMandant, listeVerfahren } from "@portal/beteiligung/server";
import { LEBENSZYKLUS, type Lebenszyklus } from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Button } from "@portal/ui/button";
import { DescriptionList } from "@portal/ui/description-list";
import { Select } from "@portal/ui/select";
import type { Metadata } from "next";
import { GebietsKarte } from "@/components/beteiligung/gebiets-karte";
import { GebietsUebersicht } from "@/components/beteiligung/gebiets-uebersicht";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungTexte } from "@/i18n/beteiligung";
import { fill, formatDate } from "@/i18n/format";
import { langAttr } from "@/i18n/sprache";
import { gebietsMitte, letzterTag, tagInSachsen } from "@/lib/beteiligung";
import { langOrNotFound, searchParam } from "@/lib/params";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: beteiligungTexte(langOrNotFound((await params).lang)).title };
}

/**
 * The participation procedures: a GET filter (municipality, status) that works without
 * JavaScript, the list, and a map of the procedures' areas whose pins are numbered as the list
 * (the list is the map's text equivalent). Rendered per request: the status follows the clock.
 */
export default async function BeteiligungPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const sp = await searchParams;
  const a = allgemeinTexte(lang);
  const d = beteiligungTexte(lang);
  const db = getDb();
  const jetzt = new Date();
  // What editors write in the CMS is German (WCAG 3.1.2 on the English pages).
  const cms = langAttr("de", lang);

  const alle = await listeVerfahren(db, { jetzt });
  const agsListe = [...new Set(alle.map((v) => v.gemeindeAgs))];
  const mandanten = (
    await Promise.all(agsListe.map((ags) => ladeMandant(db, { gemeindeAgs: ags })))
  ).flatMap((m) => (m ? [m] : []));
  const name = (ags: string) => mandanten.find((m) => m.gemeindeAgs === ags)?.name ?? ags;

  // Unknown filter values are ignored (all), never an error page.
  const mandant = searchParam(sp.mandant, 8).value;
  const gewaehlterMandant = agsListe.includes(mandant) ? mandant : "";
  const statusRoh = searchParam(sp.status, 20).value;
  const status = (LEBENSZYKLUS as readonly string[]).includes(statusRoh)
    ? (statusRoh as Lebenszyklus)
    : null;
  const verfahren = alle.filter(
    (v) =>
      (!gewaehlterMandant || v.gemeindeAgs === gewaehlterMandant) &&
      (!status || v.status === status),
  );
  const orte = verfahren.flatMap((v, i) => {
    const mitte = v.gebiet ? gebietsMitte(v.gebiet) : null;
    return mitte ? [{ ...mitte, nummer: i + 1 }] : [];
  });

  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[{ href: `/${lang}`, label: a.nav.home }, { label: d.title }]}
      />
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <p className="kern-body kern-body--large">{d.intro}</p>

      <section aria-labelledby="filter-titel" className="portal-section">
        <h2 id="filter-titel" className="kern-heading-medium">
          {d.filter.titel}
        </h2>
        <form method="get" action={`/${lang}/beteiligung`} className="portal-stack">
          <Select
            label={d.filter.mandant}
            name="mandant"
            options={[
              { value: "", label: d.filter.alleMandanten },
              ...mandanten
                .map((m) => ({ value: m.gemeindeAgs, label: m.name }))
                .sort((x, y) => x.label.localeCompare(y.label, "de")),
            ]}
            defaultValue={gewaehlterMandant}
          />
          <Select
            label={d.filter.status}
            name="status"
            options={[
              { value: "", label: d.filter.alleStatus },
              ...LEBENSZYKLUS.map((s) => ({ value: s, label: d.status[s] })),
            ]}
            defaultValue={status ?? ""}
          />
          <div className="portal-knoepfe">
            <Button type="submit">{d.filter.anwenden}</Button>
            {gewaehlterMandant || status ? (
              <a className="kern-link" href={`/${lang}/beteiligung`}>
                {d.filter.zuruecksetzen}
              </a>
            ) : null}
          </div>
        </form>
      </section>

      <section aria-labelledby="liste-titel" className="portal-section">
        <h2 id="liste-titel" className="kern-heading-medium">
          {fill(d.anzahl, { n: verfahren.length })}
        </h2>
        {verfahren.length === 0 ? (
          <p className="kern-body">{d.keine}</p>
        ) : (
          <ol className="portal-list-plain portal-stack" data-testid="verfahrensliste">
            {verfahren.map((v, i) => (
              <li key={v.documentId} className="kern-card portal-card-padding portal-stack">
                <h3 className="kern-heading-small">
                  <span aria-hidden="true">{i + 1}. </span>
                  <a className="kern-link" href={`/${lang}/beteiligung/${v.slug}`}>
                    <span lang={cms}>{v.titel}</span>
                  </a>
                </h3>
                {v.kurzbeschreibung ? (
                  <p className="kern-body" lang={cms}>
                    {v.kurzbeschreibung}
                  </p>
                ) : null}
                <DescriptionList
                  items={[
                    { term: d.kommune, definition: name(v.gemeindeAgs) },
                    { term: d.verfahrensart, definition: d.art[v.art] },
                    { term: d.stand, definition: d.status[v.status] },
                    ...v.phasen.map((p) => ({
                      term: <span lang={cms}>{p.titel}</span>,
                      definition: fill(d.zeitraum, {
                        beginn: formatDate(lang, tagInSachsen(p.beginn)),
                        ende: formatDate(lang, letzterTag(p.ende)),
                      }),
                    })),
                  ]}
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      {orte.length ? (
        <section aria-labelledby="karte-titel" className="portal-section">
          <h2 id="karte-titel" className="kern-heading-medium">
            {d.karteListe}
          </h2>
          <GebietsKarte
            gebiete={verfahren.flatMap((v) =>
              v.gebiet ? [{ titel: v.titel, gebiet: v.gebiet }] : [],
            )}
            ags={gewaehlterMandant || null}
            label={d.karteListe}
            caption={d.karteListeHinweis}
            texte={d.karteTexte}
            uebersicht={
              <GebietsUebersicht
                orte={orte}
                ags={gewaehlterMandant || null}
                label={d.uebersichtListe}
              />
            }
          />
        </section>
      ) : null}
    </div>
  );
}
