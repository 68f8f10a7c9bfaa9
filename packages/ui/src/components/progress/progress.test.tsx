import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { Progress } from "./index";
import { progressExamples } from "./progress.examples";

testExamples("Progress", Progress, progressExamples);

describe("Progress", () => {
  it("labels a native progress element with the step in words", () => {
    const document = render(<Progress id="p" value={2} max={5} label="Schritt 2 von 5" />);
    const progress = document.querySelector("progress");
    expect(progress?.getAttribute("value")).toBe("2");
    expect(progress?.getAttribute("max")).toBe("5");
    expect(document.querySelector(`label[for="${progress?.id}"]`)?.textContent).toBe(
      "Schritt 2 von 5",
    );
  });
});
