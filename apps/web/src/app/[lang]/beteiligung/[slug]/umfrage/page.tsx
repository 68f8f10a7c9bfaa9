import { getSession } from "@portal/auth/next";
import { ladeVerfahren, regelnVon } from "@portal/beteiligung/server";
import { darf } from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import { Button } from "@portal/ui/button";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { aktionTexte } from "@/i18n/aktion";
import { allgemeinTexte } from "@/i18n/allgemein";
import { beteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage";
import { fill } from "@/i18n/format";
import { langAttr } from "@/i18n/sprache";
import { signiereAnzeige } from "@/lib/beteiligung-post";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";
import { UmfrageFormular } from "./umfrage-formular";

type Props = { params: Promise<{ lang: string; slug: string }> };

// The form carries when it was shown (signed) and reads the session: never cached.
export const dynamic = "force-dynamic";

async function verfahrenVon(params: Props["params"]) {
  const p = await params;
  const lang = langOrNotFound(p.lang);
  const zeile = await ladeVerfahren(getDb(), { slug: slugOrNotFound(p.slug) });
  if (!zeile) notFound();
  return { lang, zeile };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, zeile } = await verfahrenVon(params);
  return { title: fill(beteiligungUmfrageTexte(lang).umfrage.seitentitel, { titel: zeile.titel }) };
}

/**
 * A procedure's survey (`/[lang]/beteiligung/[slug]/umfrage`): the questions as a form while a
 * phase allows survey answers, else why not. The results are for staff only and not shown here.
 */
export default async function UmfragePage({ params }: Props) {
  const { lang, zeile } = await verfahrenVon(params);
  const a = allgemeinTexte(lang);
  const t = beteiligungUmfrageTexte(lang);
  const d = t.umfrage;
  const angemeldet = await getSession();
  const erlaubt = darf(regelnVon(zeile), {
    aktion: "umfrage",
    jetzt: new Date(),
    identitaet: angemeldet ? "konto" : "anonym",
  });
  const verfahrenHref = `/${lang}/beteiligung/${zeile.slug}`;
  const hier = `${verfahrenHref}/umfrage`;

  let inhalt: React.ReactNode;
  if (zeile.fragen.length === 0) {
    inhalt = <p className="kern-body">{d.keineFragen}</p>;
  } else if (!erlaubt.ok && erlaubt.grund === "identitaet" && !angemeldet) {
    inhalt = (
      <Alert variant="info" headingLevel={2} title={d.anmelden} variantLabel={a.infoPrefix}>
        <p className="kern-body">
          <Button href={`/${lang}/konto/anmelden?zurueck=${encodeURIComponent(hier)}`}>
            {d.anmeldenLink}
          </Button>
        </p>
      </Alert>
    );
  } else if (!erlaubt.ok) {
    inhalt = (
      <Alert
        variant="info"
        headingLevel={2}
        title={erlaubt.meldung[lang]}
        variantLabel={a.infoPrefix}
      />
    );
  } else {
    inhalt = (
      <UmfrageFormular
        lang={lang}
        slug={zeile.slug}
        fragen={zeile.fragen}
        angezeigtUm={signiereAnzeige()}
        angemeldet={Boolean(angemeldet)}
        texte={{
          ...d,
          errorSummary: a.errorSummary,
          errorPrefix: a.errorPrefix,
          successPrefix: a.successPrefix,
          nichtGesendet: aktionTexte(lang).nichtGesendet,
        }}
      />
    );
  }

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
      {inhalt}
      <p className="kern-body">
        <a className="kern-link" href={`${verfahrenHref}/abonnieren`}>
          {d.abonnieren}
        </a>
      </p>
    </div>
  );
}
