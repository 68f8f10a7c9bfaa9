import type { ReactNode } from "react";
import { KernIcon } from "../../internal/icon";

export interface BreadcrumbItem {
  /** Link target; leave it out for the current page, which is then shown as text. */
  href?: string;
  label: ReactNode;
}

export interface BreadcrumbsProps {
  /** Path from the home page to the current page. */
  items: BreadcrumbItem[];
  /**
   * Accessible name of the `<nav>` landmark. Default "Brotkrümelnavigation"; "Breadcrumb" in
   * English. It tells screen reader users what this navigation is when they list landmarks.
   */
  label?: string;
}

/**
 * Where the page sits in the portal. An ordered list in a named `<nav>`: the order is the
 * hierarchy, and screen readers announce "list, 3 items". Separators are decorative icons hidden
 * from assistive technology. The last item without `href` is the current page and carries
 * `aria-current="page"`.
 */
export function Breadcrumbs({ items, label = "Brotkrümelnavigation" }: BreadcrumbsProps) {
  return (
    <nav aria-label={label} className="kern-py-sm">
      <ol className="kern-list kern-list--horizontal kern-list--small">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the path order is the identity
            <li key={index} className="kern-flex kern-align-items-center kern-gap-xs">
              {item.href !== undefined ? (
                <a className="kern-link kern-link--small" href={item.href}>
                  {item.label}
                </a>
              ) : (
                <span
                  className="kern-body kern-body--small"
                  aria-current={last ? "page" : undefined}
                >
                  {item.label}
                </span>
              )}
              {last ? null : <KernIcon name="chevron-right" size="small" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
