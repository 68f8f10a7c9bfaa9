import type { Example } from "../../internal/example";
import type { DescriptionListProps } from "./index";

export const descriptionListExamples: Example<DescriptionListProps>[] = [
  {
    name: "application summary",
    props: {
      items: [
        { term: "Aktenzeichen", definition: "2026-000123" },
        { term: "Eingegangen am", definition: "3. März 2026" },
        { term: "Zuständige Behörde", definition: "Landeshauptstadt Dresden, Bürgerbüro Altstadt" },
      ],
    },
  },
  {
    name: "column layout",
    props: {
      layout: "column",
      items: [{ term: "Bearbeitungsdauer", definition: "In der Regel 3 bis 4 Wochen" }],
    },
  },
  {
    name: "compact: opening hours and contact",
    props: {
      layout: "compact",
      items: [
        { term: "Montag", definition: "08:00–12:00 (nur mit Termin)" },
        { term: "Telefon", definition: "0351 488-0" },
        { term: "E-Mail", definition: "buergerbuero-altstadt@dresden.de" },
      ],
    },
  },
  { name: "English", props: { items: [{ term: "Reference number", definition: "2026-000123" }] } },
];
