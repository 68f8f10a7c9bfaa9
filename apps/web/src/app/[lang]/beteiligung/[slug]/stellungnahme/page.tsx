import { getHandelnFuer } from "@portal/auth/next";
import { ladeProfil } from "@portal/auth/server";
import { EINWILLIGUNG, ladeVerfahren, regelnVon } from "@portal/beteiligung/server";
import { getDb } from "@portal/db/client";
import { Alert } from "@portal/ui/alert";
import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment, type ReactNode } from "react";
import { aktionTexte } from "@/i18n/aktion";
import { allgemeinTexte } from "@/i18n/allgemein";
import { stellungnahmeTexte } from "@/i18n/beteiligung-stellungnahme";
import { formatDateTime } from "@/i18n/format";
import { langAttr } from "@/i18n/sprache";
import { signiereAnzeige } from "@/lib/beteiligung-post";
import { langOrNotFound, slugOrNotFound } from "@/lib/params";
import { lageFuer } from "./lage";
import { StellungnahmeFormular } from "./stellungnahme-formular";

/** A template with `{name}` placeholders filled with text or elements (a link, a span with `lang`). */
function einsetzen(vorlage: string, werte: Record<string, ReactNode>): ReactNode[] {
  return vorlage
    .split(/\{(\w+)\}/)
    .map((teil, i) => (i % 2 === 1 ? <Fragment key={teil}>{werte[teil] ?? teil}</Fragment> : teil));
}

type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const l = langOrNotFound(lang);
  const verfahren = await ladeVerfahren(getDb(), { slug: slugOrNotFound(slug) });
  const t = stellungnahmeTexte(l);
  return {
    title: verfahren ? `${t.title}: ${verfahren.titel}` : t.title,
    robots: { index: false },
  };
}

/**
 * The statement form of a procedure (Stellungnahme): during a phase that takes statements, for
 * the identity it asks for; in an institutions' phase for a member of an Organisationskonto on
 * behalf of one of its organisations. Rendered per request (the session decides what it shows).
 */
export default async function StellungnahmePage({ params }: Props) {
  const { lang: l, slug: s } = await params;
  const lang = langOrNotFound(l);
  const slug = slugOrNotFound(s);
  const db = getDb();
  const verfahren = await ladeVerfahren(db, { slug });
  if (!verfahren) notFound();
  const regeln = regelnVon(verfahren);
  const lage = await lageFuer(db, regeln, new Date());
  const t = stellungnahmeTexte(lang);
  const a = allgemeinTexte(lang);
  const hier = `/${lang}/beteiligung/${slug}/stellungnahme`;
  const zumVerfahren = `/${lang}/beteiligung/${slug}`;
  const titelLang = langAttr("de", lang);

  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/beteiligung`, label: t.beteiligung },
          { href: zumVerfahren, label: <span lang={titelLang}>{verfahren.titel}</span> },
          { label: t.title },
        ]}
      />
      <h1 className="kern-heading-x-large">{t.title}</h1>
      <p className="kern-body kern-body--large">
        {einsetzen(t.intro, {
          titel: (
            <a className="kern-link" href={zumVerfahren} lang={titelLang}>
              {verfahren.titel}
            </a>
          ),
        })}
      </p>
      {lage.art === "geschlossen" ? (
        <Alert variant="info" headingLevel={2} title={t.geschlossen}>
          <p className="kern-body">{lage.meldung[lang]}</p>
          <p className="kern-body">
            <a className="kern-link" href={zumVerfahren}>
              {t.zumVerfahren}
            </a>
          </p>
        </Alert>
      ) : (
        <>
          <p className="kern-body">
            {einsetzen(t.phase, {
              phase: <span lang={titelLang}>{lage.phase.titel}</span>,
              ende: formatDateTime(lang, lage.phase.ende.toISOString()),
            })}{" "}
            {lage.phase.publikum === "institutionen"
              ? t.nichtOeffentlich
              : verfahren.moderation === "vorab"
                ? t.vorab
                : t.nachtraeglich}
          </p>
          {lage.art === "anmelden" ? (
            <Alert variant="info" headingLevel={2} title={t.anmelden.titel}>
              <p className="kern-body">
                {lage.braucht === "eid" ? t.anmelden.eid : t.anmelden.text}
              </p>
              <p className="kern-body">
                <a
                  className="kern-link"
                  href={`/${lang}/konto/anmelden?zurueck=${encodeURIComponent(hier)}`}
                  data-testid="anmelden"
                >
                  {t.anmelden.link}
                </a>
              </p>
              <p className="kern-body">
                <a className="kern-link" href={`/${lang}/konto/registrieren`}>
                  {t.anmelden.registrieren}
                </a>
              </p>
            </Alert>
          ) : lage.art === "keine-institution" ? (
            <Alert variant="info" headingLevel={2} title={t.institution.titel}>
              <p className="kern-body">{t.institution.keine}</p>
              <p className="kern-body">
                <a className="kern-link" href={`/${lang}/konto/organisationen`}>
                  {t.institution.organisationen}
                </a>
              </p>
            </Alert>
          ) : (
            <Formular lang={lang} slug={slug} lage={lage} />
          )}
        </>
      )}
    </div>
  );
}

async function Formular({
  lang,
  slug,
  lage,
}: {
  lang: "de" | "en";
  slug: string;
  lage: Extract<Awaited<ReturnType<typeof lageFuer>>, { art: "formular" }>;
}) {
  const t = stellungnahmeTexte(lang);
  const a = allgemeinTexte(lang);
  const { angemeldet } = lage;
  const [profil, handeltFuer] = angemeldet
    ? await Promise.all([
        ladeProfil(getDb(), { kontoId: angemeldet.konto.id }),
        lage.organisationen.length > 0 ? getHandelnFuer() : null,
      ])
    : [null, null];
  const name = [profil?.vorname, profil?.nachname].filter(Boolean).join(" ");
  const ausProfil = Boolean(name || profil?.strasse || profil?.plz || profil?.ort);
  return (
    <>
      {ausProfil ? <p className="kern-body">{t.felder.angabenAusProfil}</p> : null}
      <StellungnahmeFormular
        lang={lang}
        slug={slug}
        texte={{
          felder: t.felder,
          institution: t.institution,
          errorSummary: a.errorSummary,
          errorPrefix: a.errorPrefix,
          nichtGesendet: aktionTexte(lang).nichtGesendet,
        }}
        werte={{
          einreicherName: name,
          strasse: profil?.strasse ?? "",
          plz: profil?.plz ?? "",
          ort: profil?.ort ?? "",
          organisation: handeltFuer?.id ?? "",
        }}
        organisationen={lage.organisationen.map((o) => ({ id: o.id, name: o.name }))}
        fragtEmail={!angemeldet && lage.braucht === "email"}
        ohneKonto={!angemeldet}
        angezeigtUm={signiereAnzeige()}
        einwilligung={{ fassung: EINWILLIGUNG.fassung, text: EINWILLIGUNG.text[lang] }}
      />
    </>
  );
}
