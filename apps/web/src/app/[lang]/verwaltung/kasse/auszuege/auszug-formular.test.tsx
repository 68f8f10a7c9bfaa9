// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuszugFormular } from "./auszug-formular";

const texte = {
  oe: "Organisationseinheit",
  datei: "Datei der Bank (XML)",
  dateiHinweis: "Eine XML-Datei, höchstens 20 MB.",
  senden: "Datei importieren",
  errorSummary: "Es gibt ein Problem",
  errorPrefix: "Fehler:",
  nichtGesendet: "Nicht gesendet",
};
const aktion = async () => ({
  ok: false as const,
  reason: "invalid" as const,
  errors: {},
  values: { oe: "", datei: "" },
});
const render = (oes: string[]) =>
  new DOMParser().parseFromString(
    renderToStaticMarkup(
      <AuszugFormular
        lang="de"
        aktion={aktion}
        oes={oes.map((s) => ({ value: s, label: s }))}
        oe={oes[0] ?? ""}
        texte={texte}
      />,
    ),
    "text/html",
  );

describe("AuszugFormular", () => {
  it("asks for the bank file as a required, labelled XML upload (not marked optional)", () => {
    const doc = render(["gv-14612000"]);
    const datei = doc.querySelector<HTMLInputElement>('input[type="file"][name="datei"]');
    expect(datei?.required).toBe(true);
    expect(datei?.accept).toContain(".xml");
    const label = doc.querySelector(`label[for="${datei?.id}"]`);
    expect(label?.textContent).toBe("Datei der Bank (XML)");
    expect(doc.body.textContent).not.toContain("optional");
    // The hint is read with the field.
    const hinweis = datei?.getAttribute("aria-describedby")?.split(" ")[0] ?? "";
    expect(doc.getElementById(hinweis)?.textContent).toBe(texte.dateiHinweis);
  });

  it("sends the clerk's only OE as a hidden field, and offers a choice when there are several", () => {
    const eine = render(["gv-14612000"]);
    expect(eine.querySelector("select")).toBeNull();
    expect(eine.querySelector<HTMLInputElement>('input[type="hidden"][name="oe"]')?.value).toBe(
      "gv-14612000",
    );
    const zwei = render(["gv-14612000", "gv-14713000"]);
    const auswahl = zwei.querySelector<HTMLSelectElement>('select[name="oe"]');
    expect([...(auswahl?.options ?? [])].map((o) => o.value)).toEqual([
      "gv-14612000",
      "gv-14713000",
    ]);
    expect(zwei.querySelector(`label[for="${auswahl?.id}"]`)?.textContent).toBe(
      "Organisationseinheit",
    );
  });

  it("carries the page language, which picks the language of the messages", () => {
    const doc = render(["gv-14612000"]);
    expect(doc.querySelector<HTMLInputElement>('input[name="sprache"]')?.value).toBe("de");
  });
});
