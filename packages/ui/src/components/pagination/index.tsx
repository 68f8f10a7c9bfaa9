import { KernIcon } from "../../internal/icon";

/** A numbered page link. */
export interface PaginationPage {
  number: number;
  href: string;
  /** The page being shown; announced with `aria-current="page"` and shown in bold. */
  current?: boolean;
}

/** A page link, or a gap ("…") between non-adjacent page numbers. */
export type PaginationItem = PaginationPage | "ellipsis";

export interface PaginationProps {
  /** Page links in order, with `"ellipsis"` for gaps; `paginationItems()` builds them. */
  items: PaginationItem[];
  /** URL of the previous page; omitted on the first page. */
  previousHref?: string;
  /** URL of the next page; omitted on the last page. */
  nextHref?: string;
  /** Accessible name of the `<nav>`. Default "Seitennavigation"; "Pagination" in English. */
  label?: string;
  /** Text of the previous link. Default "Vorherige Seite". */
  previousLabel?: string;
  /** Text of the next link. Default "Nächste Seite". */
  nextLabel?: string;
  /**
   * Visually hidden word before each number, so a page link is read as "Seite 3", not just "3".
   * Default "Seite"; "Page" in English.
   */
  pageLabel?: string;
}

/**
 * Builds page items for `Pagination`: first and last page, the current page with `siblings`
 * neighbours each side, and `"ellipsis"` for the gaps.
 */
export function paginationItems(
  current: number,
  total: number,
  hrefFor: (page: number) => string,
  siblings = 1,
): PaginationItem[] {
  const items: PaginationItem[] = [];
  let previous = 0;
  for (let page = 1; page <= total; page++) {
    const near = Math.abs(page - current) <= siblings;
    if (page !== 1 && page !== total && !near) continue;
    if (page - previous > 1) items.push("ellipsis");
    items.push({ number: page, href: hrefFor(page), current: page === current });
    previous = page;
  }
  return items;
}

/**
 * Links between the pages of a result list, in a named `<nav>`. Plain links with `rel`
 * prev/next, so it works without JavaScript and search engines follow it. The current page is a
 * link with `aria-current="page"`, bold and with a thick underline, so it is not marked by colour
 * alone. The list's spacing keeps every link a separate 24 px target (WCAG 2.5.8).
 */
export function Pagination({
  items,
  previousHref,
  nextHref,
  label = "Seitennavigation",
  previousLabel = "Vorherige Seite",
  nextLabel = "Nächste Seite",
  pageLabel = "Seite",
}: PaginationProps) {
  return (
    <nav aria-label={label} className="kern-py-md">
      <ul className="kern-list kern-list--horizontal kern-align-items-center">
        {previousHref !== undefined ? (
          <li>
            <a className="kern-link" href={previousHref} rel="prev">
              <KernIcon name="chevron-left" />
              {previousLabel}
            </a>
          </li>
        ) : null}
        {items.map((item, index) =>
          item === "ellipsis" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity but their position
            <li key={`ellipsis-${index}`} className="kern-body">
              …
            </li>
          ) : (
            <li key={item.number}>
              <a
                className="kern-link"
                href={item.href}
                aria-current={item.current ? "page" : undefined}
              >
                <span className="kern-sr-only">{pageLabel} </span>
                {item.number}
              </a>
            </li>
          ),
        )}
        {nextHref !== undefined ? (
          <li>
            <a className="kern-link" href={nextHref} rel="next">
              {nextLabel}
              <KernIcon name="chevron-right" />
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
