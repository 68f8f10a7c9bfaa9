"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Select } from "@portal/ui/select";
import { TextInput } from "@portal/ui/text-input";
import { useActionState } from "react";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";
import { FormularFehler, useFokusNachAntwort } from "./formular-fehler";
import type { KontoErfolg, KontoFormularTexte } from "./konto-formular";

/** One field of an organisation form: a line of text, an address, or a choice. */
export type OrganisationFeld =
  | {
      art: "text" | "email";
      name: string;
      label: string;
      hint?: string;
      /** WCAG 1.3.5: `organization` for the organisation's name, `off` for someone else's address. */
      autoComplete: "organization" | "email" | "off";
    }
  | {
      art: "auswahl";
      name: string;
      label: string;
      hint?: string;
      optionen: { value: string; label: string }[];
    };

type Aktion = (
  state: ActionState<string, KontoErfolg>,
  form: FormData,
) => Promise<ActionResult<string, KontoErfolg>>;

/**
 * The forms of the organisation pages (found, invite, and the buttons act-for, change role,
 * remove): a server action behind a plain POST form, so it works without JavaScript. Errors are
 * summarised and shown at their fields, a refusal of the whole form above it; what was typed
 * stays. `versteckt` carries the organisation or member the button is about: the service checks
 * the sender's membership for it, so a changed value gains nothing.
 */
export function OrganisationFormular({
  lang,
  aktion,
  felder = [],
  versteckt = {},
  texte: d,
  sekundaer = false,
}: {
  lang: Lang;
  aktion: Aktion;
  felder?: readonly OrganisationFeld[];
  versteckt?: Record<string, string>;
  texte: KontoFormularTexte;
  /** A button of lesser weight (e.g. "remove" next to others in a table row). */
  sekundaer?: boolean;
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
        {felder.map((feld) =>
          feld.art === "auswahl" ? (
            <Select
              key={feld.name}
              label={feld.label}
              name={feld.name}
              hint={feld.hint}
              options={feld.optionen}
              error={fehler[feld.name]}
              errorPrefix={d.errorPrefix}
              defaultValue={zustand?.values[feld.name] || undefined}
              required
            />
          ) : (
            <TextInput
              key={feld.name}
              label={feld.label}
              name={feld.name}
              type={feld.art}
              autoComplete={feld.autoComplete}
              hint={feld.hint}
              error={fehler[feld.name]}
              errorPrefix={d.errorPrefix}
              defaultValue={zustand?.values[feld.name]}
              spellCheck={feld.art === "email" ? false : undefined}
              autoCapitalize={feld.art === "email" ? "none" : undefined}
              required
            />
          ),
        )}
        <div>
          <Button
            type="submit"
            variant={sekundaer ? "secondary" : undefined}
            aria-disabled={pending || undefined}
          >
            {d.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
