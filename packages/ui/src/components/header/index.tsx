import type { ReactNode } from "react";
import { KernIcon } from "../../internal/icon";

/** One entry of the primary navigation. */
export interface NavigationItem {
  href: string;
  label: ReactNode;
  /**
   * Marks the entry as where the user is: `true` or `"page"` when the link is the current page
   * (`aria-current="page"`), `"section"` when the current page lies below it (`aria-current="true"`),
   * so screen readers announce the state that sighted users see as bold text.
   */
  current?: boolean | "page" | "section";
}

/** One link of the language switch. */
export interface LanguageLink {
  /** URL of the same page in that language. */
  href: string;
  /** Language name in its own language ("Deutsch", "English"), so speakers of it recognise it. */
  label: string;
  /**
   * BCP 47 tag ("de", "en"). Set as `lang` on the link so screen readers pronounce "English" in
   * English (WCAG 3.1.2), and as `hrefLang` for the target.
   */
  lang: string;
  /** The language the page is shown in; announced with `aria-current="true"`. */
  current?: boolean;
}

export interface HeaderProps {
  /** Portal name, linked to the home page. Default "Amt24 Sachsen". */
  siteName?: ReactNode;
  /** Line under the name, e.g. "Serviceportal des Freistaates Sachsen". */
  subtitle?: ReactNode;
  /** Home page URL for the site name. Default "/". */
  homeHref?: string;
  /** Primary navigation entries. Rendered as a list in a `<nav>`, which is what screen readers count. */
  navigation?: NavigationItem[];
  /** Accessible name of the primary `<nav>`. Default "Hauptnavigation". */
  navigationLabel?: string;
  /** Language switch links (e.g. Deutsch / English). Omitted when empty. */
  languages?: LanguageLink[];
  /**
   * Accessible name of the language `<nav>`. Default "Sprache wählen". Two navigation landmarks on
   * one page need different names, or screen reader users cannot tell them apart.
   */
  languagesLabel?: string;
  /** Slot next to the language switch, e.g. a "Servicekonto" or log-in link. */
  actions?: ReactNode;
}

function ariaCurrent(current: NavigationItem["current"]): "page" | "true" | undefined {
  if (current === true || current === "page") return "page";
  if (current === "section") return "true";
  return undefined;
}

/**
 * Site header: the `<header>` banner landmark with the portal name, an optional language switch
 * and the primary navigation. Everything is plain links in lists, so it works without JavaScript;
 * the lists wrap on narrow screens instead of collapsing behind a menu button. Render it once per
 * page, directly in `<body>` (inside `<main>` it would stop being the banner landmark).
 */
export function Header({
  siteName = "Amt24 Sachsen",
  subtitle,
  homeHref = "/",
  navigation = [],
  navigationLabel = "Hauptnavigation",
  languages = [],
  languagesLabel = "Sprache wählen",
  actions,
}: HeaderProps) {
  return (
    <header className="portal-header">
      <div className="portal-container">
        <div className="kern-flex kern-flex-wrap kern-justify-content-between kern-align-items-center kern-gap-md kern-py-md">
          <div>
            <a
              className="kern-link kern-link--no-visited-state portal-header__brand"
              href={homeHref}
            >
              {siteName}
            </a>
            {subtitle ? <p className="kern-body kern-body--muted">{subtitle}</p> : null}
          </div>
          {languages.length > 0 || actions ? (
            <div className="kern-flex kern-flex-wrap kern-align-items-center kern-gap-md">
              {languages.length > 0 ? (
                <nav
                  aria-label={languagesLabel}
                  className="kern-flex kern-align-items-center kern-gap-xs"
                >
                  <KernIcon name="language" />
                  <ul className="kern-list kern-list--horizontal">
                    {languages.map((language) => (
                      <li key={language.lang}>
                        <a
                          className="kern-link kern-link--no-visited-state"
                          href={language.href}
                          hrefLang={language.lang}
                          lang={language.lang}
                          aria-current={language.current ? "true" : undefined}
                        >
                          {language.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              ) : null}
              {actions}
            </div>
          ) : null}
        </div>
        {navigation.length > 0 ? (
          <nav aria-label={navigationLabel} className="kern-pb-md">
            <ul className="kern-list kern-list--horizontal">
              {navigation.map((item) => (
                <li key={item.href}>
                  <a
                    className="kern-link kern-link--no-visited-state"
                    href={item.href}
                    aria-current={ariaCurrent(item.current)}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
