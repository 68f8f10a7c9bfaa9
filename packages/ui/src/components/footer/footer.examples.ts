import type { Example } from "../../internal/example";
import type { FooterProps } from "./index";

export const footerExamples: Example<FooterProps>[] = [
  {
    name: "German footer with three groups",
    props: {
      groups: [
        {
          heading: "Amt24",
          links: [
            { href: "/ueber-amt24", label: "Über Amt24" },
            { href: "/hilfe", label: "Hilfe" },
          ],
        },
        {
          heading: "Barrierefreiheit",
          links: [
            { href: "/leichte-sprache", label: "Leichte Sprache" },
            { href: "/gebaerdensprache", label: "Gebärdensprache" },
            { href: "/barrierefreiheit", label: "Erklärung zur Barrierefreiheit" },
          ],
        },
        {
          heading: "Rechtliches",
          links: [
            { href: "/impressum", label: "Impressum" },
            { href: "/datenschutz", label: "Datenschutz" },
          ],
        },
      ],
      attribution: "© Freistaat Sachsen. Quelltext unter EUPL-1.2.",
    },
  },
  {
    name: "English footer, level-3 headings",
    props: {
      headingLevel: 3,
      groups: [
        {
          heading: "Legal",
          links: [
            { href: "/en/imprint", label: "Imprint" },
            { href: "/en/privacy", label: "Privacy" },
          ],
        },
      ],
      attribution: "© Free State of Saxony. Source code under EUPL-1.2.",
    },
  },
  { name: "attribution only", props: { groups: [], attribution: "© Freistaat Sachsen" } },
];
