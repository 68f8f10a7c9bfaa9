import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { footerExamples } from "./footer.examples";
import { Footer } from "./index";

testExamples("Footer", Footer, footerExamples, "after-main");

describe("Footer", () => {
  it("renders one heading and one list per group, in order", () => {
    const props = footerExamples[0]?.props;
    if (!props) throw new Error("missing example");
    const document = render(<Footer {...props} />, "after-main");
    const headings = [...document.querySelectorAll("footer h2")].map((h) => h.textContent);
    expect(headings).toEqual(["Amt24", "Barrierefreiheit", "Rechtliches"]);
    expect(document.querySelectorAll("footer ul")).toHaveLength(3);
    expect(document.querySelector('footer a[href="/impressum"]')?.textContent).toBe("Impressum");
  });

  it("uses the requested heading rank", () => {
    const document = render(
      <Footer headingLevel={3} groups={[{ heading: "Legal", links: [] }]} attribution="x" />,
      "after-main",
    );
    expect(document.querySelector("footer h3")?.textContent).toBe("Legal");
    expect(document.querySelector("footer h2")).toBeNull();
  });

  it("shows the attribution", () => {
    const document = render(<Footer groups={[]} attribution="© Freistaat Sachsen" />, "after-main");
    expect(document.querySelector("footer p")?.textContent).toBe("© Freistaat Sachsen");
  });
});
