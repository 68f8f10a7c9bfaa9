import { describe, expect, it } from "vitest";
import { axeViolations, renderPage, unknownClasses } from "./page";

// The example tests are only worth something if the harness can fail.
describe("test harness", () => {
  it("builds a German page with title and main landmark", () => {
    const { document } = renderPage(<p>Inhalt</p>);
    expect(document.documentElement.lang).toBe("de");
    expect(document.title).not.toBe("");
    expect(document.querySelector("main p")?.textContent).toBe("Inhalt");
  });

  it("reports axe violations, e.g. an unlabelled input", async () => {
    const page = renderPage(<input name="x" />);
    const violations = await axeViolations(page);
    expect(violations.some((violation) => violation.startsWith("label:"))).toBe(true);
  });

  it("reports classes that neither KERN nor styles.css define", () => {
    const page = renderPage(<p className="kern-body kern-erfunden portal-container" />);
    expect(unknownClasses(page)).toEqual(["kern-erfunden"]);
  });
});
