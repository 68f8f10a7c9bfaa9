import type { ReactNode } from "react";
import { cx } from "../../internal/cx";

export interface DescriptionListItem {
  /** The term, e.g. "Aktenzeichen". */
  term: ReactNode;
  /** Its value, e.g. "2026-000123". */
  definition: ReactNode;
}

export interface DescriptionListProps {
  items: DescriptionListItem[];
  /**
   * `row` (default): term and value side by side from medium screens on; `column`: value under
   * term at every width (KERN `kern-description-list--col`), for long values; `compact`: side by
   * side at every width, the terms as wide as the longest, for short pairs in a narrow column
   * (opening hours "Montag 8:00–12:00", contact channels "Telefon 0351 …"). Long values such as
   * e-mail addresses wrap inside their column, so even at 320 px nothing scrolls sideways.
   */
  layout?: "row" | "column" | "compact";
}

/**
 * Term/value pairs as a native `<dl>` in KERN's description list: screen readers announce the
 * pairing, unlike a table made of divs. Use it for application summaries and authority details.
 */
export function DescriptionList({ items, layout = "row" }: DescriptionListProps) {
  return (
    <dl
      className={cx(
        "kern-description-list",
        layout === "column" && "kern-description-list--col",
        layout === "compact" && "portal-description-list--compact",
      )}
    >
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: terms need not be unique strings
        <div className="kern-description-list-item" key={index}>
          <dt className="kern-description-list-item__key">{item.term}</dt>
          <dd className="kern-description-list-item__value">{item.definition}</dd>
        </div>
      ))}
    </dl>
  );
}
