"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { useActionState } from "react";
import { FormularFehler, useFokusNachAntwort } from "@/components/formular-fehler";
import type { Lang } from "@/i18n/sprache";
import { type AboTokenZustand, bestaetige, kuendige } from "./actions";

export type TokenFormularTexte = {
  text: string;
  senden: string;
  erfolg: string;
  erfolgText: string;
  errorSummary: string;
  errorPrefix: string;
  successPrefix: string;
  nichtGesendet: string;
};

/** One button that confirms or ends a subscription with the token from the mail's link. */
export function TokenFormular({
  lang,
  token,
  art,
  texte: d,
}: {
  lang: Lang;
  token: string;
  art: "bestaetigen" | "abmelden";
  texte: TokenFormularTexte;
}) {
  const [zustand, aktion, pending] = useActionState<AboTokenZustand, FormData>(
    art === "bestaetigen" ? bestaetige : kuendige,
    null,
  );
  const { erfolg, formFehler } = useFokusNachAntwort(zustand);
  if (zustand?.ok) {
    return (
      <div ref={erfolg} tabIndex={-1} data-testid="abo-erfolg">
        <Alert variant="success" headingLevel={2} title={d.erfolg} variantLabel={d.successPrefix}>
          <p className="kern-body">{d.erfolgText}</p>
        </Alert>
      </div>
    );
  }
  return (
    <>
      <FormularFehler zustand={zustand} felder={[]} texte={d} formFehlerRef={formFehler} />
      <p className="kern-body">{d.text}</p>
      <form
        action={aktion}
        onSubmit={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <input type="hidden" name="sprache" value={lang} />
        <input type="hidden" name="token" value={token} />
        <Button type="submit" aria-disabled={pending || undefined}>
          {d.senden}
        </Button>
      </form>
    </>
  );
}
