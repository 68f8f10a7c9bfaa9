import type { ReactNode } from "react";
import { KernIcon } from "../../internal/icon";
import { type FeedbackVariant, type HeadingLevel, headingTag } from "../../internal/types";

const defaultVariantLabels: Record<FeedbackVariant, string> = {
  info: "Hinweis:",
  success: "Erfolg:",
  warning: "Warnung:",
  danger: "Fehler:",
};

export interface AlertProps {
  /** KERN feedback colour and icon. Default `info`. */
  variant?: FeedbackVariant;
  /** Short title in the alert's header. */
  title: ReactNode;
  /** Body. A string becomes a KERN body paragraph; pass elements for lists or links. */
  children?: ReactNode;
  /**
   * Render the title as a heading of this rank so screen reader users can find the alert by
   * heading; without it the title is a KERN title `<p>`.
   */
  headingLevel?: Exclude<HeadingLevel, 1>;
  /**
   * Live region role. Leave it out for messages that are part of the page when it loads (a
   * screen reader reads them in order); `status` for polite updates, `alert` only for urgent ones
   * inserted later, because an alert interrupts whatever is being read.
   */
  role?: "alert" | "status";
  /**
   * Visually hidden word before the title that says what the colour and icon show ("Warnung:").
   * Defaults per variant in German: "Hinweis:", "Erfolg:", "Warnung:", "Fehler:".
   */
  variantLabel?: string;
}

/** KERN alert (`kern-alert`): an information, success, warning or danger message. */
export function Alert({
  variant = "info",
  title,
  children,
  headingLevel,
  role,
  variantLabel,
}: AlertProps) {
  const Title = headingLevel ? headingTag(headingLevel) : "p";
  return (
    <div className={`kern-alert kern-alert--${variant}`} role={role}>
      <div className="kern-alert__header">
        <KernIcon name={variant} />
        <Title className="kern-title">
          <span className="kern-sr-only">{variantLabel ?? defaultVariantLabels[variant]} </span>
          {title}
        </Title>
      </div>
      {children !== undefined && children !== null ? (
        <div className="kern-alert__body">
          {typeof children === "string" ? <p className="kern-body">{children}</p> : children}
        </div>
      ) : null}
    </div>
  );
}
