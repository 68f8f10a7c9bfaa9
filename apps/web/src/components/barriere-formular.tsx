"use client";

import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { DescriptionList } from "@portal/ui/description-list";
import { ErrorSummary } from "@portal/ui/error-summary";
import { TextInput } from "@portal/ui/text-input";
import { Textarea } from "@portal/ui/textarea";
import { useActionState, useEffect, useRef } from "react";
import { type BarriereZustand, meldeBarriere } from "@/app/[lang]/kontakt/barriere-melden/actions";
import type { AllgemeinTexte } from "@/i18n/allgemein/de";
import type { BarriereTexte } from "@/i18n/barriere/de";
import { fill, formatDateTime, formatZahl } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { FELDER, FELDNAMEN, type Feld } from "@/lib/barrieremeldung";

/** The strings the form shows, in the page's language (from the page, a server component). */
export type BarriereFormularTexte = BarriereTexte["formular"] &
  Pick<AllgemeinTexte, "errorSummary" | "errorPrefix" | "successPrefix">;

/**
 * The feedback form of the accessibility statement. A server action behind a plain POST form, so
 * it works without JavaScript; errors are summarised and shown at their fields with everything
 * typed kept; on success the citizen gets a reference and a summary of what was sent.
 */
export function BarriereFormular({ lang, texte: d }: { lang: Lang; texte: BarriereFormularTexte }) {
  const [zustand, action, pending] = useActionState<BarriereZustand, FormData>(meldeBarriere, {
    status: "formular",
    fehler: {},
  });
  const bestaetigung = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (zustand.status === "eingegangen") bestaetigung.current?.focus();
  }, [zustand]);

  if (zustand.status === "eingegangen") {
    const { werte } = zustand;
    return (
      <div className="portal-stack" ref={bestaetigung} tabIndex={-1} data-testid="bestaetigung">
        <Alert
          variant="success"
          headingLevel={2}
          title={d.eingegangen}
          variantLabel={d.successPrefix}
        >
          <p className="kern-body">
            {werte.email ? fill(d.antwortMitEmail, { email: werte.email }) : d.antwortOhneEmail}
          </p>
        </Alert>
        <DescriptionList
          items={[
            { term: d.aktenzeichen, definition: <strong>{zustand.aktenzeichen}</strong> },
            { term: d.eingegangenAm, definition: formatDateTime(lang, zustand.eingegangenAm) },
          ]}
        />
        <h2 className="kern-heading-medium">{d.ihreMeldung}</h2>
        <DescriptionList
          layout="column"
          items={FELDNAMEN.filter((feld) => werte[feld]).map((feld) => ({
            term: d[feld],
            definition: <span className="portal-prewrap">{werte[feld]}</span>,
          }))}
        />
        <p className="kern-body">{d.durchsetzung}</p>
        <p className="kern-body">
          <a className="kern-link" href={`/${lang}/kontakt/barriere-melden`}>
            {d.weitere}
          </a>
        </p>
      </div>
    );
  }

  const fehlertext = (feld: Feld) => {
    const fehler = zustand.fehler[feld];
    if (!fehler) return undefined;
    return fehler === "zuLang"
      ? fill(d.fehler.zuLang, { max: formatZahl(lang, FELDER[feld]) })
      : d.fehler[fehler];
  };
  const werte = zustand.werte;
  const allgemein = { errorPrefix: d.errorPrefix, optionalText: d.optional };
  return (
    <>
      <ErrorSummary
        title={d.errorSummary}
        errors={FELDNAMEN.flatMap((feld) => {
          const text = fehlertext(feld);
          return text ? [{ href: `#${feld}` as const, text }] : [];
        })}
      />
      {zustand.speicherfehler ? (
        <Alert
          variant="danger"
          role="alert"
          title={d.fehler.speichern}
          variantLabel={d.errorPrefix}
        />
      ) : null}
      <form
        action={action}
        className="portal-stack"
        noValidate
        onSubmit={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <input type="hidden" name="sprache" value={lang} />
        <Textarea
          {...allgemein}
          label={d.beschreibung}
          name="beschreibung"
          hint={d.beschreibungHint}
          error={fehlertext("beschreibung")}
          defaultValue={werte?.beschreibung}
          required
          rows={8}
        />
        <TextInput
          {...allgemein}
          label={d.seite}
          name="seite"
          hint={d.seiteHint}
          error={fehlertext("seite")}
          defaultValue={werte?.seite}
          optional
        />
        <TextInput
          {...allgemein}
          label={d.name}
          name="name"
          autoComplete="name"
          error={fehlertext("name")}
          defaultValue={werte?.name}
          optional
        />
        <TextInput
          {...allgemein}
          label={d.email}
          name="email"
          type="email"
          autoComplete="email"
          hint={d.emailHint}
          error={fehlertext("email")}
          defaultValue={werte?.email}
          optional
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
