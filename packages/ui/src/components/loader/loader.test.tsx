import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { Loader } from "./index";
import { loaderExamples } from "./loader.examples";

testExamples("Loader", Loader, loaderExamples);

describe("Loader", () => {
  it("is a visible status with a hidden German label", () => {
    const document = render(<Loader />);
    const loader = document.querySelector('[role="status"]');
    expect(loader?.classList).toContain("kern-loader--visible");
    expect(loader?.querySelector(".kern-sr-only")?.textContent).toBe("Wird geladen …");
  });
});
