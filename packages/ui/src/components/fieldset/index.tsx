import type { FieldsetHTMLAttributes, ReactNode } from "react";
import { cx } from "../../internal/cx";
import { describedBy, FieldError, fieldIds, Hint } from "../../internal/field";

export interface FieldsetProps
  extends Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, "className" | "children"> {
  /**
   * The group's question, rendered as `<legend>`: screen readers read it when focus enters any
   * field of the group ("Wie möchten Sie bezahlen?", "Geburtsdatum").
   */
  legend: ReactNode;
  /** Id of the fieldset, and base of `<id>-hint` / `<id>-error`. */
  id: string;
  /** KERN label size of the legend. `large` for a group that is the only question on the page. */
  legendSize?: "default" | "large";
  /**
   * Wraps the legend text in the page's `<h1>`, for one-question pages, so the question is both the
   * page heading and the group name without saying it twice (GOV.UK "legend as page heading").
   */
  legendIsPageHeading?: boolean;
  /** Help for the whole group, linked to the fieldset by `aria-describedby`. */
  hint?: ReactNode;
  /**
   * Error for the whole group: KERN error style, linked by `aria-describedby`. The fields inside
   * keep their own `aria-invalid`. The error summary should link to the first field's id.
   */
  error?: ReactNode;
  /** Hidden prefix read before the error. Default "Fehler:". */
  errorPrefix?: string;
  /** Lay the fields out side by side (`kern-fieldset__body--horizontal`), e.g. day / month / year. */
  horizontal?: boolean;
  /** The grouped fields. */
  children: ReactNode;
}

/**
 * Groups related fields under a question: native `<fieldset>` and `<legend>` (no ARIA group role
 * needed), in KERN's fieldset pattern. Use it for radios, checkboxes and multi-part answers such
 * as a date.
 */
export function Fieldset({
  legend,
  id,
  legendSize = "default",
  legendIsPageHeading,
  hint,
  error,
  errorPrefix = "Fehler:",
  horizontal,
  children,
  "aria-describedby": extraDescribedBy,
  ...native
}: FieldsetProps) {
  const { hintId, errorId } = fieldIds(id);
  const hasError = error !== undefined && error !== null && error !== false;
  return (
    <fieldset
      {...native}
      id={id}
      className={cx("kern-fieldset", hasError && "kern-fieldset--error")}
      aria-describedby={describedBy(
        hint ? hintId : undefined,
        hasError && errorId,
        extraDescribedBy,
      )}
    >
      <legend className={cx("kern-label", legendSize === "large" && "kern-label--large")}>
        {legendIsPageHeading ? <h1 className="kern-heading-large">{legend}</h1> : legend}
      </legend>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      <div className={cx("kern-fieldset__body", horizontal && "kern-fieldset__body--horizontal")}>
        {children}
      </div>
      {hasError ? (
        <FieldError id={errorId} prefix={errorPrefix}>
          {error}
        </FieldError>
      ) : null}
    </fieldset>
  );
}
