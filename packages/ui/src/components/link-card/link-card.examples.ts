import type { Example } from "../../internal/example";
import type { LinkCardProps } from "./index";

export const linkCardExamples: Example<LinkCardProps>[] = [
  {
    name: "service",
    props: {
      href: "/leistungen/wohngeld",
      preline: "Leistung",
      title: "Wohngeld beantragen",
      description: "Zuschuss zur Miete für Haushalte mit geringem Einkommen.",
    },
  },
  {
    name: "title only, small, level 3",
    props: { href: "/lebenslagen/umzug", title: "Umzug", headingLevel: 3, size: "small" },
  },
  {
    name: "English",
    props: {
      href: "/en/services/housing-benefit",
      title: "Apply for housing benefit",
      description: "Rent subsidy for low-income households.",
    },
  },
];
