import type { Example } from "../../internal/example";
import type { BreadcrumbsProps } from "./index";

export const breadcrumbsExamples: Example<BreadcrumbsProps>[] = [
  {
    name: "path with current page",
    props: {
      items: [
        { href: "/", label: "Startseite" },
        { href: "/leistungen", label: "Leistungen" },
        { label: "Personalausweis beantragen" },
      ],
    },
  },
  {
    name: "links only",
    props: {
      items: [
        { href: "/", label: "Startseite" },
        { href: "/behoerden", label: "Behörden" },
      ],
    },
  },
  {
    name: "English",
    props: {
      label: "Breadcrumb",
      items: [{ href: "/en", label: "Home" }, { label: "Services" }],
    },
  },
];
