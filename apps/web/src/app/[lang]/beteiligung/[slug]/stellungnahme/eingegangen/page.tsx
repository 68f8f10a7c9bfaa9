import { getSession } from "@portal/auth/next";
import { ladeEingangsbeleg, ladeVerfahren } from "@portal/beteiligung/server";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { DescriptionList } from "@portal/ui/description-list";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { allgemeinTexte } from "@/i18n/allgemein";
import { stellungnahmeTexte } from "@/i18n/beteiligung-stellungnahme";
import { fill, formatDate, formatDateTime } from "@/i18n/format";
import { langAttr } from "@/i18n/sprache";
import { langOrNotFound, searchParam, slugOrNotFound } from "@/lib/params";
import { istEigenerEingang } from "../lage";

type Props = {
  params: Promise<{ lang: string; slug: string }>;
  searchParams: Promise<{ id?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = stellungnahmeTexte(langOrNotFound((await params).lang));
  return { title: t.eingang.titel, robots: { index: false } };
}

const groesse = (lang: "de" | "en", bytes: number) =>
  `${new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;

/**
 * The receipt of a statement: what was submitted, when, and its state ("wird geprüft" under
 * pre-moderation). Only for its submitter: the account of this session, or the browser that sent
 * it without an account (a signed cookie). For anyone else it does not exist (404).
 */
export default async function EingegangenPage({ params, searchParams }: Props) {
  const { lang: l, slug: s } = await params;
  const lang = langOrNotFound(l);
  const slug = slugOrNotFound(s);
  const id = searchParam((await searchParams).id, 36).value;
  const db = getDb();
  const [verfahren, angemeldet] = await Promise.all([ladeVerfahren(db, { slug }), getSession()]);
  if (!verfahren || !id) notFound();
  const beleg =
    (angemeldet ? await ladeEingangsbeleg(db, { id, kontoId: angemeldet.konto.id }) : null) ??
    ((await istEigenerEingang(id)) ? await ladeEingangsbeleg(db, { id, kontoId: null }) : null);
  if (!beleg || beleg.verfahrenId !== verfahren.documentId) notFound();

  const t = stellungnahmeTexte(lang);
  const e = t.eingang;
  const a = allgemeinTexte(lang);
  const titelLang = langAttr("de", lang);
  const zumVerfahren = `/${lang}/beteiligung/${slug}`;
  const stand = beleg.oeffentlich ? e.status[beleg.status] : e.nurBehoerde;
  const anschrift = [beleg.strasse, [beleg.plz, beleg.ort].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");

  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/beteiligung`, label: t.beteiligung },
          { href: zumVerfahren, label: <span lang={titelLang}>{verfahren.titel}</span> },
          { label: e.titel },
        ]}
      />
      <h1 className="kern-heading-x-large">{e.titel}</h1>
      <Alert variant="success" headingLevel={2} title={e.stand} variantLabel={a.successPrefix}>
        <p className="kern-body" data-testid="stand">
          {beleg.status === "unbestaetigt" ? e.status.unbestaetigt : stand}
        </p>
      </Alert>
      <DescriptionList
        items={[
          {
            term: e.verfahren,
            definition: (
              <a className="kern-link" href={zumVerfahren} lang={titelLang}>
                {verfahren.titel}
              </a>
            ),
          },
          { term: e.eingegangenAm, definition: formatDateTime(lang, beleg.erstellt.toISOString()) },
          {
            term: e.nummer,
            definition: (
              <span data-testid="eingangsnummer" translate="no">
                {beleg.id}
              </span>
            ),
          },
          ...(beleg.institutionName
            ? [{ term: e.institution, definition: <bdi>{beleg.institutionName}</bdi> }]
            : []),
          ...(beleg.einreicherName
            ? [{ term: e.name, definition: <bdi>{beleg.einreicherName}</bdi> }]
            : []),
          ...(anschrift ? [{ term: e.anschrift, definition: <bdi>{anschrift}</bdi> }] : []),
          ...(beleg.einwilligungUm && beleg.einwilligungFassung
            ? [
                {
                  term: e.einwilligung,
                  definition: fill(e.einwilligungAm, {
                    zeit: formatDateTime(lang, beleg.einwilligungUm.toISOString()),
                    fassung: formatDate(lang, beleg.einwilligungFassung),
                  }),
                },
              ]
            : []),
          {
            term: e.anlagen,
            definition:
              beleg.anhaenge.length === 0 ? (
                e.keineAnlagen
              ) : (
                <ul className="kern-list" data-testid="anlagen">
                  {beleg.anhaenge.map((anhang) => (
                    <li key={anhang.id}>
                      <bdi>{anhang.name}</bdi> ({groesse(lang, anhang.groesse)})
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <h2 className="kern-heading-medium">{e.ihreStellungnahme}</h2>
      <p className="kern-body portal-prewrap" data-testid="text">
        <bdi>{beleg.text}</bdi>
      </p>
      <p className="kern-body">{e.aufbewahren}</p>
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/beteiligung/${slug}/stellungnahme`}>
          {e.weitere}
        </a>
      </p>
      <p className="kern-body">
        <a className="kern-link" href={zumVerfahren}>
          {t.zumVerfahren}
        </a>
      </p>
    </div>
  );
}
