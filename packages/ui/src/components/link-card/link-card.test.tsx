import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { LinkCard } from "./index";
import { linkCardExamples } from "./link-card.examples";

testExamples("LinkCard", LinkCard, linkCardExamples);

describe("LinkCard", () => {
  it("links the title only and keeps the description outside the link", () => {
    const document = render(
      <LinkCard href="/wohngeld" title="Wohngeld beantragen" description="Zuschuss zur Miete" />,
    );
    const link = document.querySelector(".kern-card a");
    expect(link?.getAttribute("href")).toBe("/wohngeld");
    expect(link?.textContent).toBe("Wohngeld beantragen");
    expect(document.querySelector(".kern-card__body")?.textContent).toBe("Zuschuss zur Miete");
    expect(link?.contains(document.querySelector(".kern-card__body"))).toBe(false);
  });
});
