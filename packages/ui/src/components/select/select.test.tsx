import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { Select } from "./index";
import { selectExamples } from "./select.examples";

testExamples("Select", Select, selectExamples);

const options = [
  { value: "a", label: "A" },
  { value: "b", label: "B" },
];

describe("Select", () => {
  it("connects the label to the select", () => {
    const document = render(<Select label="Kreis" name="kreis" options={options} />);
    expect(document.querySelector("label")?.getAttribute("for")).toBe("kreis");
    expect(document.querySelector("select")?.id).toBe("kreis");
  });

  it("links the error and marks the select invalid", () => {
    const document = render(
      <Select label="Kreis" name="kreis" options={options} hint="h" error="Wählen Sie" />,
    );
    const select = document.querySelector("select");
    expect(select?.getAttribute("aria-invalid")).toBe("true");
    expect(select?.getAttribute("aria-describedby")).toBe("kreis-hint kreis-error");
    expect(document.getElementById("kreis-error")?.textContent).toBe("Fehler: Wählen Sie");
  });

  it("selects the empty option unless a value was chosen, and keeps a chosen value", () => {
    const empty = render(
      <Select label="K" name="k" options={options} emptyOption="Bitte auswählen" />,
    );
    expect(empty.querySelector("option")?.getAttribute("value")).toBe("");
    expect(empty.querySelector("option")?.hasAttribute("selected")).toBe(true);
    const chosen = render(
      <Select
        label="K"
        name="k"
        options={options}
        emptyOption="Bitte auswählen"
        defaultValue="b"
      />,
    );
    expect(chosen.querySelector("option[selected]")?.getAttribute("value")).toBe("b");
  });

  it("renders option groups", () => {
    const document = render(
      <Select
        label="K"
        name="k"
        options={[
          { label: "Städte", options },
          { value: "c", label: "C" },
        ]}
      />,
    );
    expect(document.querySelector("optgroup")?.getAttribute("label")).toBe("Städte");
    expect(document.querySelectorAll("optgroup option")).toHaveLength(2);
    expect(document.querySelectorAll("select > option")).toHaveLength(1);
  });
});
