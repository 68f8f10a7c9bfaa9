import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { TextInput } from "./index";
import { textInputExamples } from "./text-input.examples";

testExamples("TextInput", TextInput, textInputExamples);

describe("TextInput", () => {
  it("connects the label to the input and uses the name as default id", () => {
    const document = render(<TextInput label="Vorname" name="vorname" />);
    const label = document.querySelector("label");
    const input = document.querySelector("input");
    expect(input?.id).toBe("vorname");
    expect(label?.getAttribute("for")).toBe(input?.id);
    expect(input?.getAttribute("aria-invalid")).toBeNull();
    expect(input?.getAttribute("aria-describedby")).toBeNull();
  });

  it("links hint and error by aria-describedby, in reading order, and marks the field invalid", () => {
    const document = render(
      <TextInput
        label="E-Mail"
        name="email"
        hint="Für die Bestätigung"
        error="Geben Sie eine E-Mail-Adresse ein"
      />,
    );
    const input = document.querySelector("input");
    expect(input?.getAttribute("aria-invalid")).toBe("true");
    const ids = input?.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(ids).toEqual(["email-hint", "email-error"]);
    expect(document.getElementById("email-hint")?.textContent).toBe("Für die Bestätigung");
    expect(document.getElementById("email-error")?.textContent).toBe(
      "Fehler: Geben Sie eine E-Mail-Adresse ein",
    );
    expect(document.querySelector(".kern-form-input")?.classList).toContain(
      "kern-form-input--error",
    );
    expect(input?.classList).toContain("kern-form-input__input--error");
  });

  it("keeps what the user typed when showing an error", () => {
    const document = render(
      <TextInput label="PLZ" name="plz" defaultValue="0106" error="5 Ziffern" />,
    );
    expect(document.querySelector("input")?.getAttribute("value")).toBe("0106");
  });

  it("passes type, autocomplete, inputmode and required to the input", () => {
    const document = render(
      <TextInput
        label="PLZ"
        name="plz"
        type="text"
        autoComplete="postal-code"
        inputMode="numeric"
        required
      />,
    );
    const input = document.querySelector("input");
    expect(input?.getAttribute("type")).toBe("text");
    expect(input?.getAttribute("autocomplete")).toBe("postal-code");
    expect(input?.getAttribute("inputmode")).toBe("numeric");
    expect(input?.hasAttribute("required")).toBe(true);
  });

  it("uses an explicit id for label, hint and error", () => {
    const document = render(
      <TextInput label="Kassenzeichen" name="zahlung.kz" id="kz" hint="h" error="e" />,
    );
    expect(document.querySelector("label")?.getAttribute("for")).toBe("kz");
    expect(document.querySelector("input")?.getAttribute("name")).toBe("zahlung.kz");
    expect(document.querySelector("input")?.getAttribute("aria-describedby")).toBe(
      "kz-hint kz-error",
    );
  });

  it("takes an English error prefix and optional marker", () => {
    const document = render(
      <TextInput
        label="Phone"
        name="phone"
        optional
        optionalText="(optional)"
        error="Enter a number"
        errorPrefix="Error:"
      />,
    );
    expect(document.getElementById("phone-error")?.textContent).toBe("Error: Enter a number");
    expect(document.querySelector(".kern-label__optional")?.textContent?.trim()).toBe("(optional)");
  });
});
