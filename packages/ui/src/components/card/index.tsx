import type { ReactNode } from "react";
import { cx } from "../../internal/cx";
import { type HeadingLevel, headingTag } from "../../internal/types";

export interface CardProps {
  /** Card title, rendered as a heading so screen reader users can skim cards by heading. */
  title: ReactNode;
  /** Rank of the title heading. Default 2; use 3 when the cards sit under a section `<h2>`. */
  headingLevel?: Exclude<HeadingLevel, 1>;
  /**
   * Makes the whole card one link: the title becomes the link (its text is the link's name) and
   * KERN's `kern-link--stretched` extends the click area over the card. Only one link per card
   * then, or the stretched area would cover the others.
   */
  href?: string;
  /** Small line above the title (KERN "Vorzeile"), e.g. a category. */
  preline?: ReactNode;
  /** Line under the title (KERN "Unterzeile"). */
  subline?: ReactNode;
  /** Body. A string becomes a KERN body paragraph. */
  children?: ReactNode;
  /** Actions at the bottom, e.g. buttons (not with `href`). */
  footer?: ReactNode;
  /** Image or illustration on top; give it `alt=""` when the title already says it all. */
  media?: ReactNode;
  /** KERN card size. Default `default`. */
  size?: "small" | "default" | "large";
  /** KERN surface background instead of the page background. */
  surface?: boolean;
  /** Height of its content instead of filling its grid cell. */
  hug?: boolean;
}

/** KERN card (`kern-card`): a titled block of content, optionally linked as a whole. */
export function Card({
  title,
  headingLevel = 2,
  href,
  preline,
  subline,
  children,
  footer,
  media,
  size = "default",
  surface,
  hug,
}: CardProps) {
  const Title = headingTag(headingLevel);
  return (
    <div
      className={cx(
        "kern-card",
        href !== undefined && "kern-card--interactive",
        size !== "default" && `kern-card--${size}`,
        surface && "kern-card--surface",
        hug && "kern-card--hug",
      )}
    >
      {media ? <div className="kern-card__media">{media}</div> : null}
      <div className="kern-card__container">
        {/* A div, not <header>: a header outside a sectioning element would be a banner landmark. */}
        <div className="kern-card__header">
          {preline ? <p className="kern-preline">{preline}</p> : null}
          <Title className="kern-title">
            {href !== undefined ? (
              <a className="kern-link kern-link--stretched" href={href}>
                {title}
              </a>
            ) : (
              title
            )}
          </Title>
          {subline ? <p className="kern-subline">{subline}</p> : null}
        </div>
        {children !== undefined && children !== null ? (
          <div className="kern-card__body">
            {typeof children === "string" ? <p className="kern-body">{children}</p> : children}
          </div>
        ) : null}
        {footer ? <div className="kern-card__footer">{footer}</div> : null}
      </div>
    </div>
  );
}
