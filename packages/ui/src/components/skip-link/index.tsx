import type { ReactNode } from "react";

export interface SkipLinkProps {
  /**
   * Fragment of the main content, by default `#main`. Give the target `<main id="main"
   * tabIndex={-1}>`: the negative tabindex makes every browser move keyboard focus there, not just
   * scroll (WCAG 2.4.1 bypass blocks).
   */
  href?: `#${string}`;
  /** Link text. Default "Zum Inhalt springen"; pass "Skip to main content" on English pages. */
  children?: ReactNode;
}

/**
 * First focusable element of every page: lets keyboard and switch users jump over the header and
 * navigation. Hidden until focused, then shown in place. KERN has no skip link, so it is a KERN
 * link with our `portal-visually-hidden-focusable` helper. Render it as the first child of `<body>`.
 */
export function SkipLink({ href = "#main", children = "Zum Inhalt springen" }: SkipLinkProps) {
  return (
    <a className="kern-link portal-visually-hidden-focusable portal-skip-link" href={href}>
      {children}
    </a>
  );
}
