import type { HTMLInputAutoCompleteAttribute, ReactNode, SelectHTMLAttributes } from "react";
import { cx } from "../../internal/cx";
import { describedBy, FieldError, fieldIds, Hint } from "../../internal/field";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Options under a heading (`<optgroup>`), e.g. Landkreise and Kreisfreie Städte. */
export interface SelectOptionGroup {
  label: string;
  options: SelectOption[];
}

type NativeSelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  | "id"
  | "name"
  | "className"
  | "children"
  | "defaultValue"
  | "value"
  | "required"
  | "autoComplete"
  | "multiple"
  | "aria-invalid"
>;

export interface SelectProps extends NativeSelectProps {
  /** Visible label, rendered as `<label for>` (the select's accessible name). */
  label: ReactNode;
  /** Form field name. */
  name: string;
  /** Element id, default `name`. Error summary links point here. */
  id?: string;
  /** Options and option groups, in display order. */
  options: Array<SelectOption | SelectOptionGroup>;
  /** Pre-selected value, e.g. what the user chose before a failed submission. */
  defaultValue?: string;
  /**
   * Text of a first option with an empty value, e.g. "Bitte auswählen" / "Please select". Without
   * it the browser pre-selects the first real option, and users may submit it unnoticed.
   */
  emptyOption?: string;
  /** Help text, linked by `aria-describedby`. */
  hint?: ReactNode;
  /** Error message: KERN error style, `aria-invalid="true"`, linked by `aria-describedby`. */
  error?: ReactNode;
  /** Hidden prefix read before the error. Default "Fehler:". */
  errorPrefix?: string;
  /** Native `required`, announced by screen readers. */
  required?: boolean;
  /** Adds KERN's optional marker to the label. */
  optional?: boolean;
  /** Text of the optional marker. Default "(optional)". */
  optionalText?: string;
  /** Autofill token, e.g. `country-name` (WCAG 1.3.5). */
  autoComplete?: HTMLInputAutoCompleteAttribute;
}

function isGroup(option: SelectOption | SelectOptionGroup): option is SelectOptionGroup {
  return "options" in option;
}

function renderOption(option: SelectOption) {
  return (
    <option key={option.value} value={option.value} disabled={option.disabled}>
      {option.label}
    </option>
  );
}

/**
 * Native `<select>` in KERN's form-input pattern. A native element keeps keyboard use, screen
 * reader support and mobile pickers for free; prefer radios when there are fewer than about seven
 * options, so all choices are visible at once.
 */
export function Select({
  label,
  name,
  id = name,
  options,
  defaultValue,
  emptyOption,
  hint,
  error,
  errorPrefix = "Fehler:",
  required,
  optional,
  optionalText = "(optional)",
  autoComplete,
  "aria-describedby": extraDescribedBy,
  ...native
}: SelectProps) {
  const { hintId, errorId } = fieldIds(id);
  const hasError = error !== undefined && error !== null && error !== false;
  return (
    <div className={cx("kern-form-input", hasError && "kern-form-input--error")}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> {optionalText}</span> : null}
      </label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      <div className="kern-form-input__select-wrapper">
        <select
          {...native}
          className={cx("kern-form-input__select", hasError && "kern-form-input__select--error")}
          id={id}
          name={name}
          defaultValue={defaultValue ?? (emptyOption !== undefined ? "" : undefined)}
          required={required}
          autoComplete={autoComplete}
          aria-invalid={hasError ? true : undefined}
          aria-describedby={describedBy(
            hint ? hintId : undefined,
            hasError && errorId,
            extraDescribedBy,
          )}
        >
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((option) =>
            isGroup(option) ? (
              <optgroup key={`group:${option.label}`} label={option.label}>
                {option.options.map(renderOption)}
              </optgroup>
            ) : (
              renderOption(option)
            ),
          )}
        </select>
      </div>
      {hasError ? (
        <FieldError id={errorId} prefix={errorPrefix}>
          {error}
        </FieldError>
      ) : null}
    </div>
  );
}
