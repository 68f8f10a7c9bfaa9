import type { Example } from "../../internal/example";
import { TextInput } from "../text-input";
import type { FieldsetProps } from "./index";

const dateParts = () => (
  <>
    <TextInput
      label="Tag"
      name="geburtsdatum.tag"
      id="geburtsdatum-tag"
      inputMode="numeric"
      width={2}
      autoComplete="bday-day"
    />
    <TextInput
      label="Monat"
      name="geburtsdatum.monat"
      id="geburtsdatum-monat"
      inputMode="numeric"
      width={2}
      autoComplete="bday-month"
    />
    <TextInput
      label="Jahr"
      name="geburtsdatum.jahr"
      id="geburtsdatum-jahr"
      inputMode="numeric"
      width={4}
      autoComplete="bday-year"
    />
  </>
);

export const fieldsetExamples: Example<FieldsetProps>[] = [
  {
    name: "date with hint, horizontal",
    props: {
      id: "geburtsdatum",
      legend: "Geburtsdatum",
      hint: "Zum Beispiel 27 3 1985",
      horizontal: true,
      children: dateParts(),
    },
  },
  {
    name: "address block",
    props: {
      id: "anschrift",
      legend: "Anschrift",
      children: (
        <>
          <TextInput label="Straße und Hausnummer" name="strasse" autoComplete="street-address" />
          <TextInput
            label="Postleitzahl"
            name="plz"
            autoComplete="postal-code"
            inputMode="numeric"
            width={4}
          />
          <TextInput label="Ort" name="ort" autoComplete="address-level2" />
        </>
      ),
    },
  },
  {
    name: "with error",
    props: {
      id: "geburtsdatum",
      legend: "Geburtsdatum",
      horizontal: true,
      error: "Das Geburtsdatum muss in der Vergangenheit liegen",
      children: dateParts(),
    },
  },
  {
    name: "legend as page heading",
    props: {
      id: "anschrift",
      legend: "Wo wohnen Sie?",
      legendSize: "large",
      legendIsPageHeading: true,
      children: <TextInput label="Ort" name="ort" autoComplete="address-level2" />,
    },
  },
  {
    name: "English",
    props: {
      id: "dob",
      legend: "Date of birth",
      hint: "For example 27 3 1985",
      error: "Date of birth must be in the past",
      errorPrefix: "Error:",
      horizontal: true,
      children: dateParts(),
    },
  },
];
