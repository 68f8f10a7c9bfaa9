// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BereichSeite } from "./bereich-seite";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("BereichSeite", () => {
  it("links the middle breadcrumb to the area's start page, in the page language", () => {
    const konto = parse(
      renderToStaticMarkup(
        <BereichSeite lang="de" bereich="konto" titel="Profil" intro="Ihre Angaben">
          <p>Inhalt</p>
        </BereichSeite>,
      ),
    );
    const links = [...konto.querySelectorAll("nav a")].map((a) => [
      a.getAttribute("href"),
      a.textContent,
    ]);
    expect(links).toEqual([
      ["/de", expect.any(String)],
      ["/de/konto", "Servicekonto"],
    ]);
    expect(konto.querySelector("h1")?.textContent).toBe("Profil");
    expect(konto.body.textContent).toContain("Ihre Angaben");
    expect(konto.body.textContent).toContain("Inhalt");

    const verwaltung = parse(
      renderToStaticMarkup(
        <BereichSeite lang="en" bereich="verwaltung" titel="Sign in">
          {null}
        </BereichSeite>,
      ),
    );
    const zweiter = verwaltung.querySelectorAll("nav a")[1];
    expect(zweiter?.getAttribute("href")).toBe("/en/verwaltung");
    expect(zweiter?.textContent).toBe("Administration");
    expect(verwaltung.querySelector("h1")?.textContent).toBe("Sign in");
    expect(verwaltung.querySelector("p.kern-body--large")).toBeNull();
  });
});
