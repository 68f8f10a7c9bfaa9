import { publicUrl } from "@/lib/env";
import "@portal/ui/styles.css";
import "../portal.css";
import { ANGEMELDET_HINWEIS } from "@portal/auth/types";
import { Footer } from "@portal/ui/footer";
import { Header } from "@portal/ui/header";
import { SkipLink } from "@portal/ui/skip-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { FehlerseitenTexte } from "@/components/fehlerseite";
import { KontoStatus } from "@/components/konto-status";
import { allgemeinTexte } from "@/i18n/allgemein";
import { fehlerTexte } from "@/i18n/fehler";
import { kontoTexte } from "@/i18n/konto";
import { isLang } from "@/i18n/sprache";
import { DATA_ATTRIBUTION } from "@/lib/attribution";

// Pages are rendered on first request and then served from the cache until the CMS webhook
// expires what they show; nothing is prerendered at build time, so the build needs no database.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ lang: string }>;
}): Promise<Metadata> {
  const { lang } = await params;
  const d = allgemeinTexte(isLang(lang) ? lang : "de");
  return {
    title: { default: d.siteName, template: `%s – ${d.siteName}` },
    description: d.description,
    metadataBase: new URL(publicUrl()),
  };
}

export default async function LangLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const d = allgemeinTexte(lang);
  const other = lang === "de" ? "en" : "de";
  return (
    <html lang={lang}>
      <body>
        <SkipLink href="#inhalt">{d.skipLink}</SkipLink>
        <Header
          siteName={d.siteName}
          subtitle={d.subtitle}
          homeHref={`/${lang}`}
          navigationLabel={d.nav.label}
          navigation={[
            { href: `/${lang}/lebenslagen`, label: d.nav.lebenslagen },
            { href: `/${lang}/behoerden`, label: d.nav.behoerden },
            { href: `/${lang}/beteiligung`, label: d.nav.beteiligung },
            { href: `/${lang}/suche`, label: d.nav.suche },
          ]}
          languagesLabel={d.languages.label}
          actions={
            <KontoStatus
              href={`/${lang}/konto`}
              cookie={ANGEMELDET_HINWEIS}
              abgemeldet={kontoTexte(lang).servicekonto}
              angemeldet={kontoTexte(lang).meinKonto}
            />
          }
          languages={[
            { href: `/${lang}`, label: lang === "de" ? "Deutsch" : "English", lang, current: true },
            { href: `/${other}`, label: other === "de" ? "Deutsch" : "English", lang: other },
          ]}
        />
        <main id="inhalt" tabIndex={-1} className="portal-container portal-main">
          {/* The error page (error.tsx, a client component) takes its strings from here: only
              this language's, so no page ships the other language's error texts. */}
          <FehlerseitenTexte lang={lang} texte={fehlerTexte(lang)}>
            {children}
          </FehlerseitenTexte>
        </main>
        <Footer
          groups={[
            {
              heading: d.footer.service,
              links: [
                { href: `/${lang}/leichte-sprache`, label: d.footer.leichteSprache },
                { href: `/${lang}/gebaerdensprache`, label: d.footer.gebaerdensprache },
                { href: `/${lang}/kontakt`, label: d.footer.kontakt },
                { href: "/sitemap.xml", label: d.footer.sitemap },
              ],
            },
            {
              heading: d.footer.rechtliches,
              links: [
                { href: `/${lang}/impressum`, label: d.footer.impressum },
                { href: `/${lang}/datenschutz`, label: d.footer.datenschutz },
                { href: `/${lang}/barrierefreiheit`, label: d.footer.barrierefreiheit },
                { href: `/${lang}/quellen`, label: d.footer.quellen },
              ],
            },
          ]}
          attribution={<span lang="de">{DATA_ATTRIBUTION}</span>}
        />
      </body>
    </html>
  );
}
