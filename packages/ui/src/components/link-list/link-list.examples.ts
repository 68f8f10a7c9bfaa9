import type { Example } from "../../internal/example";
import type { LinkListProps } from "./index";

export const linkListExamples: Example<LinkListProps>[] = [
  {
    name: "related links",
    props: {
      items: [
        { href: "/leistungen/reisepass", label: "Reisepass beantragen" },
        { href: "/leistungen/meldebescheinigung", label: "Meldebescheinigung anfordern" },
      ],
    },
  },
  {
    name: "with descriptions, no icons",
    props: {
      icon: false,
      items: [
        {
          href: "/formulare/wohngeld.pdf",
          label: "Antragsformular Wohngeld (PDF, 240 KB)",
          description: "Zum Ausdrucken und Einsenden",
        },
      ],
    },
  },
  { name: "small", props: { size: "small", items: [{ href: "/hilfe", label: "Hilfe" }] } },
  {
    name: "English",
    props: { items: [{ href: "/en/services/passport", label: "Apply for a passport" }] },
  },
];
