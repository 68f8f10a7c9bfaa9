import type { Example } from "../../internal/example";
import type { FileInputProps } from "./index";

export const fileInputExamples: Example<FileInputProps>[] = [
  {
    name: "with hint",
    props: {
      label: "Nachweis über den Wohnsitz",
      name: "nachweis",
      hint: "PDF, JPEG oder PNG, höchstens 5 MB.",
      accept: "application/pdf,image/jpeg,image/png",
    },
  },
  {
    name: "with a current file and an error",
    props: {
      label: "Nachweis",
      name: "nachweis",
      current: "Hochgeladen: mietvertrag.pdf (120 KB)",
      error: "Die Datei für „Nachweis“ darf höchstens 5 MB groß sein.",
    },
  },
  {
    name: "English, optional",
    props: {
      label: "Proof",
      name: "proof",
      optional: true,
      errorPrefix: "Error:",
      error: "Upload a file for “Proof”.",
    },
  },
];
