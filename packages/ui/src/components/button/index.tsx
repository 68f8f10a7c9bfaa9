import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";
import { cx } from "../../internal/cx";
import { KernIcon, type KernIconName } from "../../internal/icon";

export type ButtonVariant = "primary" | "secondary" | "tertiary";

interface ButtonBaseProps {
  /**
   * KERN's emphasis: `primary` for the one main action of a page (e.g. "Antrag absenden"),
   * `secondary` for alternatives, `tertiary` for minor actions. Default `primary`.
   */
  variant?: ButtonVariant;
  /** Visible text. It is also the accessible name, so it must say what happens ("Weiter", not "Klick"). */
  children: ReactNode;
  /** Decorative KERN icon next to the text (hidden from screen readers; the text carries the meaning). */
  icon?: KernIconName;
  /** Side of the icon. Default `start`. */
  iconPosition?: "start" | "end";
  /** Full width of the container (`kern-btn--block`), e.g. on small screens in a form footer. */
  block?: boolean;
  /** Extra classes, e.g. KERN spacing utilities. */
  className?: string;
}

/** A real `<button>`: for actions that submit or change something. */
export type ButtonAsButtonProps = ButtonBaseProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children" | "className"> & { href?: undefined };

/**
 * A link `<a href>` with button look: for navigation that should look like a call to action
 * ("Jetzt beantragen"). It stays a link, so screen readers announce a link and it opens in a new
 * tab with the usual gestures; it cannot be `disabled`.
 */
export type ButtonAsLinkProps = ButtonBaseProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "children" | "className" | "href"> & {
    href: string;
  };

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

function isLink(props: ButtonProps): props is ButtonAsLinkProps {
  return typeof props.href === "string";
}

/**
 * KERN button (`kern-btn`). Renders `<button>` by default and `<a>` when `href` is given: the
 * element decides what keyboard and screen reader users get, the look does not. A `<button>`
 * defaults to `type="submit"`, as in HTML, so forms work without JavaScript; pass `type="button"`
 * for script-only actions.
 */
export function Button(props: ButtonProps) {
  const content = (
    <>
      {props.icon && props.iconPosition !== "end" ? <KernIcon name={props.icon} /> : null}
      <span className="kern-label">{props.children}</span>
      {props.icon && props.iconPosition === "end" ? <KernIcon name={props.icon} /> : null}
    </>
  );
  if (isLink(props)) {
    const {
      variant = "primary",
      children,
      icon,
      iconPosition,
      block,
      className,
      href,
      ...anchor
    } = props;
    return (
      <a
        {...anchor}
        href={href}
        className={cx("kern-btn", `kern-btn--${variant}`, block && "kern-btn--block", className)}
      >
        {content}
      </a>
    );
  }
  const {
    variant = "primary",
    children,
    icon,
    iconPosition,
    block,
    className,
    href: _href,
    type = "submit",
    ...button
  } = props;
  return (
    <button
      {...button}
      type={type}
      className={cx("kern-btn", `kern-btn--${variant}`, block && "kern-btn--block", className)}
    >
      {content}
    </button>
  );
}
