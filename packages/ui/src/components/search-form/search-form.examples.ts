import type { Example } from "../../internal/example";
import type { SearchFormProps } from "./index";

export const searchFormExamples: Example<SearchFormProps>[] = [
  { name: "default", props: { action: "/suche" } },
  {
    name: "with hint and query",
    props: {
      action: "/leistungen",
      label: "Leistung suchen",
      hint: "Zum Beispiel Personalausweis oder Wohngeld",
      defaultValue: "Ausweis",
      maxLength: 200,
    },
  },
  {
    name: "label hidden, with hidden field",
    props: {
      action: "/suche",
      labelHidden: true,
      landmarkLabel: "Portal durchsuchen",
      hiddenFields: { ars: "146120000000" },
    },
  },
  {
    name: "English",
    props: {
      action: "/en/search",
      label: "Search term",
      buttonLabel: "Search",
      hint: "For example identity card",
    },
  },
];
