import type { ReactNode } from "react";
import { Fieldset } from "../components/fieldset";
import { cx } from "./cx";

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  disabled?: boolean;
}

export interface ChoicesProps {
  /** The question, rendered as the fieldset's `<legend>`. */
  legend: ReactNode;
  /** Field name shared by all options; the server receives the checked value(s). */
  name: string;
  /**
   * Id of the first option, default `name`, so an error summary link `#<name>` lands on the first
   * choice. Further options get `<id>-2`, `<id>-3` …; the fieldset gets `<id>-fieldset`.
   */
  id?: string;
  options: ChoiceOption[];
  /** Help for the whole question, linked to the fieldset by `aria-describedby`. */
  hint?: ReactNode;
  /** Error for the question, linked to the fieldset by `aria-describedby`; KERN error style on every option. */
  error?: ReactNode;
  /** Hidden prefix read before the error. Default "Fehler:". */
  errorPrefix?: string;
  /** Options side by side, for short answers like "Ja" / "Nein". */
  horizontal?: boolean;
  /** KERN label size of the legend. */
  legendSize?: "default" | "large";
  /** Wraps the legend in the page's `<h1>` on one-question pages. */
  legendIsPageHeading?: boolean;
}

export function optionId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

export function Choices({
  type,
  checked,
  required,
  legend,
  name,
  id = name,
  options,
  hint,
  error,
  errorPrefix,
  horizontal,
  legendSize,
  legendIsPageHeading,
}: ChoicesProps & {
  type: "radio" | "checkbox";
  checked: (value: string) => boolean;
  required?: boolean;
}) {
  const hasError = error !== undefined && error !== null && error !== false;
  const inputClass = type === "radio" ? "kern-form-check__radio" : "kern-form-check__checkbox";
  return (
    <Fieldset
      id={`${id}-fieldset`}
      legend={legend}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      horizontal={horizontal}
      legendSize={legendSize}
      legendIsPageHeading={legendIsPageHeading}
    >
      {options.map((option, index) => {
        const inputId = optionId(id, index);
        return (
          <div className="kern-form-check" key={option.value}>
            <input
              className={cx(inputClass, hasError && `${inputClass}--error`)}
              type={type}
              id={inputId}
              name={name}
              value={option.value}
              defaultChecked={checked(option.value)}
              disabled={option.disabled}
              required={required}
            />
            <label className="kern-label" htmlFor={inputId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </Fieldset>
  );
}
