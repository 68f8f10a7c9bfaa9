import { getDb } from "@portal/db/client";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Textarea } from "@portal/ui/textarea";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungWidgetTexte } from "@/i18n/beteiligung-widget";
import { fill } from "@/i18n/format";
import { publicUrl } from "@/lib/env";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";
import { verfahrenMitMandant } from "@/lib/widget";

type Props = { params: Promise<{ lang: string; slug: string }> };

/** Text for an HTML snippet: the title may hold anything an editor typed. */
const html = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = langOrNotFound((await params).lang);
  return { title: beteiligungWidgetTexte(lang).einbettung.title, robots: { index: false } };
}

/**
 * The snippet a municipality copies into its own site for a procedure (and for the list of its
 * procedures), with the portal's public address and the domains that may embed it. Linked from
 * nowhere yet: the procedure page will link to it.
 */
export default async function EinbettungPage({ params }: Props) {
  const { lang: roh, slug: slugRoh } = await params;
  const lang = langOrNotFound(roh);
  const slug = slugOrNotFound(slugRoh);
  const gefunden = await verfahrenMitMandant(getDb(), slug);
  if (!gefunden) notFound();
  const { verfahren, mandant, domains } = gefunden;
  const d = beteiligungWidgetTexte(lang).einbettung;
  const a = allgemeinTexte(lang);
  const portal = publicUrl();
  const verfahrenSnippet = [
    `<a href="${portal}/${lang}/beteiligung/${verfahren.slug}">${html(fill(d.linkVerfahren, { titel: verfahren.titel }))}</a>`,
    `<script src="${portal}/embed/v1.js" data-verfahren="${verfahren.slug}" async></script>`,
  ].join("\n");
  const rahmenSnippet = `<iframe src="${portal}/embed/v1/verfahren/${verfahren.slug}${lang === "en" ? "?sprache=en" : ""}" title="${html(verfahren.titel)}" style="width:100%;height:48em;border:0" loading="lazy"></iframe>`;
  const listenSnippet = [
    `<a href="${portal}/${lang}/beteiligung">${html(fill(d.linkListe, { mandant }))}</a>`,
    `<script src="${portal}/embed/v1.js" data-mandant="${verfahren.gemeindeAgs}" async></script>`,
  ].join("\n");
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/beteiligung/${verfahren.slug}`, label: verfahren.titel },
          { label: d.title },
        ]}
      />
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <p className="kern-body kern-body--large">{d.intro}</p>

      <h2 className="kern-heading-large">
        {d.verfahren}: <bdi>{verfahren.titel}</bdi>
      </h2>
      <Textarea
        label={d.code}
        hint={d.verfahrenText}
        name="snippet-verfahren"
        readOnly
        rows={4}
        defaultValue={verfahrenSnippet}
        spellCheck={false}
        data-testid="snippet-verfahren"
      />

      <h2 className="kern-heading-large">{d.rahmen}</h2>
      <Textarea
        label={d.code}
        hint={d.rahmenText}
        name="snippet-rahmen"
        readOnly
        rows={3}
        defaultValue={rahmenSnippet}
        spellCheck={false}
        data-testid="snippet-rahmen"
      />

      <h2 className="kern-heading-large">{d.liste}</h2>
      <Textarea
        label={d.code}
        hint={fill(d.listeText, { mandant })}
        name="snippet-liste"
        readOnly
        rows={4}
        defaultValue={listenSnippet}
        spellCheck={false}
        data-testid="snippet-liste"
      />
      <p className="kern-body">{d.sprache}</p>

      <h2 className="kern-heading-large">{d.domains}</h2>
      {domains.length > 0 ? (
        <>
          <p className="kern-body">{d.domainsText}</p>
          <ul className="kern-list" data-testid="einbettungs-domains">
            {domains.map((domain) => (
              <li key={domain}>
                <code>{domain}</code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="kern-body">{fill(d.keineDomains, { mandant })}</p>
      )}
    </div>
  );
}
