import type { Example } from "../../internal/example";
import type { TextareaProps } from "./index";

export const textareaExamples: Example<TextareaProps>[] = [
  { name: "plain", props: { label: "Ihre Stellungnahme", name: "stellungnahme" } },
  {
    name: "with hint and limit",
    props: {
      label: "Begründung",
      name: "begruendung",
      hint: "Höchstens 2000 Zeichen",
      maxLength: 2000,
    },
  },
  {
    name: "with error and entered text",
    props: {
      label: "Begründung",
      name: "begruendung",
      defaultValue: "Weil",
      error: "Die Begründung muss mindestens 20 Zeichen lang sein",
    },
  },
  {
    name: "English, optional",
    props: {
      label: "Your comment",
      name: "comment",
      optional: true,
      error: "Enter a comment",
      errorPrefix: "Error:",
    },
  },
];
