import type { Leistungstreffer } from "@portal/katalog/server";
import { type Lang, langAttr } from "@/i18n/sprache";

/** A list of services as linked titles with their short text. */
export function Leistungsliste({
  leistungen,
  lang,
  headingLevel = 2,
}: {
  leistungen: Leistungstreffer[];
  lang: Lang;
  headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as const;
  return (
    <ul className="portal-list-plain portal-stack" data-testid="leistungsliste">
      {leistungen.map((l) => (
        <li key={l.documentId} lang={langAttr(l.locale, lang)}>
          <H className="kern-heading-small">
            <a className="kern-link" href={`/${lang}/leistungen/${l.slug}`}>
              {l.titel}
            </a>
          </H>
          <p className="kern-body">{l.kurztext}</p>
        </li>
      ))}
    </ul>
  );
}
