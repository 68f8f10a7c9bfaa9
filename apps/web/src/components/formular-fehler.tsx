"use client";

import { Alert } from "@portal/ui/alert";
import { ErrorSummary } from "@portal/ui/error-summary";
import { type RefObject, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/action";

/**
 * Where focus goes after a form's answer: to the confirmation on success, to the refusal of the
 * whole form when no field is at fault (field errors focus their summary themselves), so that
 * screen reader and keyboard users land on what changed.
 */
export function useFokusNachAntwort<F extends string, D>(zustand: ActionState<F, D>) {
  const erfolg = useRef<HTMLDivElement>(null);
  const formFehler = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (zustand?.ok) erfolg.current?.focus();
    else if (zustand?.formError && Object.keys(zustand.errors).length === 0) {
      formFehler.current?.focus();
    }
  }, [zustand]);
  return { erfolg, formFehler };
}

/**
 * What a refused submission shows above its form: the error summary linking to each field at
 * fault (in page order), and a refusal of the whole form (too many requests, a wrong password, a
 * failure) as an alert. While either shows, the page title starts with "Fehler: " so a screen
 * reader announces the problem first (with JavaScript: without it the server renders the page's
 * own title, and the summary, focused by nothing, is still first in the main content).
 */
export function FormularFehler<F extends string, D>({
  zustand,
  felder,
  texte: d,
  formFehlerRef,
}: {
  zustand: ActionState<F, D>;
  felder: readonly F[];
  texte: { errorSummary: string; nichtGesendet: string; errorPrefix: string };
  formFehlerRef: RefObject<HTMLDivElement | null>;
}) {
  const abgelehnt = zustand?.ok === false ? zustand : null;
  const fehler: Partial<Record<F, string>> = abgelehnt?.errors ?? {};
  const abgewiesen = Boolean(abgelehnt?.formError) || Object.keys(fehler).length > 0;
  useEffect(() => {
    const praefix = `${d.errorPrefix} `;
    const mitPraefix = document.title.startsWith(praefix);
    if (abgewiesen && !mitPraefix) document.title = praefix + document.title;
    else if (!abgewiesen && mitPraefix) document.title = document.title.slice(praefix.length);
  }, [abgewiesen, d.errorPrefix]);
  return (
    <>
      <ErrorSummary
        title={d.errorSummary}
        errors={felder.flatMap((feld) => {
          const text = fehler[feld];
          return text ? [{ href: `#${feld}` as const, text }] : [];
        })}
      />
      {abgelehnt?.formError ? (
        <div ref={formFehlerRef} tabIndex={-1} data-testid="formularfehler">
          <Alert
            variant="danger"
            role="alert"
            headingLevel={2}
            title={d.nichtGesendet}
            variantLabel={d.errorPrefix}
          >
            {abgelehnt.formError}
          </Alert>
        </div>
      ) : null}
    </>
  );
}
