import type { ReactNode } from "react";

export interface DetailsProps {
  /** Always-visible line that opens and closes the content; it is the disclosure button's name. */
  summary: ReactNode;
  /** Content shown when open. Stays in the page, so browser find-in-page can reveal it. */
  children: ReactNode;
  /** Open on first render, e.g. when the content holds an error. */
  open?: boolean;
  /** Shared `name` makes several details an exclusive accordion (one open at a time), natively. */
  name?: string;
  id?: string;
}

/**
 * Native `<details>`/`<summary>` styled as KERN's accordion (`kern-accordion`). The browser gives
 * the summary a button role, the expanded state and keyboard support, with or without JavaScript.
 */
export function Details({ summary, children, open, name, id }: DetailsProps) {
  return (
    <details className="kern-accordion" open={open} name={name} id={id}>
      <summary className="kern-accordion__header">
        <span className="kern-title">{summary}</span>
      </summary>
      <div className="kern-accordion__body">{children}</div>
    </details>
  );
}
