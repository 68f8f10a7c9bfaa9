"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { FileInput } from "@portal/ui/file-input";
import { Select, type SelectOption } from "@portal/ui/select";
import { TextInput } from "@portal/ui/text-input";
import { Textarea } from "@portal/ui/textarea";
import { type HTMLInputAutoCompleteAttribute, useActionState } from "react";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";
import { FormularFehler, useFokusNachAntwort } from "./formular-fehler";

/** One field of a form: a line of input, a choice, or a longer text. */
export type FormularFeld =
  | {
      art: "eingabe";
      name: string;
      label: string;
      type: "text" | "email" | "password" | "date" | "tel";
      /**
       * WCAG 1.3.5 and password managers: `email`, `current-password`, `new-password`,
       * `given-name`, `postal-code` …; `one-time-code` lets phones offer a code, `off` for
       * someone else's address.
       */
      autoComplete: HTMLInputAutoCompleteAttribute;
      inputMode?: "numeric" | "email" | "text";
      hint?: string;
      /** Not required: KERN's optional marker (`optionalText`) instead of `required`. */
      optional?: boolean;
      maxLength?: number;
    }
  | { art: "auswahl"; name: string; label: string; options: SelectOption[]; hint?: string }
  | {
      art: "text";
      name: string;
      label: string;
      rows?: number;
      hint?: string;
      /** Not required: KERN's optional marker (`optionalText`) instead of `required`. */
      optional?: boolean;
    }
  /** An optional file (the form is sent as multipart; the action checks the content). */
  | { art: "datei"; name: string; label: string; hint?: string; accept?: string }
  /** One checkbox that confirms something (a declaration): sent as "ja" when ticked. */
  | { art: "bestaetigung"; name: string; legend: string; label: string; hint?: string };

/** What a form shows after the action succeeded, in the page language (from the action). */
export type FormularErfolg = {
  titel: string;
  text: string;
  link?: { href: string; label: string };
  /**
   * A secret shown this once (a new API key): under its own heading, as code that is not
   * translated, with a hint to copy it now. It is only in this response, never in a URL.
   */
  geheimnis?: { titel: string; wert: string; hinweis: string };
};

/** The strings every form shows, with its submit button's label (`formularTexte` in lib/konto). */
export type FormularTexte = {
  errorSummary: string;
  errorPrefix: string;
  successPrefix: string;
  nichtGesendet: string;
  senden: string;
};

type Aktion = (
  state: ActionState<string, FormularErfolg>,
  form: FormData,
) => Promise<ActionResult<string, FormularErfolg>>;

/**
 * Addresses, passwords and codes are no words: no spelling marks, no capitals. Other inputs
 * (names, streets, dates, phone numbers) keep the browser's defaults.
 */
const keinWort = (feld: Extract<FormularFeld, { art: "eingabe" }>) =>
  feld.type === "email" || feld.type === "password" || feld.autoComplete === "one-time-code";

/**
 * The forms of the Servicekonto, the organisation pages and the staff area: a server action
 * behind a plain POST form, so it works without JavaScript (and a second click while it is sent
 * does not send it twice). Errors are summarised and shown at their fields, a refusal of the whole
 * form above it; focus moves to the confirmation or the refusal. What was typed stays, except
 * secret fields (passwords, codes), which the action never sends back.
 *
 * A form without `felder` is a button (sign out, accept, mark as unread). `versteckt` carries
 * values the page knows (a token from the link, the page to return to, the organisation a button
 * is about); the action checks them like any other input, so a changed value gains nothing.
 */
export function Formular({
  lang,
  aktion,
  felder = [],
  versteckt = {},
  werte = {},
  texte: d,
  optionalText,
  sekundaer = false,
}: {
  lang: Lang;
  aktion: Aktion;
  felder?: readonly FormularFeld[];
  versteckt?: Record<string, string>;
  /**
   * What the fields show before the first submission (the stored profile, the
   * Organisationseinheit chosen on the page); after a refusal they show what was sent instead.
   */
  werte?: Record<string, string>;
  texte: FormularTexte;
  /** Text of the marker on optional fields, e.g. "(optional)" / "(optional)". */
  optionalText?: string;
  /** A button of lesser weight (e.g. "remove" next to others in a table row). */
  sekundaer?: boolean;
}) {
  const [zustand, action, pending] = useActionState<ActionState<string, FormularErfolg>, FormData>(
    aktion,
    null,
  );
  const { erfolg, formFehler } = useFokusNachAntwort(zustand);

  if (zustand?.ok) {
    const { titel, text, link, geheimnis } = zustand.data;
    return (
      <div ref={erfolg} tabIndex={-1} className="portal-stack" data-testid="erfolg">
        <Alert variant="success" headingLevel={2} title={titel} variantLabel={d.successPrefix}>
          <p className="kern-body">{text}</p>
        </Alert>
        {geheimnis ? (
          <section aria-labelledby="geheimnis-titel" className="portal-stack">
            <h3 className="kern-heading-small" id="geheimnis-titel">
              {geheimnis.titel}
            </h3>
            <p className="kern-body">
              <code data-testid="geheimnis" translate="no" className="portal-geheimnis">
                {geheimnis.wert}
              </code>
            </p>
            <p className="kern-body">{geheimnis.hinweis}</p>
          </section>
        ) : null}
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
          };
          if (feld.art === "auswahl") {
            return (
              <Select
                key={feld.name}
                {...gemeinsam}
                options={feld.options}
                // Nothing chosen yet: the browser shows the first option, as without a value.
                defaultValue={eingaben[feld.name] || undefined}
                required
              />
            );
          }
          if (feld.art === "datei") {
            return (
              <FileInput
                key={feld.name}
                {...gemeinsam}
                accept={feld.accept}
                optional
                optionalText={optionalText}
              />
            );
          }
          if (feld.art === "bestaetigung") {
            return (
              <Checkboxes
                key={feld.name}
                name={feld.name}
                legend={feld.legend}
                hint={feld.hint}
                error={fehler[feld.name]}
                errorPrefix={d.errorPrefix}
                options={[{ value: "ja", label: feld.label }]}
                defaultValues={eingaben[feld.name] === "ja" ? ["ja"] : []}
              />
            );
          }
          if (feld.art === "text") {
            return (
              <Textarea
                key={feld.name}
                {...gemeinsam}
                defaultValue={eingaben[feld.name] ?? ""}
                rows={feld.rows ?? 8}
                required={!feld.optional}
                optional={feld.optional}
                optionalText={optionalText}
              />
            );
          }
          const keinWortFeld = keinWort(feld);
          return (
            <TextInput
              key={feld.name}
              {...gemeinsam}
              defaultValue={eingaben[feld.name] ?? ""}
              type={feld.type}
              autoComplete={feld.autoComplete}
              inputMode={feld.inputMode}
              maxLength={feld.maxLength}
              spellCheck={keinWortFeld ? false : undefined}
              autoCapitalize={keinWortFeld ? "none" : undefined}
              required={!feld.optional}
              optional={feld.optional}
              optionalText={optionalText}
            />
          );
        })}
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
