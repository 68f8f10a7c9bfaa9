import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { SkipLink } from "./index";
import { skipLinkExamples } from "./skip-link.examples";

testExamples("SkipLink", SkipLink, skipLinkExamples, "before-main");

describe("SkipLink", () => {
  it("links to the main landmark with a German default text", () => {
    const document = render(<SkipLink />, "before-main");
    const link = document.querySelector("a");
    expect(link?.textContent).toBe("Zum Inhalt springen");
    const target = document.querySelector(link?.getAttribute("href") ?? "");
    expect(target?.tagName).toBe("MAIN");
  });

  it("is the first focusable element when rendered first in the body", () => {
    const document = render(<SkipLink />, "before-main");
    expect(document.body.firstElementChild?.tagName).toBe("A");
  });

  it("takes an English text", () => {
    const document = render(<SkipLink>Skip to main content</SkipLink>, "before-main");
    expect(document.querySelector("a")?.textContent).toBe("Skip to main content");
  });
});
