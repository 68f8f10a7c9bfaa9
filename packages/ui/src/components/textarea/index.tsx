import type { ReactNode, TextareaHTMLAttributes } from "react";
import { cx } from "../../internal/cx";
import { describedBy, FieldError, fieldIds, Hint } from "../../internal/field";

type NativeTextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "name" | "className" | "children" | "defaultValue" | "value" | "required" | "aria-invalid"
>;

export interface TextareaProps extends NativeTextareaProps {
  /** Visible label, rendered as `<label for>` (the field's accessible name). */
  label: ReactNode;
  /** Form field name. */
  name: string;
  /** Element id, default `name`. Error summary links point here. */
  id?: string;
  /** Help text, e.g. the character limit, linked by `aria-describedby`. */
  hint?: ReactNode;
  /** Error message: KERN error style, `aria-invalid="true"`, linked by `aria-describedby`. */
  error?: ReactNode;
  /** Hidden prefix read before the error. Default "Fehler:". */
  errorPrefix?: string;
  /** What the user entered before, kept after a failed submission. */
  defaultValue?: string;
  /** Native `required`, announced by screen readers. */
  required?: boolean;
  /** Adds KERN's optional marker to the label. */
  optional?: boolean;
  /** Text of the optional marker. Default "(optional)". */
  optionalText?: string;
  /** Visible height in lines. Default 5. */
  rows?: number;
}

/**
 * Multi-line text field (e.g. a comment in a participation procedure) in KERN's form-input
 * pattern, with the same label, hint and error wiring as `TextInput`.
 */
export function Textarea({
  label,
  name,
  id = name,
  hint,
  error,
  errorPrefix = "Fehler:",
  defaultValue,
  required,
  optional,
  optionalText = "(optional)",
  rows = 5,
  "aria-describedby": extraDescribedBy,
  ...native
}: TextareaProps) {
  const { hintId, errorId } = fieldIds(id);
  const hasError = error !== undefined && error !== null && error !== false;
  return (
    <div className={cx("kern-form-input", hasError && "kern-form-input--error")}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> {optionalText}</span> : null}
      </label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      <textarea
        {...native}
        className={cx("kern-form-input__input", hasError && "kern-form-input__input--error")}
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={describedBy(
          hint ? hintId : undefined,
          hasError && errorId,
          extraDescribedBy,
        )}
      />
      {hasError ? (
        <FieldError id={errorId} prefix={errorPrefix}>
          {error}
        </FieldError>
      ) : null}
    </div>
  );
}
