import { type Lang, t } from "@/lib/i18n";

/** The service search: a GET form to /suche, usable without JavaScript. */
export function Suchformular({
  lang,
  defaultValue,
  id = "suche",
}: {
  lang: Lang;
  defaultValue?: string;
  id?: string;
}) {
  const d = t(lang).search;
  return (
    <search>
      <form method="get" action={`/${lang}/suche`} className="portal-stack">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={id}>
            {d.label}
          </label>
          <div className="kern-hint" id={`${id}-hinweis`}>
            {d.hint}
          </div>
          <input
            className="kern-form-input__input"
            id={id}
            name="q"
            type="search"
            maxLength={200}
            defaultValue={defaultValue}
            aria-describedby={`${id}-hinweis`}
          />
        </div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{d.button}</span>
        </button>
      </form>
    </search>
  );
}
