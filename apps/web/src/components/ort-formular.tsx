import { MAX_ORTSEINGABE } from "@portal/katalog/server";
import { Button } from "@portal/ui/button";
import { ErrorSummary } from "@portal/ui/error-summary";
import { TextInput } from "@portal/ui/text-input";
import { allgemeinTexte } from "@/i18n/allgemein";
import { leistungTexte } from "@/i18n/leistung";
import { ortTexte } from "@/i18n/ort";
import type { Lang } from "@/i18n/sprache";
import { OrtVorschlaege } from "./ort-vorschlaege";

/**
 * The "where" form: a plain GET form that works without JavaScript; with JavaScript the input gets
 * suggestions (a native datalist, so keyboard and screen readers work as usual). An error is
 * summarised above the form (focused, linking to the field) and repeated at the field.
 */
export function OrtFormular({
  action,
  lang,
  defaultValue,
  error,
  id = "ort",
  buttonLabel,
  frage,
}: {
  action: string;
  lang: Lang;
  defaultValue?: string;
  error?: string;
  id?: string;
  buttonLabel?: string;
  /**
   * The question that names the place which decides ("Wo liegt das Grundstück?"); it becomes the
   * label, and what to enter moves to the hint. Without it the label says what to enter.
   */
  frage?: string;
}) {
  const a = allgemeinTexte(lang);
  const d = leistungTexte(lang);
  return (
    <>
      <ErrorSummary
        title={a.errorSummary}
        errors={error ? [{ href: `#${id}`, text: error }] : []}
      />
      <search>
        <form method="get" action={action} className="portal-stack">
          <TextInput
            label={frage ?? d.ortLabel}
            hint={frage ? d.ortFrageHint : d.ortHint}
            name="ort"
            id={id}
            error={error}
            errorPrefix={a.errorPrefix}
            autoComplete="postal-code"
            maxLength={MAX_ORTSEINGABE}
            required
            defaultValue={defaultValue}
            list={`${id}-vorschlaege`}
          />
          <OrtVorschlaege
            inputId={id}
            listId={`${id}-vorschlaege`}
            ortsteilVon={ortTexte(lang).vorschlaege.ortsteil}
          />
          <div>
            <Button type="submit">{buttonLabel ?? d.ortButton}</Button>
          </div>
        </form>
      </search>
    </>
  );
}
