import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { Textarea } from "./index";
import { textareaExamples } from "./textarea.examples";

testExamples("Textarea", Textarea, textareaExamples);

describe("Textarea", () => {
  it("labels the textarea and links hint and error", () => {
    const document = render(
      <Textarea
        label="Begründung"
        name="begruendung"
        hint="max. 2000"
        error="Zu kurz"
        defaultValue="Weil"
      />,
    );
    const textarea = document.querySelector("textarea");
    expect(document.querySelector("label")?.getAttribute("for")).toBe(textarea?.id);
    expect(textarea?.getAttribute("aria-invalid")).toBe("true");
    expect(textarea?.getAttribute("aria-describedby")).toBe("begruendung-hint begruendung-error");
    expect(textarea?.textContent).toBe("Weil");
  });
});
