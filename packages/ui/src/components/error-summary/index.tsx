import type { ReactNode } from "react";
import { KernIcon } from "../../internal/icon";
import { type HeadingLevel, headingTag } from "../../internal/types";
import { ErrorSummaryFocus } from "./focus";

/** One error: link to the field (`#<field id>`) and the same message as shown at the field. */
export interface ErrorSummaryItem {
  href: `#${string}`;
  text: ReactNode;
}

export interface ErrorSummaryProps {
  /** The errors, in the order of the fields on the page. */
  errors: ErrorSummaryItem[];
  /** Heading. Default "Es sind Fehler aufgetreten"; "There is a problem" in English. */
  title?: ReactNode;
  /** Optional sentence under the heading, e.g. "Bitte prüfen Sie Ihre Angaben." */
  description?: ReactNode;
  /** Id of the summary, the focus target. Default "fehleruebersicht". */
  id?: string;
  /** Rank of the heading. Default 2: the summary sits right under the page's `<h1>`. */
  headingLevel?: Exclude<HeadingLevel, 1>;
  /**
   * Focus the summary when the page loads (default `true`). Needs JavaScript; without it the
   * summary is still the first thing after the heading.
   */
  autoFocus?: boolean;
  /**
   * Whether the summary is an alert (`role="alert"`, default `true`). A page that updates the
   * summary while the user corrects the fields (entries going away as they become valid) passes
   * `false` once that starts: the summary stays a labelled group, and its updates are not read
   * out on every keystroke.
   */
  announce?: boolean;
}

/**
 * Lists all errors of a submitted form at the top of the page, each linking to its field, in
 * KERN's danger alert. `role="alert"` announces it, `tabIndex={-1}` lets it take focus (not the
 * tab order), and the small client part in `./focus` focuses it on load and moves focus to a field
 * when a link is followed. Renders nothing when there are no errors. Also prefix the page
 * `<title>` with "Fehler: " so the problem is announced before anything else.
 */
export function ErrorSummary({
  errors,
  title = "Es sind Fehler aufgetreten",
  description,
  id = "fehleruebersicht",
  headingLevel = 2,
  autoFocus = true,
  announce = true,
}: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  const Heading = headingTag(headingLevel);
  const titleId = `${id}-titel`;
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is "alert" or "group", both take a name
    <div
      className="kern-alert kern-alert--danger kern-mb-lg"
      id={id}
      role={announce ? "alert" : "group"}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-autofocus={autoFocus ? "" : undefined}
    >
      <div className="kern-alert__header">
        <KernIcon name="danger" />
        <Heading className="kern-title" id={titleId}>
          {title}
        </Heading>
      </div>
      <div className="kern-alert__body">
        {description ? <p className="kern-body">{description}</p> : null}
        <ul className="kern-list">
          {errors.map((error) => (
            <li key={error.href}>
              <a className="kern-link" href={error.href}>
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <ErrorSummaryFocus targetId={id} focusOnMount={autoFocus} />
    </div>
  );
}
