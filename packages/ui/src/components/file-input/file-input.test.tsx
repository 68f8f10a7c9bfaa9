import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { fileInputExamples } from "./file-input.examples";
import { FileInput } from "./index";

testExamples("FileInput", FileInput, fileInputExamples);

describe("FileInput", () => {
  it("labels the input and links hint, current file and error", () => {
    const document = render(
      <FileInput label="Nachweis" name="nachweis" hint="PDF" current="a.pdf" error="Zu groß" />,
    );
    const input = document.querySelector("input");
    expect(input?.type).toBe("file");
    expect(document.querySelector("label")?.getAttribute("for")).toBe(input?.id);
    expect(input?.getAttribute("aria-invalid")).toBe("true");
    expect(input?.getAttribute("aria-describedby")).toBe(
      "nachweis-hint nachweis-current nachweis-error",
    );
  });
});
