import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { TextInput } from "../text-input";
import { fieldsetExamples } from "./fieldset.examples";
import { Fieldset } from "./index";

testExamples("Fieldset", Fieldset, fieldsetExamples);

describe("Fieldset", () => {
  it("names the group with a native legend", () => {
    const document = render(
      <Fieldset id="anschrift" legend="Anschrift">
        <TextInput label="Ort" name="ort" />
      </Fieldset>,
    );
    const fieldset = document.querySelector("fieldset");
    expect(fieldset?.firstElementChild?.tagName).toBe("LEGEND");
    expect(fieldset?.querySelector("legend")?.textContent).toBe("Anschrift");
    expect(fieldset?.querySelector("#ort")).not.toBeNull();
  });

  it("links hint and error to the fieldset", () => {
    const document = render(
      <Fieldset id="gd" legend="Geburtsdatum" hint="TT MM JJJJ" error="Liegt in der Zukunft">
        <TextInput label="Tag" name="tag" />
      </Fieldset>,
    );
    const fieldset = document.querySelector("fieldset");
    expect(fieldset?.getAttribute("aria-describedby")).toBe("gd-hint gd-error");
    expect(fieldset?.classList).toContain("kern-fieldset--error");
    expect(document.getElementById("gd-error")?.textContent).toBe("Fehler: Liegt in der Zukunft");
  });

  it("puts the legend text in an h1 inside the legend when it is the page heading", () => {
    const document = render(
      <Fieldset id="q" legend="Wo wohnen Sie?" legendIsPageHeading>
        <TextInput label="Ort" name="ort" />
      </Fieldset>,
    );
    expect(document.querySelector("legend > h1")?.textContent).toBe("Wo wohnen Sie?");
  });
});
