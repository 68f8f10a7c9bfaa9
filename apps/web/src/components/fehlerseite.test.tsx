// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { de } from "@/i18n/fehler/de";
import { en } from "@/i18n/fehler/en";
import { Fehlerseite, FehlerseitenTexte } from "./fehlerseite";

const fehler = Object.assign(new Error("read model unreachable"), { digest: "1234567890" });
const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("Fehlerseite (error.tsx)", () => {
  it("speaks the page's language, from the layout's strings, and leads home and to the contact page", () => {
    const doc = parse(
      renderToStaticMarkup(
        <FehlerseitenTexte lang="en" texte={en}>
          <Fehlerseite error={fehler} />
        </FehlerseitenTexte>,
      ),
    );
    expect(doc.querySelector("h1")?.textContent).toBe(en.title);
    expect(doc.querySelector(`a[href="/en"]`)?.textContent).toBe(en.home);
    expect(doc.querySelector(`a[href="/en/kontakt"]`)?.textContent).toBe(en.kontakt);
    expect(doc.querySelector("[data-testid=fehlerkennung]")?.textContent).toBe("1234567890");
    expect(doc.body.textContent).not.toContain(de.title);
  });

  it("leaves it to the global error page outside the layout", () => {
    expect(() => renderToStaticMarkup(<Fehlerseite error={fehler} />)).toThrow(fehler.message);
  });
});

describe("global-error.tsx", () => {
  it("is a whole document in German and English, each part marked with its language", () => {
    const doc = parse(`<!doctype html>${renderToStaticMarkup(<GlobalError error={fehler} />)}`);
    expect(doc.documentElement.lang).toBe("de");
    expect(doc.querySelector("h1")?.textContent).toBe(`${de.title} / ${en.title}`);
    const englisch = doc.querySelector("section[lang=en]");
    expect(englisch?.querySelector("h2")?.textContent).toBe(en.title);
    expect(englisch?.querySelector(`a[href="/en"]`)?.textContent).toBe(en.home);
    expect(doc.querySelector(`a[href="/de/kontakt"]`)?.textContent).toBe(de.kontakt);
    // Headings in order: h1, then h2 (German "report" and the English part), h3 inside it.
    expect([...doc.querySelectorAll("h1, h2, h3")].map((h) => h.tagName)).toEqual([
      "H1",
      "H2",
      "H2",
      "H3",
    ]);
  });
});
