import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { LinkList } from "./index";
import { linkListExamples } from "./link-list.examples";

testExamples("LinkList", LinkList, linkListExamples);

describe("LinkList", () => {
  it("renders one list item with one link per entry", () => {
    const document = render(
      <LinkList
        items={[
          { href: "/a", label: "A" },
          { href: "/b", label: "B", description: "Beschreibung" },
        ]}
      />,
    );
    const links = [...document.querySelectorAll("ul.kern-list > li > a")];
    expect(links.map((a) => [a.getAttribute("href"), a.textContent])).toEqual([
      ["/a", "A"],
      ["/b", "B"],
    ]);
    expect(document.querySelector("li:last-child p")?.textContent).toBe("Beschreibung");
  });
});
