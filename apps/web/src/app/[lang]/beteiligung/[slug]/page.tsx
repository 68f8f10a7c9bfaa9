import {
  ladeMandant,
  ladeVerfahren,
  type OeffentlicherBeitrag,
  oeffentlicheBeitraege,
  regelnVon,
} from "@portal/beteiligung/server";
import {
  type Aktion,
  istOffen,
  LEBENSZYKLUS,
  MAX_KARTENTEXT,
  MAX_TEXT,
  status as statusVon,
} from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { DescriptionList } from "@portal/ui/description-list";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BeitragsFormular } from "@/components/beteiligung/beitrags-formular";
import { Bewertung } from "@/components/beteiligung/bewertung";
import { GebietsKarte } from "@/components/beteiligung/gebiets-karte";
import { GebietsUebersicht } from "@/components/beteiligung/gebiets-uebersicht";
import { Melden } from "@/components/beteiligung/melden";
import { Mitzeichnen } from "@/components/beteiligung/mitzeichnen";
import { Markdown } from "@/components/markdown";
import { aktionTexte } from "@/i18n/aktion";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungTexte } from "@/i18n/beteiligung";
import { fill, formatDate, formatDateTime } from "@/i18n/format";
import { langAttr } from "@/i18n/sprache";
import {
  dateigroesse,
  gebietsMitte,
  letzterTag,
  type Moeglichkeit,
  moeglichkeit,
  sperrText,
  tagInSachsen,
} from "@/lib/beteiligung";
import { besucher, kannGeben, meineBewertungen, person } from "@/lib/beteiligung-besucher";
import { dokumentPfad, logoPfad } from "@/lib/beteiligung-dateien";
import { signiereAnzeige } from "@/lib/beteiligung-post";
import { getGemeinde } from "@/lib/data";
import { langOrNotFound, searchParam, slugOrNotFound } from "@/lib/params";

type Props = {
  params: Promise<{ lang: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Top-level contributions per page ("Weitere Beiträge" pages on by keyset). */
const PRO_SEITE = 20;

async function load(params: Props["params"]) {
  const { lang: l, slug } = await params;
  const lang = langOrNotFound(l);
  const zeile = await ladeVerfahren(getDb(), { slug: slugOrNotFound(slug) });
  if (!zeile) notFound();
  return { lang, zeile };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).zeile.titel };
}

/**
 * A participation procedure: where it stands (Ankündigung → aktiv → beendet → Archiv) and its
 * phases, what it is about, the documents, the area, the forms the open phase allows (or why
 * none, and from when), and the public contributions with their replies, ratings and reports.
 * Rendered per request (the visitor's identity and own ratings, the clock); the actions refresh
 * it by tag after a write.
 */
export default async function VerfahrenPage({ params, searchParams }: Props) {
  const { lang, zeile } = await load(params);
  const sp = await searchParams;
  const a = allgemeinTexte(lang);
  const d = beteiligungTexte(lang);
  const db = getDb();
  const jetzt = new Date();
  const regeln = regelnVon(zeile);
  const stand = statusVon(regeln, jetzt);
  const mandant = await ladeMandant(db, { gemeindeAgs: zeile.gemeindeAgs });
  const gemeinde = await getGemeinde(zeile.gemeindeAgs);
  const wer = await besucher();
  const kann = kannGeben(wer);
  const hier = `/${lang}/beteiligung/${zeile.slug}`;
  // What editors write in the CMS is German (WCAG 3.1.2 on the English pages).
  const cms = langAttr("de", lang);

  const nach = searchParam(sp.nach, 200).value || undefined;
  const seite = await oeffentlicheBeitraege(db, {
    verfahrenId: zeile.documentId,
    nach,
    limit: PRO_SEITE,
  });
  const alleIds = seite.beitraege.flatMap((b) => [b.id, ...b.antworten.map((r) => r.id)]);
  const ich = await person(db, wer);
  const meine = await meineBewertungen(db, { person: ich, beitragIds: alleIds });

  const datum = (t: Date) => formatDate(lang, tagInSachsen(t));
  const was: Record<"kommentieren" | "kartenpunkt" | "bewerten", string> = {
    kommentieren: d.wasKommentar,
    kartenpunkt: d.wasKartenpunkt,
    bewerten: d.wasBewerten,
  };
  const kommentieren = moeglichkeit(regeln, "kommentieren", kann, jetzt);
  const kartenpunkt = moeglichkeit(regeln, "kartenpunkt", kann, jetzt);
  // Rating takes the identity the visitor has; an address cannot be typed in for it.
  const bewerten = moeglichkeit(regeln, "bewerten", wer.art, jetzt);
  const offen = (aktion: Aktion) => {
    const m = moeglichkeit(regeln, aktion, kann, jetzt);
    return m.art === "offen" || m.art === "anmelden";
  };

  const mitte = zeile.gebiet ? gebietsMitte(zeile.gebiet) : null;
  const angezeigtUm = signiereAnzeige(jetzt);
  const mitKonto = wer.art === "konto" || wer.art === "eid";
  const formTexte = {
    ...d.formular,
    errorSummary: a.errorSummary,
    errorPrefix: a.errorPrefix,
    successPrefix: a.successPrefix,
    nichtGesendet: aktionTexte(lang).nichtGesendet,
    auswahl: { ...d.auswahl, karteTexte: d.karteTexte },
  };
  const emailVorschlag = wer.art === "email" ? wer.email : undefined;
  const orte = [
    ...(mitte ? [{ value: `${mitte.lat},${mitte.lon}`, label: d.formular.ortGebiet }] : []),
    ...(gemeinde
      ? [
          {
            value: `${gemeinde.lat},${gemeinde.lon}`,
            label: fill(d.formular.ortGemeinde, { name: gemeinde.name }),
          },
        ]
      : []),
  ];

  /** The message where a form is not shown, with a sign-in link where that would help. */
  const gesperrt = (m: Moeglichkeit, aktion: keyof typeof was, testId: string) => {
    const text =
      aktion === "bewerten" && m.art === "anmelden" && m.braucht === "email"
        ? d.gesperrt.bewertenEmail
        : sperrText(m, was[aktion], d, datum);
    if (!text) return null;
    const zurueck = encodeURIComponent(hier);
    return (
      <div className="portal-stack" data-testid={testId}>
        <Alert variant="info" headingLevel={3} title={was[aktion]}>
          <p className="kern-body">{text}</p>
        </Alert>
        {m.art === "anmelden" ? (
          <p className="kern-body">
            {m.braucht === "eid" ? (
              <a
                className="kern-link"
                href={`/${lang}/konto/eid?zweck=anmeldung&zurueck=${zurueck}`}
              >
                {d.gesperrt.eidLink}
              </a>
            ) : (
              <a className="kern-link" href={`/${lang}/konto/anmelden?zurueck=${zurueck}`}>
                {d.gesperrt.anmeldenLink}
              </a>
            )}
          </p>
        ) : null}
      </div>
    );
  };

  const bewertungsTexte = {
    ...d.bewertung,
    errorPrefix: a.errorPrefix,
    nichtGesendet: aktionTexte(lang).nichtGesendet,
  };
  const meldenTexte = {
    ...d.melden,
    errorPrefix: a.errorPrefix,
    successPrefix: a.successPrefix,
    nichtGesendet: aktionTexte(lang).nichtGesendet,
    optional: d.formular.optional,
  };

  const beitragAnzeige = (b: OeffentlicherBeitrag, ebene: 3 | 4) => {
    const H = ebene === 3 ? "h3" : "h4";
    return (
      <article
        className="portal-stack portal-beitrag"
        aria-labelledby={`beitrag-${b.id}`}
        data-testid="beitrag"
      >
        <H id={`beitrag-${b.id}`} className="kern-heading-x-small">
          {b.name ? <bdi>{b.name}</bdi> : d.anonym}{" "}
          <span className="kern-body--small">
            {fill(d.geschrieben, { datum: formatDateTime(lang, b.erstellt.toISOString()) })}
          </span>
        </H>
        <p className="kern-body portal-prewrap">
          <bdi>{b.text}</bdi>
        </p>
        {b.art === "kartenpunkt" && b.lat != null && b.lon != null ? (
          <p className="kern-body" data-testid="kartenpunkt">
            {fill(d.kartenpunktBei, {
              lat: b.lat.toLocaleString(lang === "en" ? "en-GB" : "de-DE", {
                maximumFractionDigits: 5,
              }),
              lon: b.lon.toLocaleString(lang === "en" ? "en-GB" : "de-DE", {
                maximumFractionDigits: 5,
              }),
            })}
          </p>
        ) : null}
        {bewerten.art === "offen" ? (
          <Bewertung
            lang={lang}
            verfahren={zeile.slug}
            beitrag={b.id}
            zahlen={b.bewertungen}
            meine={meine.get(b.id) ?? null}
            texte={bewertungsTexte}
          />
        ) : (
          <p className="kern-body">
            {`${d.bewertungen}: ${d.bewertung.zustimmung} ${b.bewertungen.zustimmung}, ${d.bewertung.neutral} ${b.bewertungen.neutral}, ${d.bewertung.ablehnung} ${b.bewertungen.ablehnung}`}
          </p>
        )}
        {b.art === "stellungnahme" ? (
          <Mitzeichnen lang={lang} slug={zeile.slug} regeln={regeln} beitragId={b.id} />
        ) : null}
        <Melden lang={lang} verfahren={zeile.slug} beitrag={b.id} texte={meldenTexte} />
      </article>
    );
  };

  const phasenStatus = (beginn: string, ende: string) => {
    const p = { beginn: new Date(beginn), ende: new Date(ende) };
    if (jetzt < p.beginn) return d.phase.kommend;
    if (jetzt >= p.ende) return d.phase.vorbei;
    return d.phase.offen;
  };

  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/beteiligung`, label: d.title },
          { label: <span lang={cms}>{zeile.titel}</span> },
        ]}
      />
      <h1 className="kern-heading-x-large" lang={cms}>
        {zeile.titel}
      </h1>
      {zeile.kurzbeschreibung ? (
        <p className="kern-body kern-body--large" lang={cms}>
          {zeile.kurzbeschreibung}
        </p>
      ) : null}
      <DescriptionList
        layout="compact"
        items={[
          { term: d.kommune, definition: mandant?.name ?? gemeinde?.name ?? zeile.gemeindeAgs },
          { term: d.verfahrensart, definition: d.art[zeile.art] },
          { term: d.stand, definition: <strong data-testid="stand">{d.status[stand]}</strong> },
        ]}
      />

      <section aria-labelledby="ablauf-titel" className="portal-section portal-stack">
        <h2 id="ablauf-titel" className="kern-heading-medium">
          {d.lebenszyklus}
        </h2>
        <ol className="portal-lebenszyklus">
          {LEBENSZYKLUS.map((s) => (
            <li key={s} aria-current={s === stand ? "step" : undefined}>
              {s === stand ? (
                <strong>
                  {d.status[s]} <span className="kern-body--small">({d.lebenszyklusAktuell})</span>
                </strong>
              ) : (
                d.status[s]
              )}
            </li>
          ))}
        </ol>
        <h3 className="kern-heading-small">{d.phasen}</h3>
        <ol className="portal-list-plain portal-stack">
          {zeile.phasen.map((p, i) => {
            const regel = regeln.phasen[i];
            const aktionen = (regel?.erlaubt ?? []).filter((x) => x !== "lesen");
            return (
              <li key={p.id} className="kern-card portal-card-padding portal-stack">
                <h4 className="kern-heading-x-small">
                  <span lang={cms}>{p.titel}</span>{" "}
                  <span className="kern-body--small">
                    (
                    {regel && istOffen(regel, jetzt)
                      ? d.phase.offen
                      : phasenStatus(p.beginn, p.ende)}
                    )
                  </span>
                </h4>
                <p className="kern-body">
                  {fill(d.zeitraum, {
                    beginn: formatDate(lang, tagInSachsen(p.beginn)),
                    ende: formatDate(lang, letzterTag(p.ende)),
                  })}
                  {", "}
                  {p.publikum === "oeffentlich"
                    ? d.phase.publikumOeffentlich
                    : d.phase.publikumInstitutionen}
                </p>
                <p className="kern-body">
                  {`${d.phase.erlaubt}: `}
                  {aktionen.length
                    ? aktionen
                        .map(
                          (x) =>
                            `${d.aktionen[x as keyof typeof d.aktionen]} (${d.identitaet[regel?.identitaet[x] ?? "anonym"]})`,
                        )
                        .join("; ")
                    : d.phase.nurLesen}
                </p>
              </li>
            );
          })}
        </ol>
      </section>

      {zeile.beschreibung ? (
        <section aria-labelledby="beschreibung-titel" className="portal-section">
          <h2 id="beschreibung-titel" className="kern-heading-medium">
            {d.beschreibung}
          </h2>
          <div lang={cms}>
            <Markdown>{zeile.beschreibung}</Markdown>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="dokumente-titel" className="portal-section">
        <h2 id="dokumente-titel" className="kern-heading-medium">
          {d.dokumente}
        </h2>
        {zeile.dokumente.length ? (
          <ul className="kern-list">
            {zeile.dokumente.map((doc, nr) => (
              <li key={doc.url}>
                <a className="kern-link" href={dokumentPfad(lang, zeile.slug, nr)}>
                  {doc.name}
                </a>{" "}
                ({fill(d.dokumentGroesse, { groesse: dateigroesse(doc.groesseKb, lang) })})
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body">{d.keineDokumente}</p>
        )}
      </section>

      {mitte ? (
        <section aria-labelledby="gebiet-titel" className="portal-section">
          <h2 id="gebiet-titel" className="kern-heading-medium">
            {d.gebiet}
          </h2>
          <GebietsKarte
            gebiete={[{ titel: zeile.titel, gebiet: zeile.gebiet }]}
            punkte={seite.beitraege.flatMap((b) =>
              b.art === "kartenpunkt" && b.lat != null && b.lon != null
                ? [{ lat: b.lat, lon: b.lon }]
                : [],
            )}
            ags={zeile.gemeindeAgs}
            label={`${d.gebiet}: ${zeile.titel}`}
            caption={d.gebietHinweis}
            texte={d.karteTexte}
            uebersicht={
              <GebietsUebersicht
                orte={[mitte]}
                ags={zeile.gemeindeAgs}
                label={d.gebietUebersicht(gemeinde?.name ?? null)}
              />
            }
          />
        </section>
      ) : null}

      <section aria-labelledby="mitmachen-titel" className="portal-section portal-stack">
        <h2 id="mitmachen-titel" className="kern-heading-medium">
          {d.mitmachen}
        </h2>
        <h3 className="kern-heading-small">{d.formular.kommentarTitel}</h3>
        {kommentieren.art === "offen" ? (
          <BeitragsFormular
            id="kommentar"
            lang={lang}
            verfahren={zeile.slug}
            art="kommentar"
            angezeigtUm={angezeigtUm}
            mitEmail={!mitKonto && kommentieren.braucht === "email"}
            emailVorschlag={emailVorschlag}
            mitKonto={mitKonto}
            texte={formTexte}
            maxText={MAX_TEXT}
          />
        ) : (
          gesperrt(kommentieren, "kommentieren", "gesperrt-kommentieren")
        )}
        <h3 className="kern-heading-small">{d.formular.kartenpunktTitel}</h3>
        {kartenpunkt.art === "offen" ? (
          <BeitragsFormular
            id="kartenpunkt"
            lang={lang}
            verfahren={zeile.slug}
            art="kartenpunkt"
            angezeigtUm={angezeigtUm}
            mitEmail={!mitKonto && kartenpunkt.braucht === "email"}
            emailVorschlag={emailVorschlag}
            mitKonto={mitKonto}
            orte={orte}
            karte={
              mitte
                ? { lat: mitte.lat, lon: mitte.lon, ags: zeile.gemeindeAgs, gebiet: zeile.gebiet }
                : undefined
            }
            texte={formTexte}
            maxText={MAX_KARTENTEXT}
          />
        ) : (
          gesperrt(kartenpunkt, "kartenpunkt", "gesperrt-kartenpunkt")
        )}
        {/* Slots for the pages of the statement, the survey and the subscription (other routes). */}
        {offen("stellungnahme") ||
        offen("umfrage") ||
        stand === "ankuendigung" ||
        stand === "aktiv" ? (
          <>
            <h3 className="kern-heading-small">{d.weitereSeiten}</h3>
            <ul className="kern-list" data-testid="weitere-seiten">
              {offen("stellungnahme") ? (
                <li>
                  <a className="kern-link" href={`${hier}/stellungnahme`}>
                    {d.stellungnahmeLink}
                  </a>
                </li>
              ) : null}
              {offen("umfrage") ? (
                <li>
                  <a className="kern-link" href={`${hier}/umfrage`}>
                    {d.umfrageLink}
                  </a>
                </li>
              ) : null}
              {stand === "ankuendigung" || stand === "aktiv" ? (
                <li>
                  <a className="kern-link" href={`${hier}/abonnieren`}>
                    {d.abonnierenLink}
                  </a>
                </li>
              ) : null}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="beitraege" className="portal-section portal-stack">
        <h2 id="beitraege" className="kern-heading-medium" tabIndex={-1}>
          {d.beitraege}
        </h2>
        {bewerten.art !== "offen" ? gesperrt(bewerten, "bewerten", "gesperrt-bewerten") : null}
        {seite.beitraege.length === 0 ? (
          <p className="kern-body">{d.keineBeitraege}</p>
        ) : (
          <ol className="portal-list-plain portal-stack" data-testid="beitraege">
            {seite.beitraege.map((b) => (
              <li key={b.id} className="kern-card portal-card-padding portal-stack">
                {beitragAnzeige(b, 3)}
                {b.antworten.length ? (
                  <ol
                    className="portal-list-plain portal-stack portal-antworten"
                    aria-label={fill(d.antwortenAnzahl, { n: b.antworten.length })}
                  >
                    {b.antworten.map((r) => (
                      <li key={r.id}>{beitragAnzeige(r, 4)}</li>
                    ))}
                  </ol>
                ) : null}
                {b.art === "kommentar" && kommentieren.art === "offen" ? (
                  <BeitragsFormular
                    id={`antwort-${b.id}`}
                    lang={lang}
                    verfahren={zeile.slug}
                    art="kommentar"
                    elternId={b.id}
                    angezeigtUm={angezeigtUm}
                    mitEmail={!mitKonto && kommentieren.braucht === "email"}
                    emailVorschlag={emailVorschlag}
                    mitKonto={mitKonto}
                    texte={formTexte}
                    maxText={MAX_TEXT}
                    aufklappen={d.antworten}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {seite.naechste ? (
          <p className="kern-body">
            <a
              className="kern-link"
              href={`${hier}?nach=${encodeURIComponent(seite.naechste)}#beitraege`}
            >
              {d.weitere}
            </a>
          </p>
        ) : null}
      </section>

      {mandant ? (
        <section aria-labelledby="kontakt-titel" className="portal-section">
          <h2 id="kontakt-titel" className="kern-heading-medium">
            {d.kontakt}
          </h2>
          {mandant.logoUrl ? (
            // The portal's own copy of the logo (the CMS is not on the citizens' network).
            // biome-ignore lint/performance/noImgElement: a small logo of a few KB, no layout shift to optimise
            <img
              src={logoPfad(lang, zeile.slug)}
              alt={fill(d.logoAlt, { name: mandant.name })}
              height={64}
              className="portal-logo"
            />
          ) : null}
          <DescriptionList
            items={[
              { term: d.kommune, definition: mandant.name },
              ...(mandant.kontaktEmail
                ? [
                    {
                      term: d.formular.email,
                      definition: (
                        <a
                          className="kern-link portal-prewrap"
                          href={`mailto:${mandant.kontaktEmail}`}
                        >
                          {mandant.kontaktEmail}
                        </a>
                      ),
                    },
                  ]
                : []),
              ...(mandant.kontaktTelefon
                ? [{ term: d.telefon, definition: mandant.kontaktTelefon }]
                : []),
              ...(mandant.webseite
                ? [
                    {
                      term: d.webseite,
                      definition: (
                        <a className="kern-link portal-prewrap" href={mandant.webseite}>
                          {mandant.webseite}
                        </a>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}
