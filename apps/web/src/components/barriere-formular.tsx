"use client";

import { BARRIERE_FELDER, type BarriereFeld } from "@portal/barrierefreiheit/felder";
import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { DescriptionList } from "@portal/ui/description-list";
import { TextInput } from "@portal/ui/text-input";
import { Textarea } from "@portal/ui/textarea";
import { useActionState } from "react";
import { type BarriereZustand, meldeBarriere } from "@/app/[lang]/kontakt/barriere-melden/actions";
import type { AktionTexte } from "@/i18n/aktion/de";
import type { AllgemeinTexte } from "@/i18n/allgemein/de";
import type { BarriereTexte } from "@/i18n/barriere/de";
import { fill, formatDateTime } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { FormularFehler, useFokusNachAntwort } from "./formular-fehler";

/** The strings the form shows, in the page's language (from the page, a server component). */
export type BarriereFormularTexte = BarriereTexte["formular"] &
  Pick<AllgemeinTexte, "errorSummary" | "errorPrefix" | "successPrefix"> &
  Pick<AktionTexte, "nichtGesendet">;

/**
 * The feedback form of the accessibility statement. A server action behind a plain POST form, so
 * it works without JavaScript; errors are summarised and shown at their fields, a refusal of the
 * whole form (too many reports, storage down) above it, always with everything typed kept; on
 * success the citizen gets a reference and a summary of what was stored.
 */
export function BarriereFormular({ lang, texte: d }: { lang: Lang; texte: BarriereFormularTexte }) {
  const [zustand, action, pending] = useActionState<BarriereZustand, FormData>(meldeBarriere, null);
  const { erfolg: bestaetigung, formFehler } = useFokusNachAntwort(zustand);

  if (zustand?.ok) {
    const { meldung, aktenzeichen, eingegangenAm } = zustand.data;
    return (
      <div className="portal-stack" ref={bestaetigung} tabIndex={-1} data-testid="bestaetigung">
        <Alert
          variant="success"
          headingLevel={2}
          title={d.eingegangen}
          variantLabel={d.successPrefix}
        >
          <p className="kern-body">
            {meldung.email ? fill(d.antwortMitEmail, { email: meldung.email }) : d.antwortOhneEmail}
          </p>
        </Alert>
        <DescriptionList
          items={[
            { term: d.aktenzeichen, definition: <strong>{aktenzeichen}</strong> },
            { term: d.eingegangenAm, definition: formatDateTime(lang, eingegangenAm) },
          ]}
        />
        <h2 className="kern-heading-medium">{d.ihreMeldung}</h2>
        <DescriptionList
          layout="column"
          items={BARRIERE_FELDER.flatMap((feld) => {
            const wert = meldung[feld];
            return wert
              ? [{ term: d[feld], definition: <span className="portal-prewrap">{wert}</span> }]
              : [];
          })}
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

  const fehlertext = (feld: BarriereFeld) => zustand?.errors[feld];
  const werte = zustand?.values;
  const allgemein = { errorPrefix: d.errorPrefix, optionalText: d.optional };
  return (
    <>
      <FormularFehler
        zustand={zustand}
        felder={BARRIERE_FELDER}
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
        {/* The language of the messages: action() reads this field (LANG_FIELD). */}
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
