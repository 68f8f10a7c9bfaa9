import { Alert } from "@portal/ui/alert";
import { Pagination, paginationItems } from "@portal/ui/pagination";
import { Leistungsliste } from "@/components/leistungsliste";
import { Suchformular } from "@/components/suchformular";
import { allgemeinTexte } from "@/i18n/allgemein";
import type { Lang } from "@/i18n/sprache";
import { sucheTexte } from "@/i18n/suche";
import { searchLeistungen } from "@/lib/data";

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
  const a = allgemeinTexte(lang);
  const d = sucheTexte(lang);
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
        <Alert
          variant="info"
          role="status"
          title={d.tooLong(MAX_QUERY)}
          variantLabel={a.infoPrefix}
        />
      ) : null}
      <div aria-live="polite">
        {!ergebnis ? null : ergebnis.treffer.length === 0 ? (
          <div className="portal-stack" data-testid="keine-treffer">
            <h2 className="kern-heading-medium">{d.none(query)}</h2>
            <p className="kern-body">{d.noneHelp}</p>
            <p className="kern-body">
              <a className="kern-link" href={`/${lang}/lebenslagen`}>
                {a.nav.lebenslagen}
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
        <Pagination
          items={paginationItems(page, pages, href)}
          previousHref={page > 1 ? href(page - 1) : undefined}
          nextHref={page < pages ? href(page + 1) : undefined}
          label={d.pagination}
          previousLabel={d.previous}
          nextLabel={d.next}
          pageLabel={d.page}
        />
      ) : null}
    </div>
  );
}
