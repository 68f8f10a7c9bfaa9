import { type ChoiceOption, Choices, type ChoicesProps } from "../../internal/choices";

export type CheckboxOption = ChoiceOption;

export interface CheckboxesProps extends ChoicesProps {
  /** The checked values; the server reads them with `formData.getAll(name)`. */
  defaultValues?: string[];
}

/**
 * Any number of answers: native checkboxes with `<label for>` in a `<fieldset>` whose `<legend>`
 * is the question (KERN `kern-form-check`). Works without JavaScript.
 */
export function Checkboxes({ defaultValues = [], ...props }: CheckboxesProps) {
  return <Choices {...props} type="checkbox" checked={(value) => defaultValues.includes(value)} />;
}
