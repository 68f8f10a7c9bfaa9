"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { TextInput } from "@portal/ui/text-input";
import { useActionState } from "react";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";
import type { FormularErfolg, FormularTexte } from "./formular";
import { FormularFehler, useFokusNachAntwort } from "./formular-fehler";

type Aktion = (
  state: ActionState<string, FormularErfolg>,
  form: FormData,
) => Promise<ActionResult<string, FormularErfolg>>;

export type LoeschFormularTexte = FormularTexte & {
  warnungTitel: string;
  warnung: string;
  passwort: string;
  passwortHinweis: string;
  bestaetigungFrage: string;
  bestaetigungHinweis: string;
  bestaetigung: string;
  warnungPrefix: string;
};

/**
 * The form that deletes the account: a warning that it cannot be undone, then the password (or,
 * for an account without one, a checkbox to tick), and a button that says what it does. A plain
 * POST form, so it works without JavaScript; a refusal (wrong password, only owner of an
 * organisation) shows above it and at its field, and nothing is deleted. The password is never
 * sent back. On success the action redirects, so there is no success state here.
 */
export function LoeschFormular({
  lang,
  aktion,
  mitPasswort,
  texte: d,
}: {
  lang: Lang;
  aktion: Aktion;
  /** The account has a password (else it confirms with the checkbox). */
  mitPasswort: boolean;
  texte: LoeschFormularTexte;
}) {
  const [zustand, action, pending] = useActionState<ActionState<string, FormularErfolg>, FormData>(
    aktion,
    null,
  );
  const { formFehler } = useFokusNachAntwort(zustand);
  const fehler = zustand?.ok === false ? zustand.errors : {};
  const feld = mitPasswort ? "passwort" : "bestaetigt";
  return (
    <>
      <FormularFehler zustand={zustand} felder={[feld]} texte={d} formFehlerRef={formFehler} />
      <form
        action={action}
        className="portal-stack"
        noValidate
        onSubmit={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <input type="hidden" name="sprache" value={lang} />
        <Alert
          variant="warning"
          headingLevel={2}
          title={d.warnungTitel}
          variantLabel={d.warnungPrefix}
        >
          <p className="kern-body">{d.warnung}</p>
        </Alert>
        {mitPasswort ? (
          <TextInput
            label={d.passwort}
            name="passwort"
            type="password"
            autoComplete="current-password"
            hint={d.passwortHinweis}
            error={fehler.passwort}
            errorPrefix={d.errorPrefix}
            spellCheck={false}
            autoCapitalize="none"
            required
          />
        ) : (
          <Checkboxes
            legend={d.bestaetigungFrage}
            name="bestaetigt"
            hint={d.bestaetigungHinweis}
            options={[{ value: "ja", label: d.bestaetigung }]}
            defaultValues={zustand?.values.bestaetigt === "ja" ? ["ja"] : []}
            error={fehler.bestaetigt}
            errorPrefix={d.errorPrefix}
          />
        )}
        <div>
          <Button type="submit" icon="delete" aria-disabled={pending || undefined}>
            {d.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
