"use client";

import { Button } from "@portal/ui/button";
import { Checkboxes } from "@portal/ui/checkboxes";
import { DescriptionList } from "@portal/ui/description-list";
import { Radios } from "@portal/ui/radios";
import { TextInput } from "@portal/ui/text-input";
import { useActionState } from "react";
import type { FormularErfolg, FormularTexte } from "@/components/formular";
import { FormularFehler, useFokusNachAntwort } from "@/components/formular-fehler";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";

/** The fields of the payment form, in page order (the error summary links to them so). */
export const ZAHLUNGSFELDER = ["zahlungsart", "kontoinhaber", "iban", "mandat"] as const;
type Feld = (typeof ZAHLUNGSFELDER)[number];

type Aktion = (
  state: ActionState<string, FormularErfolg>,
  form: FormData,
) => Promise<ActionResult<string, FormularErfolg>>;

/** What the page tells this client component, in the page language (no dictionaries here). */
export type ZahlungsformularTexte = FormularTexte & {
  artFrage: string;
  artHinweis: string;
  arten: { value: "sepa_debit" | "bank_transfer"; label: string }[];
  lastschrift?: {
    titel: string;
    kontoinhaber: string;
    iban: string;
    ibanHinweis: string;
    mandatTitel: string;
    mandatstext: string;
    angaben: { term: string; definition: string }[];
    einzugHinweis: string;
    mandatLegende: string;
    mandatBestaetigen: string;
  };
  ueberweisung?: { titel: string; text: string };
};

/**
 * The payment step's form: the method as a radio group, the debit's account and mandate, the
 * transfer's note, and one submit. A plain POST form (works without JavaScript: both methods'
 * parts are shown, the chosen radio decides); what was typed, the IBAN too, comes back after a
 * refusal, with the errors summarised above and at their fields.
 */
export function ZahlungsFormular({
  lang,
  aktion,
  versteckt,
  vorauswahl,
  texte: d,
}: {
  lang: Lang;
  aktion: Aktion;
  versteckt: Record<string, string>;
  vorauswahl: string;
  texte: ZahlungsformularTexte;
}) {
  const [zustand, action, pending] = useActionState<ActionState<string, FormularErfolg>, FormData>(
    aktion,
    null,
  );
  const { formFehler } = useFokusNachAntwort(zustand);
  const fehler: Partial<Record<Feld, string>> = zustand?.ok === false ? zustand.errors : {};
  const werte: Partial<Record<string, string>> = zustand?.ok === false ? zustand.values : {};
  return (
    <>
      <FormularFehler
        zustand={zustand}
        felder={ZAHLUNGSFELDER}
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
        <Radios
          name="zahlungsart"
          legend={d.artFrage}
          hint={d.artHinweis}
          options={d.arten}
          defaultValue={werte.zahlungsart || vorauswahl}
          error={fehler.zahlungsart}
          errorPrefix={d.errorPrefix}
          required
        />
        {d.lastschrift ? (
          <section className="portal-stack" aria-labelledby="lastschrift-titel">
            <h2 className="kern-heading-medium" id="lastschrift-titel">
              {d.lastschrift.titel}
            </h2>
            <TextInput
              name="kontoinhaber"
              label={d.lastschrift.kontoinhaber}
              autoComplete="name"
              maxLength={70}
              defaultValue={werte.kontoinhaber ?? ""}
              error={fehler.kontoinhaber}
              errorPrefix={d.errorPrefix}
            />
            <TextInput
              name="iban"
              label={d.lastschrift.iban}
              hint={d.lastschrift.ibanHinweis}
              autoComplete="off"
              maxLength={50}
              spellCheck={false}
              autoCapitalize="characters"
              defaultValue={werte.iban ?? ""}
              error={fehler.iban}
              errorPrefix={d.errorPrefix}
            />
            <h3 className="kern-heading-small" id="mandat-titel">
              {d.lastschrift.mandatTitel}
            </h3>
            <p className="kern-body" data-testid="mandatstext">
              {d.lastschrift.mandatstext}
            </p>
            <DescriptionList items={d.lastschrift.angaben} />
            <p className="kern-body" data-testid="einzug">
              {d.lastschrift.einzugHinweis}
            </p>
            <Checkboxes
              name="mandat"
              legend={d.lastschrift.mandatLegende}
              options={[{ value: "ja", label: d.lastschrift.mandatBestaetigen }]}
              defaultValues={werte.mandat === "ja" ? ["ja"] : []}
              error={fehler.mandat}
              errorPrefix={d.errorPrefix}
            />
          </section>
        ) : null}
        {d.ueberweisung ? (
          <section className="portal-stack" aria-labelledby="ueberweisung-titel">
            <h2 className="kern-heading-medium" id="ueberweisung-titel">
              {d.ueberweisung.titel}
            </h2>
            <p className="kern-body">{d.ueberweisung.text}</p>
          </section>
        ) : null}
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {d.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
