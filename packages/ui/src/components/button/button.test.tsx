import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { buttonExamples } from "./button.examples";
import { Button } from "./index";

testExamples("Button", Button, buttonExamples);

describe("Button", () => {
  it("renders a submit button with KERN's primary classes by default", () => {
    const document = render(<Button>Absenden</Button>);
    const button = document.querySelector("button");
    expect(button?.getAttribute("type")).toBe("submit");
    expect(button?.className).toBe("kern-btn kern-btn--primary");
    expect(button?.querySelector(".kern-label")?.textContent).toBe("Absenden");
  });

  it("renders a link, not a button, when given href", () => {
    const document = render(
      <Button href="/antrag" variant="secondary">
        Beantragen
      </Button>,
    );
    expect(document.querySelector("button")).toBeNull();
    const link = document.querySelector("a");
    expect(link?.getAttribute("href")).toBe("/antrag");
    expect(link?.className).toContain("kern-btn--secondary");
  });

  it("keeps type, name and value so the server can tell which button submitted", () => {
    const document = render(
      <Button type="submit" name="intent" value="draft">
        Speichern
      </Button>,
    );
    const button = document.querySelector("button");
    expect(button?.getAttribute("name")).toBe("intent");
    expect(button?.getAttribute("value")).toBe("draft");
  });

  it("hides the icon from assistive technology and keeps the text as the name", () => {
    const document = render(
      <Button icon="arrow-forward" iconPosition="end">
        Weiter
      </Button>,
    );
    const button = document.querySelector("button");
    expect(button?.lastElementChild?.getAttribute("aria-hidden")).toBe("true");
    expect(button?.textContent).toBe("Weiter");
  });
});
