import type { Example } from "../../internal/example";
import type { ErrorSummaryProps } from "./index";

export const errorSummaryExamples: Example<ErrorSummaryProps>[] = [
  {
    name: "two errors",
    props: {
      errors: [
        { href: "#nachname", text: "Geben Sie Ihren Nachnamen ein" },
        { href: "#geburtsdatum-tag", text: "Das Geburtsdatum muss in der Vergangenheit liegen" },
      ],
    },
  },
  {
    name: "with description, no autofocus",
    props: {
      description: "Bitte prüfen Sie die markierten Angaben.",
      autoFocus: false,
      errors: [
        {
          href: "#iban",
          text: "Geben Sie eine IBAN mit 22 Zeichen ein, zum Beispiel DE02 1203 0000 0000 2020 51",
        },
      ],
    },
  },
  {
    name: "English",
    props: {
      title: "There is a problem",
      id: "error-summary",
      errors: [{ href: "#email", text: "Enter an email address in the format name@example.com" }],
    },
  },
];
