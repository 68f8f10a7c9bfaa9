import type { ReactNode } from "react";
import { cx } from "../../internal/cx";
import { describedBy, Hint } from "../../internal/field";
import { KernIcon } from "../../internal/icon";

export interface SearchFormProps {
  /** URL of the results page; the form sends a GET request there (`?q=…`), so results can be bookmarked and shared. */
  action: string;
  /** Query parameter name. Default "q". */
  name?: string;
  /** Input id. Default "suche". */
  id?: string;
  /** Visible label of the field. Default "Suchbegriff"; "Search term" in English. */
  label?: ReactNode;
  /**
   * Hide the label visually (it stays the field's accessible name), e.g. in the header where the
   * button already says "Suchen".
   */
  labelHidden?: boolean;
  /** Help text, e.g. "Zum Beispiel Personalausweis oder Wohngeld", linked by `aria-describedby`. */
  hint?: ReactNode;
  /** The current query, shown again on the results page. */
  defaultValue?: string;
  /** Button text. Default "Suchen"; "Search" in English. */
  buttonLabel?: string;
  /**
   * Name of the `<search>` landmark. Needed only when a page has two search forms (e.g. header and
   * results page), so they can be told apart.
   */
  landmarkLabel?: string;
  /** Extra parameters sent with the query, e.g. a selected municipality (`{ ars: "146120000000" }`). */
  hiddenFields?: Record<string, string>;
  /**
   * Longest query the field accepts (`maxlength`), when the results page searches only that many
   * characters anyway; the browser then stops the typing instead of the server cutting it off.
   */
  maxLength?: number;
}

/**
 * Search field with submit button: a native GET `<form>` in HTML's `<search>` landmark, so it
 * works without JavaScript and assistive technology lists it as the search. KERN input group
 * layout: the field takes the space, the button wraps under it on narrow screens.
 */
export function SearchForm({
  action,
  name = "q",
  id = "suche",
  label = "Suchbegriff",
  labelHidden,
  hint,
  defaultValue,
  buttonLabel = "Suchen",
  landmarkLabel,
  hiddenFields = {},
  maxLength,
}: SearchFormProps) {
  const hintId = `${id}-hint`;
  return (
    <search aria-label={landmarkLabel}>
      <form action={action} method="get">
        {Object.entries(hiddenFields).map(([field, value]) => (
          <input key={field} type="hidden" name={field} value={value} />
        ))}
        <div className="kern-form-input">
          <label className={cx("kern-label", labelHidden && "kern-sr-only")} htmlFor={id}>
            {label}
          </label>
          {hint ? <Hint id={hintId}>{hint}</Hint> : null}
          <div className="kern-input-group">
            <input
              className="kern-form-input__input"
              type="search"
              id={id}
              name={name}
              defaultValue={defaultValue}
              maxLength={maxLength}
              enterKeyHint="search"
              aria-describedby={describedBy(hint ? hintId : undefined)}
            />
            <button type="submit" className="kern-btn kern-btn--primary">
              <KernIcon name="search" />
              <span className="kern-label">{buttonLabel}</span>
            </button>
          </div>
        </div>
      </form>
    </search>
  );
}
