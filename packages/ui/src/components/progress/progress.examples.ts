import type { Example } from "../../internal/example";
import type { ProgressProps } from "./index";

export const progressExamples: Example<ProgressProps>[] = [
  { name: "step 2 of 5", props: { id: "fortschritt", value: 2, max: 5, label: "Schritt 2 von 5" } },
  {
    name: "complete",
    props: { id: "fortschritt", value: 5, max: 5, label: "Alle Schritte ausgefüllt" },
  },
  { name: "English", props: { id: "progress", value: 1, max: 4, label: "Step 1 of 4" } },
];
