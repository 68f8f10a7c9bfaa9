import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { headerExamples } from "./header.examples";
import { Header } from "./index";

testExamples("Header", Header, headerExamples, "before-main");

describe("Header", () => {
  const full = headerExamples[1]?.props ?? {};

  it("links the German default site name to the home page", () => {
    const document = render(<Header />, "before-main");
    const brand = document.querySelector("header a");
    expect(brand?.textContent).toBe("Amt24 Sachsen");
    expect(brand?.getAttribute("href")).toBe("/");
  });

  it("marks the current section and page with aria-current", () => {
    const document = render(
      <Header
        navigation={[
          { href: "/a", label: "A", current: "section" },
          { href: "/b", label: "B", current: true },
          { href: "/c", label: "C" },
        ]}
      />,
      "before-main",
    );
    const links = [...document.querySelectorAll('nav[aria-label="Hauptnavigation"] a')];
    expect(links.map((link) => link.getAttribute("aria-current"))).toEqual(["true", "page", null]);
  });

  it("gives the two navigation landmarks different names", () => {
    const document = render(<Header {...full} />, "before-main");
    const names = [...document.querySelectorAll("nav")].map((nav) =>
      nav.getAttribute("aria-label"),
    );
    expect(names).toEqual(["Sprache wählen", "Hauptnavigation"]);
  });

  it("marks each language link with its language and the current language", () => {
    const document = render(<Header {...full} />, "before-main");
    const english = document.querySelector('a[lang="en"]');
    expect(english?.getAttribute("hreflang")).toBe("en");
    expect(english?.getAttribute("href")).toBe("/en/services");
    expect(document.querySelector('a[lang="de"]')?.getAttribute("aria-current")).toBe("true");
  });

  it("renders no empty navigation", () => {
    const document = render(<Header />, "before-main");
    expect(document.querySelectorAll("nav")).toHaveLength(0);
  });

  it("takes English labels for every landmark", () => {
    const english = headerExamples[2]?.props ?? {};
    const document = render(<Header {...english} />, "before-main");
    const names = [...document.querySelectorAll("nav")].map((nav) =>
      nav.getAttribute("aria-label"),
    );
    expect(names).toEqual(["Choose language", "Main navigation"]);
  });
});
