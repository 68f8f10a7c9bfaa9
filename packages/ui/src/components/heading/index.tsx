import type { ReactNode } from "react";
import { cx } from "../../internal/cx";
import { type HeadingLevel, headingTag } from "../../internal/types";

export type HeadingSize = "display" | "x-large" | "large" | "medium" | "small";

const defaultSize: Record<HeadingLevel, HeadingSize> = {
  1: "x-large",
  2: "large",
  3: "medium",
  4: "small",
  5: "small",
  6: "small",
};

export interface HeadingProps {
  /**
   * Rank in the page outline (`<h1>`–`<h6>`). Choose it by structure, never by looks: screen
   * reader users navigate and skim by heading rank. One `<h1>` per page.
   */
  level: HeadingLevel;
  /** KERN heading size, independent of the rank. Default: x-large for 1, large for 2, medium for 3, small below. */
  size?: HeadingSize;
  children: ReactNode;
  id?: string;
  /**
   * Small line shown above the heading (KERN "Vorzeile"), e.g. "Leistung". It comes after the
   * heading in the source and KERN's `kern-hgroup` moves it up visually, so jumping to the heading
   * lands on the heading itself, with the preline read right after it.
   */
  preline?: ReactNode;
  /** Line under the heading (KERN "Unterzeile"), e.g. the responsible authority. */
  subline?: ReactNode;
}

/** Heading with rank and KERN size chosen separately; with pre- or subline it becomes an `<hgroup>`. */
export function Heading({ level, size, children, id, preline, subline }: HeadingProps) {
  const Tag = headingTag(level);
  const heading = (
    <Tag className={cx(`kern-heading-${size ?? defaultSize[level]}`)} id={id}>
      {children}
    </Tag>
  );
  if (!preline && !subline) return heading;
  return (
    <hgroup className="kern-hgroup">
      {heading}
      {preline ? <p className="kern-preline">{preline}</p> : null}
      {subline ? <p className="kern-subline">{subline}</p> : null}
    </hgroup>
  );
}
