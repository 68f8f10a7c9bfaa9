import { requireUser } from "@portal/auth/next";
import type { Metadata } from "next";
import { BereichSeite } from "@/components/bereich-seite";
import { datenschutzTexte } from "@/i18n/datenschutz";
import { datenTexte } from "@/i18n/profil";
import { langOrNotFound } from "@/lib/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: datenTexte(langOrNotFound((await params).lang)).title };
}

/**
 * The citizen's copy of their data, and the way to deleting the account. Plain links: the
 * downloads work without JavaScript.
 */
export default async function DatenPage({ params }: Props) {
  const lang = langOrNotFound((await params).lang);
  await requireUser({ lang, zurueck: `/${lang}/konto/daten` });
  const d = datenTexte(lang);
  const l = datenschutzTexte(lang).loeschen;
  return (
    <BereichSeite lang={lang} bereich="konto" titel={d.title}>
      <p className="kern-body">{d.einleitung}</p>
      <ul className="kern-list">
        <li>
          <a className="kern-link" href={`/${lang}/konto/daten/export.json`} download>
            {d.json}
          </a>
        </li>
        <li>
          <a className="kern-link" href={`/${lang}/konto/daten/export.html`} download>
            {d.html}
          </a>
        </li>
      </ul>
      <h2 className="kern-heading-medium">{l.title}</h2>
      <p className="kern-body">{l.einleitung}</p>
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/konto/daten/loeschen`}>
          {l.title}
        </a>
      </p>
    </BereichSeite>
  );
}
