import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { alertExamples } from "./alert.examples";
import { Alert } from "./index";

testExamples("Alert", Alert, alertExamples);

describe("Alert", () => {
  it("uses KERN's variant class and icon", () => {
    const document = render(<Alert variant="warning" title="Achtung" />);
    expect(document.querySelector(".kern-alert")?.classList).toContain("kern-alert--warning");
    expect(document.querySelector(".kern-icon--warning")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("says the variant in words for screen readers, overridable for English", () => {
    const german = render(<Alert variant="danger" title="Zahlung fehlgeschlagen" />);
    expect(german.querySelector(".kern-title")?.textContent).toBe("Fehler: Zahlung fehlgeschlagen");
    const english = render(<Alert variant="danger" variantLabel="Error:" title="Payment failed" />);
    expect(english.querySelector(".kern-title")?.textContent).toBe("Error: Payment failed");
  });

  it("has no live role unless asked", () => {
    expect(render(<Alert title="x" />).querySelector("[role]")).toBeNull();
    expect(
      render(<Alert title="x" role="status" />)
        .querySelector(".kern-alert")
        ?.getAttribute("role"),
    ).toBe("status");
  });

  it("renders the title as a heading of the given rank", () => {
    const document = render(<Alert title="Eingegangen" headingLevel={3} />);
    expect(document.querySelector("h3.kern-title")?.textContent).toContain("Eingegangen");
  });

  it("wraps a string body in a paragraph and omits an empty body", () => {
    expect(
      render(<Alert title="t">Text</Alert>).querySelector(".kern-alert__body > p")?.textContent,
    ).toBe("Text");
    expect(render(<Alert title="t" />).querySelector(".kern-alert__body")).toBeNull();
  });
});
