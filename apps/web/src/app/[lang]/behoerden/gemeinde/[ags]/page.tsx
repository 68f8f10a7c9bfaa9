import { Breadcrumbs } from "@portal/ui/breadcrumbs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { allgemeinTexte } from "@/i18n/allgemein";
import { behoerdeTexte } from "@/i18n/behoerde";
import { getBehoerdenForGemeinde, getGemeinde } from "@/lib/data";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string; ags: string }> };

/** Rendered on first request, then cached until the CMS webhook expires what it shows. */
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { lang: rawLang, ags } = await params;
  const lang = langOrNotFound(rawLang);
  if (!/^\d{8}$/.test(ags)) notFound();
  const gemeinde = await getGemeinde(ags);
  if (!gemeinde) notFound();
  return { lang, gemeinde };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, gemeinde } = await load(params);
  return { title: behoerdeTexte(lang).fuer(gemeinde.name) };
}

/** The authorities that provide services for one municipality, most services first. */
export default async function BehoerdenGemeindePage({ params }: Props) {
  const { lang, gemeinde } = await load(params);
  const a = allgemeinTexte(lang);
  const d = behoerdeTexte(lang);
  const behoerden = await getBehoerdenForGemeinde(gemeinde.ags);
  return (
    <div className="portal-stack">
      <Breadcrumbs
        label={a.breadcrumbs}
        items={[
          { href: `/${lang}`, label: a.nav.home },
          { href: `/${lang}/behoerden`, label: d.title },
          { label: gemeinde.name },
        ]}
      />
      <h1 className="kern-heading-x-large">{d.fuer(`${gemeinde.name} (${gemeinde.kreis})`)}</h1>
      {behoerden.length ? (
        <ul className="portal-list-plain portal-stack" data-testid="behoerdenliste">
          {behoerden.map((b) => (
            <li key={b.schluessel}>
              <h2 className="kern-heading-small">
                <a className="kern-link" href={`/${lang}/behoerden/${b.schluessel}`}>
                  {b.name}
                </a>
              </h2>
              <p className="kern-body">{d.leistungenCount(b.leistungen)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{d.keineBehoerden}</p>
      )}
    </div>
  );
}
