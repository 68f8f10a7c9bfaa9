import type { ReactNode } from "react";
import ReactMarkdown from "react-markdown";

/**
 * Renders editorial Markdown from the CMS. Raw HTML is not rendered, so CMS text cannot inject
 * markup. Markdown's `#` and `##` become headings at `topLevel` (h2 on a page of its own, h3 inside
 * a module that has its own h2) and deeper ones follow, so the outline has no gaps.
 */
function Heading({ level, children }: { level: number; children?: ReactNode }) {
  const H = `h${Math.min(level, 6)}` as "h2" | "h3" | "h4" | "h5" | "h6";
  const size =
    level <= 2
      ? "kern-heading-medium"
      : level === 3
        ? "kern-heading-small"
        : "kern-heading-x-small";
  return <H className={size}>{children}</H>;
}

export function Markdown({ children, topLevel = 3 }: { children: string; topLevel?: 2 | 3 }) {
  const heading =
    (depth: number) =>
    ({ children }: { children?: ReactNode }) => (
      <Heading level={topLevel + depth}>{children}</Heading>
    );
  return (
    <div className="portal-prose">
      <ReactMarkdown
        skipHtml
        components={{
          h1: heading(0),
          h2: heading(0),
          h3: heading(1),
          h4: heading(2),
          h5: heading(3),
          h6: heading(3),
          p: ({ children }) => <p className="kern-body">{children}</p>,
          ul: ({ children }) => <ul className="kern-list">{children}</ul>,
          ol: ({ children }) => <ol className="kern-list">{children}</ol>,
          a: ({ href, children }) => (
            <a className="kern-link" href={href}>
              {children}
            </a>
          ),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
