"use client";

import { useEffect } from "react";

/**
 * Moves focus from an error summary link to its field and scrolls the field's question into view.
 * A plain `#id` jump only scrolls, leaves focus on the link and can hide the label or legend above
 * the top edge; GOV.UK Frontend fixes both the same way. Returns whether it handled the link.
 */
export function focusLinkedField(link: HTMLAnchorElement, document: Document): boolean {
  const href = link.getAttribute("href");
  if (!href?.startsWith("#")) return false;
  const field = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!field) return false;
  // For the first field of a group (a radio, the day of a date) the question is the legend; for any
  // other field it is the field's own label, which sits right above it.
  const fieldset = field.closest("fieldset");
  const legend =
    fieldset?.querySelector("input, select, textarea") === field
      ? fieldset.querySelector("legend")
      : null;
  const label = [...document.querySelectorAll("label")].find(
    (candidate) => candidate.htmlFor === field.id,
  );
  const question = legend ?? label ?? field;
  question.scrollIntoView?.();
  field.focus({ preventScroll: true });
  return true;
}

/** Focuses the summary so its title and errors are read out first, once after a failed submission. */
export function focusSummary(summary: HTMLElement | null): void {
  summary?.focus();
}

/**
 * Client enhancement for the server-rendered `ErrorSummary`: focuses it on mount and makes its
 * links focus the fields. Without JavaScript the summary still shows and its links still jump.
 */
export function ErrorSummaryFocus({
  targetId,
  focusOnMount,
}: {
  targetId: string;
  focusOnMount: boolean;
}) {
  useEffect(() => {
    const summary = document.getElementById(targetId);
    if (!summary) return;
    if (focusOnMount) focusSummary(summary);
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a");
      if (link instanceof HTMLAnchorElement && focusLinkedField(link, document))
        event.preventDefault();
    };
    summary.addEventListener("click", onClick);
    return () => summary.removeEventListener("click", onClick);
  }, [targetId, focusOnMount]);
  return null;
}
