import type { Example } from "../../internal/example";
import type { HeadingProps } from "./index";

export const headingExamples: Example<HeadingProps>[] = [
  { name: "level 2, default size", props: { level: 2, children: "Voraussetzungen" } },
  { name: "level 2 sized small", props: { level: 2, size: "small", children: "Kosten" } },
  { name: "level 3 with id", props: { level: 3, id: "fristen", children: "Fristen" } },
  {
    name: "with preline and subline",
    props: {
      level: 2,
      preline: "Leistung",
      subline: "Zuständig: Landeshauptstadt Dresden",
      children: "Personalausweis beantragen",
    },
  },
  {
    name: "English",
    props: { level: 2, preline: "Service", children: "Apply for an identity card" },
  },
];
