"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Select, type SelectOption } from "@portal/ui/select";
import { TextInput } from "@portal/ui/text-input";
import { Textarea } from "@portal/ui/textarea";
import { type HTMLInputAutoCompleteAttribute, useActionState } from "react";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";
import { FormularFehler, useFokusNachAntwort } from "./formular-fehler";
import type { KontoErfolg, KontoFormularTexte } from "./konto-formular";

/** One field of a staff-area form. */
export type VerwaltungFeld =
  | {
      art: "eingabe";
      name: string;
      label: string;
      type: "text" | "email" | "password";
      /** WCAG 1.3.5 and password managers; `one-time-code` lets phones offer a code. */
      autoComplete: HTMLInputAutoCompleteAttribute;
      inputMode?: "numeric" | "email" | "text";
      hint?: string;
      optional?: boolean;
      maxLength?: number;
    }
  | { art: "auswahl"; name: string; label: string; options: SelectOption[]; hint?: string }
  | { art: "text"; name: string; label: string; rows?: number; hint?: string };

type Aktion = (
  state: ActionState<string, KontoErfolg>,
  form: FormData,
) => Promise<ActionResult<string, KontoErfolg>>;

/**
 * The forms of the staff area (sign-in, code, Postfach message): a server action behind a plain
 * POST form, so it works without JavaScript, shaped like the Servicekonto's forms (KontoFormular)
 * with selects and text areas besides inputs. Errors are summarised and shown at their fields;
 * what was typed stays, except secret fields, which the action never sends back. `werte` are the
 * values shown before the first submission (e.g. the Organisationseinheit chosen on the page).
 */
export function VerwaltungFormular({
  lang,
  aktion,
  felder,
  versteckt = {},
  werte = {},
  texte: d,
  optionalText,
}: {
  lang: Lang;
  aktion: Aktion;
  felder: readonly VerwaltungFeld[];
  versteckt?: Record<string, string>;
  werte?: Record<string, string>;
  texte: KontoFormularTexte;
  optionalText?: string;
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
        {Object.entries(versteckt).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {felder.map((feld) => {
          const gemeinsam = {
            label: feld.label,
            name: feld.name,
            hint: feld.hint,
            error: fehler[feld.name],
            errorPrefix: d.errorPrefix,
            defaultValue: eingaben[feld.name] ?? "",
          };
          if (feld.art === "auswahl") {
            return <Select key={feld.name} {...gemeinsam} options={feld.options} required />;
          }
          if (feld.art === "text") {
            return <Textarea key={feld.name} {...gemeinsam} rows={feld.rows ?? 8} required />;
          }
          return (
            <TextInput
              key={feld.name}
              {...gemeinsam}
              type={feld.type}
              autoComplete={feld.autoComplete}
              inputMode={feld.inputMode}
              maxLength={feld.maxLength}
              // Addresses, passwords and codes are no words: no spelling marks, no capitals.
              spellCheck={feld.type === "text" && !feld.inputMode ? undefined : false}
              autoCapitalize={feld.type === "text" && !feld.inputMode ? undefined : "none"}
              required={!feld.optional}
              optional={feld.optional}
              optionalText={optionalText}
            />
          );
        })}
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {d.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
