import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { Radios } from "./index";
import { radiosExamples } from "./radios.examples";

testExamples("Radios", Radios, radiosExamples);

const options = [
  { value: "sepa", label: "SEPA-Lastschrift" },
  { value: "karte", label: "Kreditkarte" },
];

describe("Radios", () => {
  it("gives the first radio the name as id, so error summary links land on it", () => {
    const document = render(<Radios legend="Zahlart" name="zahlart" options={options} />);
    const radios = [...document.querySelectorAll('input[type="radio"]')];
    expect(radios.map((r) => r.id)).toEqual(["zahlart", "zahlart-2"]);
    for (const radio of radios) {
      expect(document.querySelector(`label[for="${radio.id}"]`)).not.toBeNull();
      expect(radio.getAttribute("name")).toBe("zahlart");
    }
  });

  it("sits in a fieldset named by the question", () => {
    const document = render(<Radios legend="Zahlart" name="zahlart" options={options} />);
    expect(document.querySelector("fieldset > legend")?.textContent).toBe("Zahlart");
    expect(document.querySelector("fieldset")?.contains(document.getElementById("zahlart"))).toBe(
      true,
    );
  });

  it("checks the default value and links the error to the group", () => {
    const document = render(
      <Radios
        legend="Zahlart"
        name="zahlart"
        options={options}
        defaultValue="karte"
        error="Wählen Sie"
      />,
    );
    expect(document.querySelector("input:checked")?.getAttribute("value")).toBe("karte");
    const fieldset = document.querySelector("fieldset");
    expect(fieldset?.getAttribute("aria-describedby")).toBe("zahlart-fieldset-error");
    expect(document.getElementById("zahlart-fieldset-error")?.textContent).toBe(
      "Fehler: Wählen Sie",
    );
  });
});
