import { cx } from "./cx";

/** Icons shipped in @kern-ux/native 2.7.2 (`kern-icon--<name>`), as masks coloured by the context. */
export type KernIconName =
  | "account-circle"
  | "add"
  | "arrow-back"
  | "arrow-down"
  | "arrow-forward"
  | "arrow-up"
  | "autorenew"
  | "brightness-medium"
  | "calendar-today"
  | "check"
  | "checklist"
  | "chevron-left"
  | "chevron-right"
  | "close"
  | "content-copy"
  | "danger"
  | "dark-mode"
  | "dehaze"
  | "delete"
  | "download"
  | "draft"
  | "drive-folder-upload"
  | "easy-language"
  | "edit"
  | "help"
  | "home"
  | "info"
  | "keyboard-double-arrow-left"
  | "keyboard-double-arrow-right"
  | "language"
  | "light-mode"
  | "logout"
  | "mail"
  | "more-vert"
  | "open-in-new"
  | "question-mark"
  | "search"
  | "sign-language"
  | "success"
  | "visibility"
  | "visibility-off"
  | "warning";

export interface KernIconProps {
  name: KernIconName;
  size?: "small" | "default" | "large" | "x-large";
}

/**
 * A decorative KERN icon. Always `aria-hidden`: every icon in this package sits next to text that
 * says the same thing, so announcing it would only repeat that text.
 */
export function KernIcon({ name, size = "default" }: KernIconProps) {
  return (
    <span
      className={cx("kern-icon", `kern-icon--${name}`, size !== "default" && `kern-icon--${size}`)}
      aria-hidden="true"
    />
  );
}
