import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { checkboxesExamples } from "./checkboxes.examples";
import { Checkboxes } from "./index";

testExamples("Checkboxes", Checkboxes, checkboxesExamples);

const options = [
  { value: "a", label: "A" },
  { value: "b", label: "B" },
  { value: "c", label: "C" },
];

describe("Checkboxes", () => {
  it("labels every checkbox and shares the name", () => {
    const document = render(<Checkboxes legend="L" name="kanal" options={options} />);
    const boxes = [...document.querySelectorAll('input[type="checkbox"]')];
    expect(boxes.map((b) => b.id)).toEqual(["kanal", "kanal-2", "kanal-3"]);
    for (const box of boxes) {
      expect(document.querySelector(`label[for="${box.id}"]`)?.textContent).toBeTruthy();
      expect(box.getAttribute("name")).toBe("kanal");
    }
  });

  it("checks all default values", () => {
    const document = render(
      <Checkboxes legend="L" name="k" options={options} defaultValues={["a", "c"]} />,
    );
    expect(
      [...document.querySelectorAll("input:checked")].map((b) => b.getAttribute("value")),
    ).toEqual(["a", "c"]);
  });

  it("marks every option with KERN's error class", () => {
    const document = render(
      <Checkboxes legend="L" name="k" options={options} error="Wählen Sie" />,
    );
    expect(document.querySelectorAll(".kern-form-check__checkbox--error")).toHaveLength(3);
  });
});
