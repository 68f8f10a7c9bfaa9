import type { Example } from "../../internal/example";
import type { RadiosProps } from "./index";

const payment = [
  { value: "sepa", label: "SEPA-Lastschrift" },
  { value: "ueberweisung", label: "Überweisung" },
  { value: "karte", label: "Kreditkarte" },
];

export const radiosExamples: Example<RadiosProps>[] = [
  {
    name: "plain",
    props: { legend: "Wie möchten Sie bezahlen?", name: "zahlart", options: payment },
  },
  {
    name: "yes/no horizontal with hint",
    props: {
      legend: "Haben Sie bereits ein Servicekonto?",
      name: "konto",
      hint: "Mit Servicekonto können Sie Anträge speichern.",
      horizontal: true,
      options: [
        { value: "ja", label: "Ja" },
        { value: "nein", label: "Nein" },
      ],
    },
  },
  {
    name: "with error",
    props: {
      legend: "Wie möchten Sie bezahlen?",
      name: "zahlart",
      options: payment,
      error: "Wählen Sie aus, wie Sie bezahlen möchten",
    },
  },
  {
    name: "pre-selected with a disabled option",
    props: {
      legend: "Zahlart",
      name: "zahlart",
      defaultValue: "sepa",
      options: [
        ...payment.slice(0, 2),
        { value: "karte", label: "Kreditkarte (derzeit nicht verfügbar)", disabled: true },
      ],
    },
  },
  {
    name: "English",
    props: {
      legend: "How would you like to pay?",
      name: "payment",
      options: [{ value: "sepa", label: "SEPA direct debit" }],
      error: "Select how you would like to pay",
      errorPrefix: "Error:",
    },
  },
];
