import type { ReactNode } from "react";

export interface ProgressProps {
  /** Id of the `<progress>`, which the label points to. */
  id: string;
  /** Steps done (or the current step). */
  value: number;
  /** Total steps. */
  max: number;
  /**
   * Visible label saying the progress in words, e.g. "Schritt 2 von 5". It is the bar's
   * accessible name (`<label for>`), so screen readers do not announce a bare percentage.
   */
  label: ReactNode;
}

/**
 * KERN progress bar (`kern-progress`) on the native `<progress>` element, e.g. for the steps of an
 * application form. The element has the progressbar role and value built in; the text inside is
 * the fallback for browsers that cannot draw it.
 */
export function Progress({ id, value, max, label }: ProgressProps) {
  return (
    <div className="kern-progress">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <progress id={id} value={value} max={max}>
        {value}/{max}
      </progress>
    </div>
  );
}
