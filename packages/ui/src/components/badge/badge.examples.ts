import type { Example } from "../../internal/example";
import type { BadgeProps } from "./index";

export const badgeExamples: Example<BadgeProps>[] = [
  { name: "info", props: { children: "Eingegangen" } },
  { name: "success", props: { variant: "success", children: "Bewilligt" } },
  { name: "warning", props: { variant: "warning", children: "Unterlagen fehlen" } },
  { name: "danger", props: { variant: "danger", children: "Abgelehnt" } },
  {
    name: "small without icon",
    props: { variant: "info", small: true, icon: false, children: "Entwurf" },
  },
  { name: "English", props: { variant: "success", children: "Approved" } },
];
