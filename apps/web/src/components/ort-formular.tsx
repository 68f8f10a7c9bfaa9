import { ErrorSummary } from "@portal/ui/error-summary";
import { type Lang, t } from "@/lib/i18n";
import { OrtVorschlaege } from "./ort-vorschlaege";

/**
 * The "where do you live" form: a plain GET form that works without JavaScript; with JavaScript
 * the input gets suggestions (a native datalist, so keyboard and screen readers work as usual).
 * An error is summarised above the form (focused, linking to the field) and repeated at the field.
 */
export function OrtFormular({
  action,
  lang,
  defaultValue,
  error,
  id = "ort",
  buttonLabel,
}: {
  action: string;
  lang: Lang;
  defaultValue?: string;
  error?: string;
  id?: string;
  buttonLabel?: string;
}) {
  const d = t(lang).leistung;
  const hintId = `${id}-hinweis`;
  const errorId = `${id}-fehler`;
  return (
    <>
      <ErrorSummary
        title={t(lang).errorSummary}
        errors={error ? [{ href: `#${id}`, text: error }] : []}
      />
      <search>
        <form method="get" action={action} className="portal-stack">
          <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
            <label className="kern-label" htmlFor={id}>
              {d.ortLabel}
            </label>
            <div className="kern-hint" id={hintId}>
              {d.ortHint}
            </div>
            {error ? (
              <p className="kern-error" id={errorId}>
                {error}
              </p>
            ) : null}
            <input
              className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
              id={id}
              name="ort"
              type="text"
              autoComplete="postal-code"
              maxLength={100}
              required
              defaultValue={defaultValue}
              list={`${id}-vorschlaege`}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              aria-invalid={error ? true : undefined}
            />
            <OrtVorschlaege inputId={id} listId={`${id}-vorschlaege`} lang={lang} />
          </div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{buttonLabel ?? d.ortButton}</span>
          </button>
        </form>
      </search>
    </>
  );
}
