import type { ReactNode } from "react";
import { type HeadingLevel, headingTag } from "../../internal/types";

export interface FooterLink {
  href: string;
  label: ReactNode;
}

/** A titled group of footer links, e.g. "Rechtliches" with Impressum, Datenschutz, Barrierefreiheit. */
export interface FooterLinkGroup {
  heading: ReactNode;
  links: FooterLink[];
}

export interface FooterProps {
  /** Link groups, shown side by side from medium screens on, stacked below. */
  groups: FooterLinkGroup[];
  /**
   * Closing line, e.g. "© Freistaat Sachsen · Ein Angebot der Sächsischen Staatskanzlei" or the
   * open-source licence. Plain text or inline content.
   */
  attribution: ReactNode;
  /**
   * Rank of the group headings. Default 2: they sit at the top of the page outline next to the
   * main content's sections, so screen reader users can jump to "Rechtliches" by heading.
   */
  headingLevel?: Exclude<HeadingLevel, 1>;
}

/**
 * Site footer: the `<footer>` contentinfo landmark with link groups and an attribution. Uses KERN's
 * level-1 layer, so its background and all text colours come from KERN's contrast-checked pairs.
 * Render it once per page, directly in `<body>` after `<main>`.
 */
export function Footer({ groups, attribution, headingLevel = 2 }: FooterProps) {
  const Heading = headingTag(headingLevel);
  return (
    <footer className="kern-layer kern-level-1 portal-footer kern-mt-xl">
      <div className="portal-container kern-py-xl">
        {groups.length > 0 ? (
          <div className="kern-grid kern-grid-cols-1 kern-grid-cols-3-md kern-gap-lg kern-mb-lg">
            {groups.map((group, index) => (
              // Groups have no id of their own; their order is fixed per render.
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              <div key={index}>
                <Heading className="kern-heading-small">{group.heading}</Heading>
                <ul className="kern-list">
                  {group.links.map((link) => (
                    <li key={link.href}>
                      <a className="kern-link kern-link--small" href={link.href}>
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ) : null}
        <p className="kern-body kern-body--small">{attribution}</p>
      </div>
    </footer>
  );
}
