import type { Example } from "../../internal/example";
import type { HeaderProps } from "./index";

const navigation: HeaderProps["navigation"] = [
  { href: "/leistungen", label: "Leistungen", current: "section" },
  { href: "/behoerden", label: "Behörden" },
  { href: "/lebenslagen", label: "Lebenslagen" },
  { href: "/beteiligung", label: "Beteiligung" },
];

export const headerExamples: Example<HeaderProps>[] = [
  { name: "name only", props: {} },
  {
    name: "full German header",
    props: {
      subtitle: "Serviceportal des Freistaates Sachsen",
      navigation,
      languages: [
        { href: "/leistungen", label: "Deutsch", lang: "de", current: true },
        { href: "/en/services", label: "English", lang: "en" },
      ],
    },
  },
  {
    name: "English header",
    props: {
      subtitle: "Service portal of the Free State of Saxony",
      homeHref: "/en",
      navigationLabel: "Main navigation",
      languagesLabel: "Choose language",
      navigation: [
        { href: "/en/services", label: "Services", current: "page" },
        { href: "/en/authorities", label: "Authorities" },
      ],
      languages: [
        { href: "/leistungen", label: "Deutsch", lang: "de" },
        { href: "/en/services", label: "English", lang: "en", current: true },
      ],
    },
  },
];
