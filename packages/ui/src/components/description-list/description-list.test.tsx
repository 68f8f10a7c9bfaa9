import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { descriptionListExamples } from "./description-list.examples";
import { DescriptionList } from "./index";

testExamples("DescriptionList", DescriptionList, descriptionListExamples);

describe("DescriptionList", () => {
  it("pairs each term with its definition in order", () => {
    const document = render(
      <DescriptionList
        items={[
          { term: "Aktenzeichen", definition: "2026-1" },
          { term: "Status", definition: "Eingegangen" },
        ]}
      />,
    );
    const pairs = [...document.querySelectorAll("dl > div")].map((div) => [
      div.querySelector("dt")?.textContent,
      div.querySelector("dd")?.textContent,
    ]);
    expect(pairs).toEqual([
      ["Aktenzeichen", "2026-1"],
      ["Status", "Eingegangen"],
    ]);
  });

  it("switches to KERN's column layout", () => {
    const document = render(
      <DescriptionList layout="column" items={[{ term: "a", definition: "b" }]} />,
    );
    expect(document.querySelector("dl")?.classList).toContain("kern-description-list--col");
  });

  it("has a compact layout for short pairs", () => {
    const document = render(
      <DescriptionList layout="compact" items={[{ term: "Montag", definition: "8–12" }]} />,
    );
    expect(document.querySelector("dl")?.classList).toContain("portal-description-list--compact");
    expect(document.querySelector("dl")?.classList).not.toContain("kern-description-list--col");
  });
});
