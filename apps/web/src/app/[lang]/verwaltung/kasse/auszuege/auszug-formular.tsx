"use client";

import { Button } from "@portal/ui/button";
import { FileInput } from "@portal/ui/file-input";
import { Select, type SelectOption } from "@portal/ui/select";
import { useActionState } from "react";
import type { FormularErfolg } from "@/components/formular";
import { FormularFehler, useFokusNachAntwort } from "@/components/formular-fehler";
import type { Lang } from "@/i18n/sprache";
import type { ActionResult, ActionState } from "@/lib/action";

type Feld = "oe" | "datei";
type Aktion = (
  state: ActionState<Feld, FormularErfolg>,
  form: FormData,
) => Promise<ActionResult<Feld, FormularErfolg>>;

/**
 * The upload of a bank file: a multipart POST to the server action, so it works without
 * JavaScript. Not the shared `Formular`, whose file field is always optional: here the file is
 * the point of the form. A refusal is summarised and shown at its field (what is wrong with the
 * file, in the service's words); the chosen Organisationseinheit stays, the file must be chosen
 * again (browsers never prefill a file input).
 */
export function AuszugFormular({
  lang,
  aktion,
  oes,
  oe,
  texte: t,
}: {
  lang: Lang;
  aktion: Aktion;
  oes: SelectOption[];
  oe: string;
  texte: {
    oe: string;
    datei: string;
    dateiHinweis: string;
    senden: string;
    errorSummary: string;
    errorPrefix: string;
    nichtGesendet: string;
  };
}) {
  const [zustand, action, pending] = useActionState<ActionState<Feld, FormularErfolg>, FormData>(
    aktion,
    null,
  );
  const { formFehler } = useFokusNachAntwort(zustand);
  const fehler = zustand?.ok === false ? zustand.errors : {};
  const gewaehlt = zustand?.ok === false && zustand.values.oe ? zustand.values.oe : oe;
  return (
    <>
      <FormularFehler
        zustand={zustand}
        felder={oes.length > 1 ? ["oe", "datei"] : ["datei"]}
        texte={t}
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
        {oes.length > 1 ? (
          <Select
            label={t.oe}
            name="oe"
            options={oes}
            defaultValue={gewaehlt}
            error={fehler.oe}
            errorPrefix={t.errorPrefix}
            required
          />
        ) : (
          <input type="hidden" name="oe" value={oe} />
        )}
        <FileInput
          label={t.datei}
          name="datei"
          hint={t.dateiHinweis}
          accept=".xml,application/xml,text/xml"
          error={fehler.datei}
          errorPrefix={t.errorPrefix}
          required
        />
        <div>
          <Button type="submit" aria-disabled={pending || undefined}>
            {t.senden}
          </Button>
        </div>
      </form>
    </>
  );
}
