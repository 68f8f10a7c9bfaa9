import type { Example } from "../../internal/example";
import type { SelectProps } from "./index";

const landkreise = [
  { value: "14521", label: "Erzgebirgskreis" },
  { value: "14522", label: "Mittelsachsen" },
  { value: "14523", label: "Vogtlandkreis" },
];

export const selectExamples: Example<SelectProps>[] = [
  { name: "plain", props: { label: "Landkreis", name: "landkreis", options: landkreise } },
  {
    name: "with empty option and hint",
    props: {
      label: "Landkreis oder kreisfreie Stadt",
      name: "kreis",
      emptyOption: "Bitte auswählen",
      hint: "Maßgeblich ist Ihr Hauptwohnsitz.",
      options: [
        {
          label: "Kreisfreie Städte",
          options: [
            { value: "14612", label: "Dresden" },
            { value: "14713", label: "Leipzig" },
          ],
        },
        { label: "Landkreise", options: landkreise },
      ],
    },
  },
  {
    name: "with error",
    props: {
      label: "Landkreis",
      name: "landkreis",
      emptyOption: "Bitte auswählen",
      options: landkreise,
      required: true,
      error: "Wählen Sie Ihren Landkreis aus",
    },
  },
  {
    name: "pre-selected, optional",
    props: {
      label: "Landkreis",
      name: "landkreis",
      options: landkreise,
      defaultValue: "14522",
      optional: true,
    },
  },
  {
    name: "English",
    props: {
      label: "District",
      name: "district",
      emptyOption: "Please select",
      options: landkreise,
      error: "Select your district",
      errorPrefix: "Error:",
    },
  },
];
