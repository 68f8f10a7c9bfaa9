import { type ChoiceOption, Choices, type ChoicesProps } from "../../internal/choices";

export type RadioOption = ChoiceOption;

export interface RadiosProps extends ChoicesProps {
  /** The checked value, e.g. the user's choice before a failed submission. */
  defaultValue?: string;
  /** Native `required` on the group (browsers require one of the radios). */
  required?: boolean;
}

/**
 * One answer out of several: native radio inputs with `<label for>` in a `<fieldset>` whose
 * `<legend>` is the question (KERN `kern-form-check`). Arrow keys move between options natively;
 * works without JavaScript.
 */
export function Radios({ defaultValue, required, ...props }: RadiosProps) {
  return (
    <Choices
      {...props}
      type="radio"
      required={required}
      checked={(value) => value === defaultValue}
    />
  );
}
