import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { SearchForm } from "./index";
import { searchFormExamples } from "./search-form.examples";

testExamples("SearchForm", SearchForm, searchFormExamples);

describe("SearchForm", () => {
  it("is a GET form inside a search landmark that works without JavaScript", () => {
    const document = render(<SearchForm action="/suche" defaultValue="Wohngeld" />);
    const form = document.querySelector("search > form");
    expect(form?.getAttribute("action")).toBe("/suche");
    expect(form?.getAttribute("method")).toBe("get");
    const input = form?.querySelector("input[type=search]");
    expect(input?.getAttribute("name")).toBe("q");
    expect(input?.getAttribute("value")).toBe("Wohngeld");
    expect(form?.querySelector("button")?.getAttribute("type")).toBe("submit");
    expect(form?.querySelector("button")?.textContent).toBe("Suchen");
  });

  it("labels the input and links the hint", () => {
    const document = render(<SearchForm action="/s" id="q1" hint="Zum Beispiel Wohngeld" />);
    expect(document.querySelector("label")?.getAttribute("for")).toBe("q1");
    expect(document.querySelector("label")?.textContent).toBe("Suchbegriff");
    expect(document.getElementById("q1")?.getAttribute("aria-describedby")).toBe("q1-hint");
  });

  it("keeps a hidden label as the accessible name", () => {
    const document = render(<SearchForm action="/s" labelHidden />);
    const label = document.querySelector("label");
    expect(label?.classList).toContain("kern-sr-only");
    expect(label?.getAttribute("for")).toBe("suche");
  });

  it("bounds the query only when asked to", () => {
    expect(
      render(<SearchForm action="/s" />)
        .querySelector("input")
        ?.hasAttribute("maxlength"),
    ).toBe(false);
    const document = render(<SearchForm action="/s" maxLength={200} />);
    expect(document.querySelector("input[type=search]")?.getAttribute("maxlength")).toBe("200");
  });

  it("sends hidden fields along", () => {
    const document = render(<SearchForm action="/s" hiddenFields={{ ars: "146120000000" }} />);
    expect(document.querySelector('input[type="hidden"][name="ars"]')?.getAttribute("value")).toBe(
      "146120000000",
    );
  });
});
