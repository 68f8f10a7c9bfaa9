import type { Example } from "../../internal/example";
import type { ButtonProps } from "./index";

export const buttonExamples: Example<ButtonProps>[] = [
  { name: "primary submit", props: { children: "Antrag absenden" } },
  {
    name: "secondary",
    props: { variant: "secondary", children: "Entwurf speichern", name: "intent", value: "draft" },
  },
  {
    name: "tertiary button",
    props: { variant: "tertiary", type: "button", children: "Abbrechen" },
  },
  {
    name: "with icon at the end",
    props: { children: "Weiter", icon: "arrow-forward", iconPosition: "end" },
  },
  { name: "disabled", props: { children: "Senden", disabled: true } },
  { name: "block", props: { children: "Anmelden", block: true } },
  {
    name: "link as primary button",
    props: { href: "/leistungen/personalausweis/antrag", children: "Jetzt beantragen" },
  },
  {
    name: "link as secondary button with icon",
    props: {
      href: "/download/bescheid.pdf",
      variant: "secondary",
      icon: "download",
      children: "Bescheid herunterladen (PDF, 120 KB)",
    },
  },
  { name: "English", props: { children: "Submit application" } },
];
