"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { TextInput } from "@portal/ui/text-input";
import { useActionState } from "react";
import { FormularFehler, useFokusNachAntwort } from "@/components/formular-fehler";
import type { BeteiligungStellungnahmeTexte } from "@/i18n/beteiligung-stellungnahme/de";
import type { Lang } from "@/i18n/sprache";
import { type MitzeichnenZustand, zeichneStellungnahmeMit } from "./actions";

export type MitzeichnenTexte = BeteiligungStellungnahmeTexte["mitzeichnen"] & {
  errorSummary: string;
  errorPrefix: string;
  successPrefix: string;
  nichtGesendet: string;
  optional: string;
};

/**
 * The co-signing form of one statement (a POST to a server action, also without JavaScript).
 * Several can stand on one page: ids carry the statement's id.
 */
export function MitzeichnenFormular({
  lang,
  slug,
  beitragId,
  texte: d,
}: {
  lang: Lang;
  slug: string;
  beitragId: string;
  texte: MitzeichnenTexte;
}) {
  const [zustand, aktion, pending] = useActionState<MitzeichnenZustand, FormData>(
    zeichneStellungnahmeMit,
    null,
  );
  const { erfolg, formFehler } = useFokusNachAntwort(zustand);
  if (zustand?.ok) {
    return (
      <div ref={erfolg} tabIndex={-1} data-testid="mitgezeichnet">
        <Alert variant="success" headingLevel={4} title={d.danke} variantLabel={d.successPrefix}>
          <p className="kern-body">
            {zustand.data.anzahl === 1
              ? d.eine
              : d.anzahl.replace("{n}", String(zustand.data.anzahl))}
          </p>
        </Alert>
      </div>
    );
  }
  const feldId = `mitzeichnen-name-${beitragId}`;
  return (
    <>
      <FormularFehler zustand={zustand} felder={[]} texte={d} formFehlerRef={formFehler} />
      <form
        action={aktion}
        className="portal-stack"
        noValidate
        onSubmit={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <input type="hidden" name="sprache" value={lang} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="beitrag" value={beitragId} />
        <TextInput
          id={feldId}
          name="name"
          label={d.name}
          hint={d.nameHinweis}
          autoComplete="name"
          defaultValue={zustand?.values.name ?? ""}
          error={zustand?.ok === false ? zustand.errors.name : undefined}
          errorPrefix={d.errorPrefix}
          optional
          optionalText={d.optional}
        />
        <div>
          <Button type="submit" variant="secondary" aria-disabled={pending || undefined}>
            {d.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
