import { ladeVerfahren } from "@portal/beteiligung/server";
import { getDb } from "@portal/db/client";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { aktionTexte } from "@/i18n/aktion";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage";
import { fill } from "@/i18n/format";
import { langAttr } from "@/i18n/sprache";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";
import { AboFormular } from "./abo-formular";

type Props = { params: Promise<{ lang: string; slug: string }> };

async function verfahrenVon(params: Props["params"]) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const zeile = await ladeVerfahren(getDb(), { slug: slugOrNotFound(p.slug) });
  if (!zeile) notFound();
  return { lang, zeile };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, zeile } = await verfahrenVon(params);
  return {
    title: fill(beteiligungUmfrageTexte(lang).abonnieren.seitentitel, { titel: zeile.titel }),
  };
}

/** Subscribe to a procedure's news by e-mail (`/[lang]/beteiligung/[slug]/abonnieren`). */
export default async function AbonnierenPage({ params }: Props) {
  const { lang, zeile } = await verfahrenVon(params);
  const a = allgemeinTexte(lang);
  const d = beteiligungUmfrageTexte(lang).abonnieren;
  const verfahrenHref = `/${lang}/beteiligung/${zeile.slug}`;
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: verfahrenHref, label: <bdi lang={langAttr("de", lang)}>{zeile.titel}</bdi> },
          { label: d.titel },
        ]}
      />
      <h1 className="kern-heading-x-large">
        {d.titel}: <bdi lang={langAttr("de", lang)}>{zeile.titel}</bdi>
      </h1>
      <p className="kern-body kern-body--large">{d.intro}</p>
      <AboFormular
        lang={lang}
        slug={zeile.slug}
        texte={{
          ...d,
          errorSummary: a.errorSummary,
          errorPrefix: a.errorPrefix,
          successPrefix: a.successPrefix,
          nichtGesendet: aktionTexte(lang).nichtGesendet,
        }}
      />
    </div>
  );
}
