"use client";

import { createContext, type ReactNode, useContext, useEffect } from "react";
import type { FehlerTexte } from "@/i18n/fehler/de";
import type { Lang } from "@/i18n/sprache";

// error.tsx gets no props from the server, only the error. The layout, a server component, hands
// it the strings of the page's language through this context, so the error page speaks the page's
// language without the client bundle carrying any dictionary.
const Texte = createContext<{ lang: Lang; texte: FehlerTexte } | null>(null);

export function FehlerseitenTexte({
  lang,
  texte,
  children,
}: {
  lang: Lang;
  texte: FehlerTexte;
  children: ReactNode;
}) {
  return <Texte.Provider value={{ lang, texte }}>{children}</Texte.Provider>;
}

/**
 * What the error page says in one language: what happened (not the citizen's fault), what to do
 * (reload, go home) and how to report it, with the reference that finds the error in the server
 * log. Links, not buttons, so it helps without JavaScript too; the reload link (an empty href, the
 * page itself) keeps the address including a search query.
 */
export function FehlerInhalt({
  lang,
  texte,
  digest,
  ueberschrift = true,
  meldenLevel = 2,
}: {
  lang: Lang;
  texte: FehlerTexte;
  digest?: string;
  /** The title as the page's h1; false where the caller sets the heading itself. */
  ueberschrift?: boolean;
  /** Rank of the "report the problem" heading: 3 inside a section that has its own h2. */
  meldenLevel?: 2 | 3;
}) {
  const Melden = `h${meldenLevel}` as const;
  return (
    <div className="portal-stack" lang={lang}>
      {ueberschrift ? <h1 className="kern-heading-x-large">{texte.title}</h1> : null}
      <p className="kern-body kern-body--large">{texte.text}</p>
      <ul className="kern-list">
        <li>
          {/* biome-ignore lint/a11y/useValidAnchor: the empty URL is the page itself (RFC 3986 § 4.4), query included: a reload that works without JavaScript */}
          <a className="kern-link" href="">
            {texte.retry}
          </a>
        </li>
        <li>
          <a className="kern-link" href={`/${lang}`}>
            {texte.home}
          </a>
        </li>
      </ul>
      <Melden className="kern-heading-medium">{texte.melden}</Melden>
      <p className="kern-body">{texte.meldenText}</p>
      {digest ? (
        <p className="kern-body">
          {texte.kennung} <code data-testid="fehlerkennung">{digest}</code>
        </p>
      ) : null}
      <p className="kern-body">
        <a className="kern-link" href={`/${lang}/kontakt`}>
          {texte.kontakt}
        </a>
      </p>
    </div>
  );
}

/** The error page of a route below /de or /en, in the page's language (see error.tsx). */
export function Fehlerseite({ error }: { error: Error & { digest?: string } }) {
  const kontext = useContext(Texte);
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Outside the layout (cannot happen under [lang]) there is nothing to say it with: let the
  // global error page, which speaks both languages, take over.
  if (!kontext) throw error;
  return (
    <div data-testid="fehlerseite">
      <title>{kontext.texte.title}</title>
      <FehlerInhalt lang={kontext.lang} texte={kontext.texte} digest={error.digest} />
    </div>
  );
}
