import type { ReactNode } from "react";
import { cx } from "../../internal/cx";
import { KernIcon } from "../../internal/icon";

export interface LinkListItem {
  href: string;
  /** Link text; it must make sense out of context, as screen readers list links on their own. */
  label: ReactNode;
  /** Short description under the link, outside the link's name. */
  description?: ReactNode;
}

export interface LinkListProps {
  items: LinkListItem[];
  /** KERN list size. Default `default`. */
  size?: "small" | "default" | "large";
  /** Show KERN's forward arrow before each link (decorative). Default `true`. */
  icon?: boolean;
}

/**
 * A list of related links (`<ul>` of KERN links), e.g. "Weitere Informationen" on a service page.
 * A real list lets screen readers announce how many links follow.
 */
export function LinkList({ items, size = "default", icon = true }: LinkListProps) {
  return (
    <ul className={cx("kern-list", size !== "default" && `kern-list--${size}`)}>
      {items.map((item) => (
        <li key={item.href}>
          <a className={cx("kern-link", size === "small" && "kern-link--small")} href={item.href}>
            {icon ? (
              <KernIcon name="arrow-forward" size={size === "small" ? "small" : "default"} />
            ) : null}
            {item.label}
          </a>
          {item.description ? (
            <p className="kern-body kern-body--small kern-body--muted">{item.description}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
