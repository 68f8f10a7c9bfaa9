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
  { name: "English", props: { items: [{ term: "Reference number", definition: "2026-000123" }] } },
];
