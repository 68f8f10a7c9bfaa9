import type { Example } from "../../internal/example";
import type { LoaderProps } from "./index";

export const loaderExamples: Example<LoaderProps>[] = [
  { name: "default", props: {} },
  { name: "specific text", props: { label: "Zuständige Behörde wird gesucht …" } },
  { name: "English", props: { label: "Loading …" } },
];
