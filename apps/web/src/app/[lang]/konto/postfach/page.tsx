import { requireUser } from "@portal/auth/next";
import { getDb } from "@portal/db/client";
import { listeNachrichten } from "@portal/postfach/server";
import { PRO_SEITE, seiteSchema } from "@portal/postfach/types";
import { Alert } from "@portal/ui/alert";
import { Badge } from "@portal/ui/badge";
import { Pagination, paginationItems } from "@portal/ui/pagination";
import { Table } from "@portal/ui/table";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { formatDateTime, formatZahl } from "@/i18n/format";
import { postfachTexte } from "@/i18n/postfach";
import { langOrNotFound } from "@/lib/params";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: postfachTexte(langOrNotFound((await params).lang)).title,
    robots: { index: false },
  };
}

/**
 * The Postfach: the messages to the signed-in account (and to the organisation the session acts
 * for), newest first, 25 a page. Unread ones say so in words and bold, not by colour alone
 * (WCAG 1.4.1).
 */
export default async function PostfachPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const seite = seiteSchema.parse((await searchParams).seite);
  const basis = `/${lang}/konto/postfach`;
  const { konto, sitzung } = await requireUser({
    lang,
    zurueck: seite > 1 ? `${basis}?seite=${seite}` : basis,
  });
  const d = postfachTexte(lang);
  const { nachrichten, gesamt, ungelesen } = await listeNachrichten(getDb(), {
    kontoId: konto.id,
    organisationId: sitzung.organisationId,
    seite,
  });
  const seiten = Math.max(1, Math.ceil(gesamt / PRO_SEITE));
  const href = (s: number) => (s === 1 ? basis : `${basis}?seite=${s}`);

  return (
    <BereichSeite
      lang={lang}
      bereich="konto"
      titel={d.title}
      intro={sitzung.organisationId ? d.introOrganisation : d.intro}
    >
      {gesamt === 0 ? (
        <Alert variant="info" headingLevel={2} title={d.leer}>
          <p className="kern-body">{d.leerText}</p>
        </Alert>
      ) : (
        <>
          <p className="kern-body" data-testid="postfach-zaehler">
            {d.zaehler(formatZahl(lang, gesamt), formatZahl(lang, ungelesen), gesamt === 1)}
          </p>
          {nachrichten.length === 0 ? (
            <p className="kern-body">
              {d.seiteLeer}{" "}
              <a className="kern-link" href={basis}>
                {d.zurErstenSeite}
              </a>
            </p>
          ) : (
            <Table
              id="postfach"
              caption={d.tabelle}
              rowHeader="betreff"
              columns={[
                { key: "status", header: d.spalteStatus },
                { key: "betreff", header: d.spalteBetreff },
                { key: "absender", header: d.spalteAbsender },
                { key: "datum", header: d.spalteDatum, numeric: true },
                { key: "anhaenge", header: d.spalteAnhaenge, numeric: true },
              ]}
              rows={nachrichten.map((n) => ({
                status: n.gelesen ? (
                  <span className="kern-body">{d.gelesen}</span>
                ) : (
                  <Badge variant="info" small>
                    {d.ungelesen}
                  </Badge>
                ),
                betreff: (
                  <a className="kern-link" href={`${basis}/${n.id}`}>
                    {n.gelesen ? n.betreff : <strong>{n.betreff}</strong>}
                  </a>
                ),
                absender: n.absenderName,
                datum: formatDateTime(lang, n.gesendetAm.toISOString()),
                anhaenge: n.anhaenge > 0 ? formatZahl(lang, n.anhaenge) : "–",
              }))}
            />
          )}
          {seiten > 1 ? (
            <Pagination
              items={paginationItems(Math.min(seite, seiten), seiten, href)}
              previousHref={seite > 1 ? href(Math.min(seite - 1, seiten)) : undefined}
              nextHref={seite < seiten ? href(seite + 1) : undefined}
              label={d.pagination}
              previousLabel={d.previous}
              nextLabel={d.next}
              pageLabel={d.page}
            />
          ) : null}
        </>
      )}
    </BereichSeite>
  );
}
