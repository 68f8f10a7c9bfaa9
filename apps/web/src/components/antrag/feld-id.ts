/** The id of a field's input: paths have dots, which would need escaping in selectors. */
export const feldId = (pfad: string) => `feld-${pfad.replace(/\./g, "-")}`;
