"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Textarea } from "@portal/ui/textarea";
import { useActionState } from "react";
import { meldeAktion } from "@/app/[lang]/beteiligung/[slug]/actions";
import type { FormularErfolg } from "@/components/formular";
import type { Lang } from "@/i18n/sprache";
import type { ActionState } from "@/lib/action";

export type MeldenTexte = {
  summary: string;
  grund: string;
  grundHint: string;
  senden: string;
  errorPrefix: string;
  successPrefix: string;
  nichtGesendet: string;
  optional: string;
};

/**
 * "Report this contribution": a disclosure (`<details>`, works without JavaScript) with an
 * optional reason. It stays open after an answer, so the answer is seen where it was asked for.
 */
export function Melden({
  lang,
  verfahren,
  beitrag,
  texte: d,
}: {
  lang: Lang;
  verfahren: string;
  beitrag: string;
  texte: MeldenTexte;
}) {
  const [zustand, action, pending] = useActionState<
    ActionState<"verfahren" | "beitrag" | "grund", FormularErfolg>,
    FormData
  >(meldeAktion, null);
  const id = `melden-${beitrag}`;
  return (
    <details className="kern-body" open={zustand ? true : undefined}>
      <summary>{d.summary}</summary>
      {zustand?.ok ? (
        <Alert
          variant="success"
          headingLevel={4}
          title={zustand.data.titel}
          variantLabel={d.successPrefix}
        />
      ) : (
        <form
          action={action}
          className="portal-stack"
          noValidate
          onSubmit={(event) => {
            if (pending) event.preventDefault();
          }}
        >
          <input type="hidden" name="sprache" value={lang} />
          <input type="hidden" name="verfahren" value={verfahren} />
          <input type="hidden" name="beitrag" value={beitrag} />
          {zustand?.ok === false && zustand.formError ? (
            <Alert
              variant="danger"
              role="alert"
              headingLevel={4}
              title={d.nichtGesendet}
              variantLabel={d.errorPrefix}
            >
              {zustand.formError}
            </Alert>
          ) : null}
          <Textarea
            id={`${id}-grund`}
            name="grund"
            label={d.grund}
            hint={d.grundHint}
            error={zustand?.ok === false ? zustand.errors.grund : undefined}
            errorPrefix={d.errorPrefix}
            defaultValue={zustand?.ok === false ? zustand.values.grund : undefined}
            rows={3}
            optional
            optionalText={d.optional}
          />
          <div>
            <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
              {d.senden}
            </Button>
          </div>
        </form>
      )}
    </details>
  );
}
