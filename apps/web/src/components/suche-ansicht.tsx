import { Leistungsliste } from "@/components/leistungsliste";
import { Suchformular } from "@/components/suchformular";
import { searchLeistungen } from "@/lib/data";
import { type Lang, t } from "@/lib/i18n";

export const MAX_QUERY = 200;
const PAGE_SIZE = 20;

/** The search page's content for one query and result page (shared by the dynamic and the cached route). */
export async function SucheAnsicht({
  lang,
  query,
  truncated,
  page,
}: {
  lang: Lang;
  query: string;
  truncated: boolean;
  page: number;
}) {
  const d = t(lang).search;
  const ergebnis = query
    ? await searchLeistungen(query, lang, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    : null;
  const pages = ergebnis ? Math.ceil(ergebnis.gesamt / PAGE_SIZE) : 0;
  const href = (p: number) =>
    `/${lang}/suche?q=${encodeURIComponent(query)}${p > 1 ? `&seite=${p}` : ""}`;
  return (
    <div className="portal-stack">
      <h1 className="kern-heading-x-large">{d.title}</h1>
      <Suchformular lang={lang} defaultValue={query} />
      {truncated ? (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{d.tooLong(MAX_QUERY)}</p>
          </div>
        </div>
      ) : null}
      <div aria-live="polite">
        {!ergebnis ? null : ergebnis.treffer.length === 0 ? (
          <div className="portal-stack" data-testid="keine-treffer">
            <h2 className="kern-heading-medium">{d.none(query)}</h2>
            <p className="kern-body">{d.noneHelp}</p>
            <p className="kern-body">
              <a className="kern-link" href={`/${lang}/lebenslagen`}>
                {t(lang).nav.lebenslagen}
              </a>
            </p>
          </div>
        ) : (
          <>
            <h2 className="kern-heading-medium" data-testid="trefferzahl">
              {ergebnis.unscharf ? d.fuzzy(query) : d.resultsFor(query, ergebnis.gesamt)}
            </h2>
            <Leistungsliste leistungen={ergebnis.treffer} lang={lang} headingLevel={3} />
          </>
        )}
      </div>
      {pages > 1 ? (
        <nav aria-label={d.pagination}>
          <ul className="kern-list kern-list--horizontal">
            {page > 1 ? (
              <li>
                <a className="kern-link" href={href(page - 1)} rel="prev">
                  {d.previous}
                </a>
              </li>
            ) : null}
            {Array.from({ length: pages }, (_, i) => i + 1).map((p) => (
              <li key={p}>
                <a
                  className="kern-link"
                  href={href(p)}
                  aria-current={p === page ? "page" : undefined}
                  aria-label={d.page(p)}
                >
                  {p}
                </a>
              </li>
            ))}
            {page < pages ? (
              <li>
                <a className="kern-link" href={href(page + 1)} rel="next">
                  {d.next}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
