import type { Example } from "../../internal/example";
import type { CheckboxesProps } from "./index";

const channels = [
  { value: "postfach", label: "Postfach im Servicekonto" },
  { value: "email", label: "E-Mail" },
  { value: "brief", label: "Brief" },
];

export const checkboxesExamples: Example<CheckboxesProps>[] = [
  {
    name: "plain",
    props: { legend: "Wie möchten Sie benachrichtigt werden?", name: "kanal", options: channels },
  },
  {
    name: "with hint and checked values",
    props: {
      legend: "Benachrichtigung",
      name: "kanal",
      hint: "Wählen Sie alle passenden aus.",
      options: channels,
      defaultValues: ["postfach", "brief"],
    },
  },
  {
    name: "with error",
    props: {
      legend: "Benachrichtigung",
      name: "kanal",
      options: channels,
      error: "Wählen Sie mindestens einen Weg aus",
    },
  },
  {
    name: "single consent",
    props: {
      legend: "Einwilligung",
      name: "einwilligung",
      options: [{ value: "ja", label: "Ich habe die Datenschutzhinweise gelesen." }],
    },
  },
  {
    name: "English",
    props: {
      legend: "How should we contact you?",
      name: "channel",
      options: [{ value: "email", label: "Email" }],
      error: "Select at least one",
      errorPrefix: "Error:",
    },
  },
];
