"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { TextInput } from "@portal/ui/text-input";
import { useActionState } from "react";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";
import { FormularFehler, useFokusNachAntwort } from "./formular-fehler";
import type { KontoErfolg, KontoFormularTexte } from "./konto-formular";

/** One profile field: text, date or phone, with the autocomplete token of WCAG 1.3.5. */
export type ProfilFeld = {
  name: string;
  label: string;
  type: "text" | "date" | "tel";
  autoComplete:
    | "given-name"
    | "family-name"
    | "street-address"
    | "postal-code"
    | "address-level2"
    | "bday"
    | "tel";
  hint?: string;
  inputMode?: "numeric";
};

type Aktion = (
  state: ActionState<string, KontoErfolg>,
  form: FormData,
) => Promise<ActionResult<string, KontoErfolg>>;

/**
 * The profile form: a plain POST to a server action, so it works without JavaScript. Prefilled
 * with the stored profile (`werte`); after an error it shows what was typed, not the stored values.
 */
export function ProfilFormular({
  lang,
  aktion,
  felder,
  werte,
  texte: d,
  optionalText,
}: {
  lang: Lang;
  aktion: Aktion;
  felder: readonly ProfilFeld[];
  werte: Record<string, string>;
  texte: KontoFormularTexte;
  optionalText: string;
}) {
  const [zustand, action, pending] = useActionState<ActionState<string, KontoErfolg>, FormData>(
    aktion,
    null,
  );
  const { erfolg, formFehler } = useFokusNachAntwort(zustand);

  if (zustand?.ok) {
    const { titel, text, link } = zustand.data;
    return (
      <div ref={erfolg} tabIndex={-1} className="portal-stack" data-testid="erfolg">
        <Alert variant="success" headingLevel={2} title={titel} variantLabel={d.successPrefix}>
          <p className="kern-body">{text}</p>
        </Alert>
        {link ? (
          <p className="kern-body">
            <a className="kern-link" href={link.href}>
              {link.label}
            </a>
          </p>
        ) : null}
      </div>
    );
  }

  const fehler = zustand?.ok === false ? zustand.errors : {};
  const eingaben = zustand?.ok === false ? zustand.values : werte;
  return (
    <>
      <FormularFehler
        zustand={zustand}
        felder={felder.map((f) => f.name)}
        texte={d}
        formFehlerRef={formFehler}
      />
      <form
        action={action}
        className="portal-stack"
        noValidate
        onSubmit={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <input type="hidden" name="sprache" value={lang} />
        {felder.map((feld) => (
          <TextInput
            key={feld.name}
            label={feld.label}
            name={feld.name}
            type={feld.type}
            autoComplete={feld.autoComplete}
            inputMode={feld.inputMode}
            hint={feld.hint}
            error={fehler[feld.name]}
            errorPrefix={d.errorPrefix}
            defaultValue={eingaben[feld.name] ?? ""}
            optional
            optionalText={optionalText}
          />
        ))}
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {d.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
