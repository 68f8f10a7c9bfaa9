/** The six HTML heading ranks. Components take the rank separately from the visual size. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Heading element tag for a rank. */
export type HeadingTag = `h${HeadingLevel}`;

export function headingTag(level: HeadingLevel): HeadingTag {
  return `h${level}`;
}

/** KERN's feedback variants, shared by alert and badge. */
export type FeedbackVariant = "info" | "success" | "warning" | "danger";
