import type { Example } from "../../internal/example";
import type { TextInputProps } from "./index";

export const textInputExamples: Example<TextInputProps>[] = [
  { name: "plain", props: { label: "Vorname", name: "vorname", autoComplete: "given-name" } },
  {
    name: "with hint",
    props: {
      label: "Postleitzahl",
      name: "plz",
      hint: "5 Ziffern, zum Beispiel 01067",
      inputMode: "numeric",
      autoComplete: "postal-code",
      width: 4,
    },
  },
  {
    name: "with error and entered value",
    props: {
      label: "E-Mail-Adresse",
      name: "email",
      type: "email",
      autoComplete: "email",
      hint: "Wir senden Ihnen die Eingangsbestätigung an diese Adresse.",
      defaultValue: "kim.musterperson@",
      error: "Geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein",
    },
  },
  {
    name: "required",
    props: { label: "Nachname", name: "nachname", required: true, autoComplete: "family-name" },
  },
  {
    name: "optional marker",
    props: {
      label: "Telefonnummer",
      name: "telefon",
      type: "tel",
      autoComplete: "tel",
      optional: true,
    },
  },
  {
    name: "id differs from name",
    props: { label: "Kassenzeichen", name: "zahlung.kassenzeichen", id: "kassenzeichen" },
  },
  {
    name: "English",
    props: {
      label: "Email address",
      name: "email",
      type: "email",
      autoComplete: "email",
      error: "Enter an email address in the format name@example.com",
      errorPrefix: "Error:",
      optional: true,
      optionalText: "(optional)",
    },
  },
];
