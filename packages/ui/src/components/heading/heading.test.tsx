import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { headingExamples } from "./heading.examples";
import { Heading } from "./index";

testExamples("Heading", Heading, headingExamples);

describe("Heading", () => {
  it("keeps rank and size apart", () => {
    const document = render(
      <Heading level={2} size="small">
        Kosten
      </Heading>,
    );
    const heading = document.querySelector("main h2");
    expect(heading?.className).toBe("kern-heading-small");
  });

  it("derives a size from the rank by default", () => {
    const document = render(<Heading level={3}>Fristen</Heading>);
    expect(document.querySelector("main h3")?.className).toBe("kern-heading-medium");
  });

  it("groups pre- and subline with the heading, heading first in the source", () => {
    const document = render(
      <Heading level={2} preline="Leistung" subline="Dresden">
        Personalausweis
      </Heading>,
    );
    const group = document.querySelector("hgroup.kern-hgroup");
    expect([...(group?.children ?? [])].map((child) => child.className)).toEqual([
      "kern-heading-large",
      "kern-preline",
      "kern-subline",
    ]);
  });
});
