import type { ReactNode } from "react";
import { KernIcon } from "./icon";

/** Ids derived from a field id, so hint and error can be referenced by `aria-describedby`. */
export function fieldIds(id: string) {
  return { hintId: `${id}-hint`, errorId: `${id}-error` };
}

/** Space-separated id list for `aria-describedby`, or `undefined` when there is nothing to describe. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list === "" ? undefined : list;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="kern-hint" id={id}>
      {children}
    </div>
  );
}

/**
 * KERN's field error (`kern-error`). The visually hidden prefix ("Fehler:") makes the message
 * recognisable as an error when a screen reader reads it through `aria-describedby`, where neither
 * the red colour nor the icon reach the user (GOV.UK Frontend does the same).
 */
export function FieldError({
  id,
  prefix,
  children,
}: {
  id: string;
  prefix: string;
  children: ReactNode;
}) {
  return (
    <p className="kern-error" id={id}>
      <KernIcon name="danger" />
      <span className="kern-body">
        <span className="kern-sr-only">{prefix} </span>
        {children}
      </span>
    </p>
  );
}
