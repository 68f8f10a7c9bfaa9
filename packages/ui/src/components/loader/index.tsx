export interface LoaderProps {
  /** Text read by screen readers while loading. Default "Wird geladen …"; "Loading …" in English. */
  label?: string;
}

/**
 * KERN's loading spinner (`kern-loader`). `role="status"` makes screen readers announce the
 * visually hidden label politely when it appears. Only for content that JavaScript loads after
 * the page; pages rendered on the server need no loader.
 */
export function Loader({ label = "Wird geladen …" }: LoaderProps) {
  return (
    <div className="kern-loader kern-loader--visible" role="status">
      <span className="kern-sr-only">{label}</span>
    </div>
  );
}
