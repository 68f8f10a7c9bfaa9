"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { Select, type SelectOption } from "@portal/ui/select";
import { TextInput } from "@portal/ui/text-input";
import { useActionState } from "react";
import type { FormularErfolg, FormularTexte } from "@/components/formular";
import { FormularFehler, useFokusNachAntwort } from "@/components/formular-fehler";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";

type Feld = "oe" | "url" | "ereignisse";

/**
 * The form of a new webhook: the Organisationseinheit, the URL and the events as a group of
 * checkboxes under one legend (the shared `Formular` has no such group). A plain POST to the
 * server action, so it works without JavaScript; after a refusal everything ticked and typed is
 * shown again, and the secret of a created webhook is shown once, as with API keys.
 */
export function WebhookFormular({
  lang,
  aktion,
  oeOptionen,
  ereignisOptionen,
  werte,
  texte: d,
  beschriftung: b,
}: {
  lang: Lang;
  aktion: (
    state: ActionState<Feld, FormularErfolg>,
    form: FormData,
  ) => Promise<ActionResult<Feld, FormularErfolg>>;
  oeOptionen: SelectOption[];
  ereignisOptionen: { value: string; label: string }[];
  werte: { oe: string };
  texte: FormularTexte;
  beschriftung: {
    oe: string;
    url: string;
    urlHinweis: string;
    ereignisse: string;
    ereignisseHinweis: string;
  };
}) {
  const [zustand, action, pending] = useActionState<ActionState<Feld, FormularErfolg>, FormData>(
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
  const oe = zustand?.ok === false ? zustand.values.oe : werte.oe;
  const url = zustand?.ok === false ? zustand.values.url : "";
  // Before the first submission every event is ticked (the default: all of them).
  const angekreuzt =
    zustand?.ok === false
      ? zustand.values.ereignisse.split(/\s+/u).filter(Boolean)
      : ereignisOptionen.map((o) => o.value);
  return (
    <>
      <FormularFehler
        zustand={zustand}
        felder={["oe", "url", "ereignisse"]}
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
        <Select
          label={b.oe}
          name="oe"
          options={oeOptionen}
          defaultValue={oe || undefined}
          error={fehler.oe}
          errorPrefix={d.errorPrefix}
          required
        />
        <TextInput
          label={b.url}
          name="url"
          type="url"
          hint={b.urlHinweis}
          defaultValue={url}
          autoComplete="url"
          inputMode="url"
          spellCheck={false}
          autoCapitalize="none"
          maxLength={2000}
          error={fehler.url}
          errorPrefix={d.errorPrefix}
          required
        />
        <Checkboxes
          legend={b.ereignisse}
          name="ereignisse"
          hint={b.ereignisseHinweis}
          options={ereignisOptionen}
          defaultValues={angekreuzt}
          error={fehler.ereignisse}
          errorPrefix={d.errorPrefix}
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
