import type { ReactNode } from "react";
import { cx } from "../../internal/cx";
import { KernIcon } from "../../internal/icon";
import type { FeedbackVariant } from "../../internal/types";

export interface BadgeProps {
  /** KERN feedback colour and icon. Default `info`. */
  variant?: FeedbackVariant;
  /**
   * The status in words ("In Bearbeitung", "Bewilligt"). The text carries the meaning; colour and
   * icon only repeat it, so the badge does not rely on colour (WCAG 1.4.1).
   */
  children: ReactNode;
  /** Show the variant's icon (decorative). Default `true`. */
  icon?: boolean;
  /** KERN's small badge. */
  small?: boolean;
}

/** KERN badge (`kern-badge`): a short status label, e.g. the state of an application. */
export function Badge({ variant = "info", children, icon = true, small }: BadgeProps) {
  return (
    <span className={cx("kern-badge", `kern-badge--${variant}`, small && "kern-badge--small")}>
      {icon ? <KernIcon name={variant} /> : null}
      <span className="kern-label kern-label--small">{children}</span>
    </span>
  );
}
