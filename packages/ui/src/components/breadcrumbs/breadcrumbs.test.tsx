import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { breadcrumbsExamples } from "./breadcrumbs.examples";
import { Breadcrumbs } from "./index";

testExamples("Breadcrumbs", Breadcrumbs, breadcrumbsExamples);

describe("Breadcrumbs", () => {
  const props = breadcrumbsExamples[0]?.props ?? { items: [] };

  it("is a named navigation with an ordered list", () => {
    const document = render(<Breadcrumbs {...props} />);
    const nav = document.querySelector("nav");
    expect(nav?.getAttribute("aria-label")).toBe("Brotkrümelnavigation");
    expect(nav?.querySelectorAll("ol > li")).toHaveLength(3);
  });

  it("links the ancestors and marks the current page without a link", () => {
    const document = render(<Breadcrumbs {...props} />);
    expect([...document.querySelectorAll("nav a")].map((a) => a.getAttribute("href"))).toEqual([
      "/",
      "/leistungen",
    ]);
    const current = document.querySelector('[aria-current="page"]');
    expect(current?.tagName).toBe("SPAN");
    expect(current?.textContent).toBe("Personalausweis beantragen");
  });

  it("hides the separators from assistive technology", () => {
    const document = render(<Breadcrumbs {...props} />);
    const icons = [...document.querySelectorAll(".kern-icon")];
    expect(icons).toHaveLength(2);
    for (const icon of icons) expect(icon.getAttribute("aria-hidden")).toBe("true");
  });
});
