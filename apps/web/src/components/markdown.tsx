import ReactMarkdown from "react-markdown";

/**
 * Renders editorial Markdown from the CMS. Raw HTML is not rendered (react-markdown's default), so
 * CMS text cannot inject markup; headings inside a module start below the module's own h2.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="portal-prose">
      <ReactMarkdown
        skipHtml
        components={{
          h1: ({ children }) => <h3 className="kern-heading-small">{children}</h3>,
          h2: ({ children }) => <h3 className="kern-heading-small">{children}</h3>,
          h3: ({ children }) => <h4 className="kern-heading-x-small">{children}</h4>,
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
