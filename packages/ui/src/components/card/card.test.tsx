import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { cardExamples } from "./card.examples";
import { Card } from "./index";

testExamples("Card", Card, cardExamples);

describe("Card", () => {
  it("renders the title as a heading of the given rank", () => {
    const document = render(<Card title="Kosten" headingLevel={3} />);
    expect(document.querySelector(".kern-card h3.kern-title")?.textContent).toBe("Kosten");
  });

  it("makes the title the one stretched link when given href", () => {
    const document = render(
      <Card title="Wohngeld" href="/wohngeld">
        Zuschuss
      </Card>,
    );
    const card = document.querySelector(".kern-card");
    expect(card?.classList).toContain("kern-card--interactive");
    const links = card?.querySelectorAll("a") ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]?.textContent).toBe("Wohngeld");
    expect(links[0]?.classList).toContain("kern-link--stretched");
    expect(links[0]?.parentElement?.tagName).toBe("H2");
  });

  it("uses no header or footer elements, which would become landmarks", () => {
    const document = render(<Card title="t" footer={<span>f</span>} />);
    expect(document.querySelector(".kern-card header, .kern-card footer")).toBeNull();
  });
});
