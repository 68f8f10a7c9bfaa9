"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { TextInput } from "@portal/ui/text-input";
import { useActionState } from "react";
import { FormularFehler, useFokusNachAntwort } from "@/components/formular-fehler";
import type { BeteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage/de";
import { fill } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { type AboZustand, bestelleAbo } from "./actions";

export type AboFormularTexte = BeteiligungUmfrageTexte["abonnieren"] & {
  errorSummary: string;
  errorPrefix: string;
  successPrefix: string;
  nichtGesendet: string;
};

/**
 * The subscription form: the address and the consent (GDPR Art. 6 (1) a: the address is kept for
 * nothing else). Afterwards "check your mailbox", whatever the address's history.
 */
export function AboFormular({
  lang,
  slug,
  texte: d,
}: {
  lang: Lang;
  slug: string;
  texte: AboFormularTexte;
}) {
  const [zustand, aktion, pending] = useActionState<AboZustand, FormData>(bestelleAbo, null);
  const { erfolg, formFehler } = useFokusNachAntwort(zustand);
  if (zustand?.ok) {
    return (
      <div ref={erfolg} tabIndex={-1} data-testid="abo-pruefen">
        <Alert variant="success" headingLevel={2} title={d.pruefen} variantLabel={d.successPrefix}>
          <p className="kern-body">{fill(d.pruefenText, { email: zustand.data.email })}</p>
        </Alert>
      </div>
    );
  }
  const fehler = zustand?.ok === false ? zustand.errors : {};
  return (
    <>
      <FormularFehler
        zustand={zustand}
        felder={["email", "einwilligung"] as const}
        texte={d}
        formFehlerRef={formFehler}
      />
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
        <TextInput
          label={d.email}
          name="email"
          type="email"
          autoComplete="email"
          hint={d.emailHinweis}
          error={fehler.email}
          errorPrefix={d.errorPrefix}
          defaultValue={zustand?.values.email}
          required
        />
        <Checkboxes
          name="einwilligung"
          legend={d.einwilligungLegende}
          error={fehler.einwilligung}
          errorPrefix={d.errorPrefix}
          options={[{ value: "ja", label: d.einwilligung }]}
          defaultValues={zustand?.values.einwilligung ? [zustand.values.einwilligung] : []}
        />
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {d.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
