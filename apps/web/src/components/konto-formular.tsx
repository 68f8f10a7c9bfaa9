"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { TextInput } from "@portal/ui/text-input";
import { useActionState } from "react";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";
import { FormularFehler, useFokusNachAntwort } from "./formular-fehler";

/** One field of a Servicekonto form. */
export type KontoFeld = {
  name: string;
  label: string;
  type: "email" | "password";
  /** WCAG 1.3.5 and password managers: `email`, `current-password`, `new-password`. */
  autoComplete: "email" | "current-password" | "new-password";
  hint?: string;
};

/** What a form shows after the action succeeded, in the page language (from the action). */
export type KontoErfolg = { titel: string; text: string; link?: { href: string; label: string } };

export type KontoFormularTexte = {
  errorSummary: string;
  errorPrefix: string;
  successPrefix: string;
  nichtGesendet: string;
  senden: string;
};

type Aktion = (
  state: ActionState<string, KontoErfolg>,
  form: FormData,
) => Promise<ActionResult<string, KontoErfolg>>;

/**
 * The forms of the Servicekonto (register, sign in, confirm, reset): a server action behind a
 * plain POST form, so it works without JavaScript. Errors are summarised and shown at their
 * fields, a refusal of the whole form above it; what was typed stays, except passwords, which the
 * action never sends back. `versteckt` carries values the page knows (a token from the link, the
 * page to return to); the action checks them like any other input.
 */
export function KontoFormular({
  lang,
  aktion,
  felder,
  versteckt = {},
  texte: d,
}: {
  lang: Lang;
  aktion: Aktion;
  felder: readonly KontoFeld[];
  versteckt?: Record<string, string>;
  texte: KontoFormularTexte;
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
        {Object.entries(versteckt).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {felder.map((feld) => (
          <TextInput
            key={feld.name}
            label={feld.label}
            name={feld.name}
            type={feld.type}
            autoComplete={feld.autoComplete}
            hint={feld.hint}
            error={fehler[feld.name]}
            errorPrefix={d.errorPrefix}
            defaultValue={zustand?.values[feld.name]}
            spellCheck={false}
            autoCapitalize="none"
            required
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
