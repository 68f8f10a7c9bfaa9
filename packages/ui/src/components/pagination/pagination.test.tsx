import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { Pagination, paginationItems } from "./index";
import { paginationExamples } from "./pagination.examples";

testExamples("Pagination", Pagination, paginationExamples);

const href = (page: number) => `?seite=${page}`;

describe("paginationItems", () => {
  it("keeps first, last and the current page's neighbours, with gaps between", () => {
    const items = paginationItems(6, 12, href);
    expect(items.map((item) => (item === "ellipsis" ? "…" : item.number))).toEqual([
      1,
      "…",
      5,
      6,
      7,
      "…",
      12,
    ]);
  });

  it("lists every page when there are few", () => {
    const items = paginationItems(2, 3, href);
    expect(items.map((item) => (item === "ellipsis" ? "…" : item.number))).toEqual([1, 2, 3]);
  });
});

describe("Pagination", () => {
  it("marks only the current page with aria-current and links prev/next", () => {
    const document = render(
      <Pagination items={paginationItems(2, 3, href)} previousHref={href(1)} nextHref={href(3)} />,
    );
    const current = [...document.querySelectorAll('[aria-current="page"]')];
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute("href")).toBe("?seite=2");
    expect(document.querySelector('a[rel="prev"]')?.textContent).toBe("Vorherige Seite");
    expect(document.querySelector('a[rel="next"]')?.textContent).toBe("Nächste Seite");
  });

  it("names page links 'Seite n' for screen readers", () => {
    const document = render(<Pagination items={paginationItems(1, 2, href)} />);
    expect(document.querySelector('a[href="?seite=2"]')?.textContent).toBe("Seite 2");
  });

  it("leaves out prev on the first page", () => {
    const document = render(<Pagination items={paginationItems(1, 2, href)} nextHref={href(2)} />);
    expect(document.querySelector('a[rel="prev"]')).toBeNull();
    expect(document.querySelector("nav")?.getAttribute("aria-label")).toBe("Seitennavigation");
  });
});
