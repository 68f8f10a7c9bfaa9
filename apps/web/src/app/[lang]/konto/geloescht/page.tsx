import type { Metadata } from "next";
import { datenschutzTexte } from "@/i18n/datenschutz";
import { langOrNotFound } from "@/lib/params";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: datenschutzTexte(langOrNotFound((await params).lang)).geloescht.title,
    robots: { index: false },
  };
}

/**
 * After the account was deleted: nobody is signed in any more, so the page needs no session and
 * shows nothing of the account. `mail=1` when the account had an address the confirmation went
 * to (it says only that a mail was sent, which anyone could claim by typing the link).
 */
export default async function GeloeschtPage({ params, searchParams }: Props) {
  const lang = langOrNotFound((await params).lang);
  const mail = (await searchParams).mail === "1";
  const d = datenschutzTexte(lang).geloescht;
  return (
    <div className="portal-stack">
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <p className="kern-body kern-body--large">
        {d.text}
        {mail ? ` ${d.mail}` : null}
      </p>
      <p className="kern-body">{d.antraege}</p>
      <p className="kern-body">{d.neu}</p>
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}`}>
          {d.startseite}
        </a>
      </p>
    </div>
  );
}
