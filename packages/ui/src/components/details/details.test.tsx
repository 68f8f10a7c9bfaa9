import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { detailsExamples } from "./details.examples";
import { Details } from "./index";

testExamples("Details", Details, detailsExamples);

describe("Details", () => {
  it("uses native details and summary with KERN's accordion classes", () => {
    const document = render(<Details summary="Kosten">37 Euro</Details>);
    const details = document.querySelector("details");
    expect(details?.className).toBe("kern-accordion");
    expect(details?.firstElementChild?.tagName).toBe("SUMMARY");
    expect(details?.querySelector("summary")?.textContent).toBe("Kosten");
    expect(details?.open).toBe(false);
  });

  it("can start open and share a name for exclusive opening", () => {
    const document = render(
      <Details summary="Kosten" open name="faq">
        37 Euro
      </Details>,
    );
    const details = document.querySelector("details");
    expect(details?.open).toBe(true);
    expect(details?.getAttribute("name")).toBe("faq");
  });
});
