import { MAX_SUCHANFRAGE } from "@portal/katalog/server";
import { SearchForm } from "@portal/ui/search-form";
import type { Lang } from "@/i18n/sprache";
import { sucheTexte } from "@/i18n/suche";

/** The service search: the design system's GET form to /suche, usable without JavaScript. */
export function Suchformular({
  lang,
  defaultValue,
  id = "suche",
}: {
  lang: Lang;
  defaultValue?: string;
  id?: string;
}) {
  const d = sucheTexte(lang);
  return (
    <SearchForm
      action={`/${lang}/suche`}
      id={id}
      label={d.label}
      hint={d.hint}
      buttonLabel={d.button}
      defaultValue={defaultValue}
      maxLength={MAX_SUCHANFRAGE}
    />
  );
}
