import type { HTMLInputAutoCompleteAttribute, InputHTMLAttributes, ReactNode } from "react";
import { cx } from "../../internal/cx";
import { describedBy, FieldError, fieldIds, Hint } from "../../internal/field";

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | "id"
  | "name"
  | "type"
  | "className"
  | "children"
  | "defaultValue"
  | "value"
  | "autoComplete"
  | "inputMode"
  | "required"
  | "aria-invalid"
>;

export interface TextInputProps extends NativeInputProps {
  /** Visible question or field name. Rendered as `<label for>`, so clicking it focuses the field and it is the field's accessible name. */
  label: ReactNode;
  /** Form field name; what the server action receives. */
  name: string;
  /**
   * Element id. Default: `name`. Error summary links point here (`href="#<id>"`), and hint and
   * error get `<id>-hint` and `<id>-error`.
   */
  id?: string;
  /** Help text under the label, linked to the input by `aria-describedby` so it is read with the field. */
  hint?: ReactNode;
  /**
   * Error message. Switches on KERN's error style and sets `aria-invalid="true"`; the message is
   * linked by `aria-describedby` (after the hint) and starts with a visually hidden `errorPrefix`.
   * Say how to fix it: "Geben Sie Ihre Postleitzahl mit 5 Ziffern ein".
   */
  error?: ReactNode;
  /** Hidden prefix read before the error message. Default "Fehler:"; "Error:" in English. */
  errorPrefix?: string;
  /** What the user entered before (also after a failed submission, so nothing typed is lost). */
  defaultValue?: string;
  /** Input type. Default `text`. For numbers like a postcode prefer `text` with `inputMode="numeric"`. */
  type?: "text" | "email" | "tel" | "url" | "password" | "search" | "number" | "date";
  /**
   * Autofill token (e.g. `given-name`, `postal-code`, `email`). Required for personal data by
   * WCAG 1.3.5, and saves users typing.
   */
  autoComplete?: HTMLInputAutoCompleteAttribute;
  /** Virtual keyboard to show, e.g. `numeric` for postcodes and IBAN check digits. */
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
  /** Sets the native `required` attribute, which screen readers announce. */
  required?: boolean;
  /**
   * Adds KERN's optional marker to the label. Marking the few optional fields rather than the many
   * required ones is the GOV.UK and KERN recommendation.
   */
  optional?: boolean;
  /** Text of the optional marker. Default "(optional)". */
  optionalText?: string;
  /** Fixed width for short values: `2` or `4` characters (KERN's date part widths). */
  width?: 2 | 4;
}

/**
 * Single-line text field in KERN's form-input pattern: label, optional hint, input and error
 * message in one `kern-form-input` block. Works without JavaScript; validation happens on the
 * server and comes back as `error` with the entered `defaultValue`.
 */
export function TextInput({
  label,
  name,
  id = name,
  hint,
  error,
  errorPrefix = "Fehler:",
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  required,
  optional,
  optionalText = "(optional)",
  width,
  "aria-describedby": extraDescribedBy,
  ...native
}: TextInputProps) {
  const { hintId, errorId } = fieldIds(id);
  const hasError = error !== undefined && error !== null && error !== false;
  return (
    <div className={cx("kern-form-input", hasError && "kern-form-input--error")}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> {optionalText}</span> : null}
      </label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      <input
        {...native}
        className={cx(
          "kern-form-input__input",
          hasError && "kern-form-input__input--error",
          width && `kern-form-input__input--width-${width}`,
        )}
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
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
