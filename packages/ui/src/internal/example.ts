/**
 * One rendered variant of a component, kept as data so the same list drives the accessibility
 * tests and any documentation page (GOV.UK Frontend's `<component>.yaml` fixtures).
 */
export interface Example<Props> {
  name: string;
  props: Props;
}
