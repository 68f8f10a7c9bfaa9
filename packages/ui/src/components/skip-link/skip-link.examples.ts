import type { Example } from "../../internal/example";
import type { SkipLinkProps } from "./index";

export const skipLinkExamples: Example<SkipLinkProps>[] = [
  { name: "default (German)", props: {} },
  { name: "English", props: { children: "Skip to main content" } },
  { name: "custom target", props: { href: "#main", children: "Direkt zum Formular" } },
];
