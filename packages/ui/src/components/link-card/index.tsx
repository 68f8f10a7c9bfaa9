import type { ReactNode } from "react";
import type { HeadingLevel } from "../../internal/types";
import { Card } from "../card";

export interface LinkCardProps {
  /** Link target of the whole card. */
  href: string;
  /** Title; it is the link text, so it alone must say where the link goes ("Wohngeld beantragen"). */
  title: ReactNode;
  /** Short description under the title, read after the link. */
  description?: ReactNode;
  /** Small line above the title, e.g. "Leistung" or "Lebenslage". */
  preline?: ReactNode;
  /** Rank of the title heading. Default 2; 3 under a section heading. */
  headingLevel?: Exclude<HeadingLevel, 1>;
  /** KERN card size. */
  size?: "small" | "default" | "large";
}

/**
 * A KERN interactive card whose title is a link stretched over the whole card: a large click
 * target for pointer users, one concise link ("Wohngeld beantragen") for keyboard and screen
 * reader users, not the whole card text as link name. For service and life-event overviews.
 */
export function LinkCard({ href, title, description, preline, headingLevel, size }: LinkCardProps) {
  return (
    <Card href={href} title={title} preline={preline} headingLevel={headingLevel} size={size}>
      {description}
    </Card>
  );
}
