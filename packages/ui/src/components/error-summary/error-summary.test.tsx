import { describe, expect, it } from "vitest";
import { render, renderPage, testExamples } from "../../test/page";
import { Fieldset } from "../fieldset";
import { TextInput } from "../text-input";
import { errorSummaryExamples } from "./error-summary.examples";
import { focusLinkedField, focusSummary } from "./focus";
import { ErrorSummary } from "./index";

testExamples("ErrorSummary", ErrorSummary, errorSummaryExamples);

function FormWithErrors() {
  return (
    <>
      <ErrorSummary
        errors={[
          { href: "#nachname", text: "Geben Sie Ihren Nachnamen ein" },
          { href: "#gd-tag", text: "Geben Sie den Tag ein" },
        ]}
      />
      <form>
        <TextInput label="Nachname" name="nachname" error="Geben Sie Ihren Nachnamen ein" />
        <Fieldset id="gd" legend="Geburtsdatum" error="Geben Sie den Tag ein" horizontal>
          <TextInput label="Tag" name="gd.tag" id="gd-tag" width={2} />
        </Fieldset>
      </form>
    </>
  );
}

describe("ErrorSummary", () => {
  it("is a focusable alert with a German default title", () => {
    const document = render(<ErrorSummary errors={[{ href: "#a", text: "x" }]} />);
    const summary = document.querySelector('[role="alert"]');
    expect(summary?.getAttribute("tabindex")).toBe("-1");
    expect(summary?.hasAttribute("data-autofocus")).toBe(true);
    const titleId = summary?.getAttribute("aria-labelledby") ?? "";
    expect(document.getElementById(titleId)?.textContent).toBe("Es sind Fehler aufgetreten");
  });

  it("links every error to an existing field id", () => {
    const page = renderPage(<FormWithErrors />);
    const links = [...page.document.querySelectorAll<HTMLAnchorElement>('[role="alert"] a')];
    expect(links).toHaveLength(2);
    for (const link of links) {
      const field = page.document.getElementById(link.getAttribute("href")?.slice(1) ?? "");
      expect(field?.tagName).toBe("INPUT");
    }
  });

  it("is a labelled group, not an alert, when updates must not be announced", () => {
    const document = render(<ErrorSummary errors={[{ href: "#a", text: "x" }]} announce={false} />);
    expect(document.querySelector('[role="alert"]')).toBeNull();
    const summary = document.querySelector('[role="group"]');
    expect(summary?.getAttribute("tabindex")).toBe("-1");
    expect(summary?.getAttribute("aria-labelledby")).toBe("fehleruebersicht-titel");
  });

  it("renders nothing without errors", () => {
    const document = render(<ErrorSummary errors={[]} />);
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it("omits the autofocus marker when asked", () => {
    const document = render(
      <ErrorSummary errors={[{ href: "#a", text: "x" }]} autoFocus={false} />,
    );
    expect(document.querySelector('[role="alert"]')?.hasAttribute("data-autofocus")).toBe(false);
  });

  it("client part: focuses the summary and moves focus from a link to its field", () => {
    const page = renderPage(<FormWithErrors />);
    const summary = page.document.getElementById("fehleruebersicht");
    focusSummary(summary);
    expect(page.document.activeElement).toBe(summary);

    const link = page.document.querySelector<HTMLAnchorElement>('a[href="#gd-tag"]');
    if (!link) throw new Error("link missing");
    expect(focusLinkedField(link, page.document)).toBe(true);
    expect(page.document.activeElement?.id).toBe("gd-tag");
  });

  it("client part: leaves links to missing targets to the browser", () => {
    const page = renderPage(<ErrorSummary errors={[{ href: "#gibt-es-nicht", text: "x" }]} />);
    const link = page.document.querySelector<HTMLAnchorElement>('[role="alert"] a');
    if (!link) throw new Error("link missing");
    expect(focusLinkedField(link, page.document)).toBe(false);
  });
});
