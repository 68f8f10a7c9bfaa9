import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import axe from "axe-core";
import { JSDOM, VirtualConsole } from "jsdom";
import type { ComponentType, ReactElement } from "react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Example } from "../internal/example";

/** The WCAG 2.2 AA rule set the portal is held to (BITV 2.0). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Where the rendered component goes in the test page. Page furniture (skip link, header, footer)
 * must sit outside `<main>` or axe would see a banner/contentinfo nested in the main landmark.
 */
export type Placement = "main" | "before-main" | "after-main";

export interface TestPage {
  window: JSDOM["window"];
  document: Document;
}

/** Renders an element with the server renderer into a minimal, valid German page. */
export function renderPage(element: ReactElement, placement: Placement = "main"): TestPage {
  const markup = renderToStaticMarkup(element);
  const main = `<main id="main" tabindex="-1"><h1>Testseite</h1>${placement === "main" ? markup : ""}</main>`;
  const body =
    placement === "before-main" ? markup + main : placement === "after-main" ? main + markup : main;
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (error) => {
    // axe probes canvas support for its colour checks; jsdom has no canvas. Anything else is real.
    if (!error.message.includes("Not implemented")) console.error(error);
  });
  const dom = new JSDOM(
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Testseite – Amt24 Sachsen</title></head><body>${body}</body></html>`,
    { runScripts: "outside-only", virtualConsole },
  );
  return { window: dom.window, document: dom.window.document };
}

interface AxeWindow {
  axe?: typeof axe;
}

/** Runs axe-core inside the page's own window and returns a readable list of violations. */
export async function axeViolations(page: TestPage): Promise<string[]> {
  const win = page.window as unknown as AxeWindow & { eval(source: string): unknown };
  if (!win.axe) win.eval(axe.source);
  const results = await (win.axe as typeof axe).run(page.document, {
    runOnly: { type: "tag", values: AXE_TAGS },
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} — ${node.html}`),
  );
}

const requireFromHere = createRequire(import.meta.url);

function classNamesIn(css: string): Set<string> {
  const names = new Set<string>();
  for (const match of css.matchAll(/\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)/g)) {
    if (match[1]) names.add(match[1]);
  }
  return names;
}

let knownClasses: Set<string> | undefined;

/**
 * Every class KERN's stylesheet defines plus the few `portal-*` helpers of our own styles.css.
 * Rendering anything else would mean an invented class that silently has no style.
 */
function allowedClasses(): Set<string> {
  if (knownClasses) return knownClasses;
  const kern = classNamesIn(
    readFileSync(requireFromHere.resolve("@kern-ux/native/dist/kern.css"), "utf8"),
  );
  const portal = classNamesIn(readFileSync(new URL("../styles.css", import.meta.url), "utf8"));
  knownClasses = new Set([...kern].filter((name) => name.startsWith("kern-")));
  for (const name of portal) if (name.startsWith("portal-")) knownClasses.add(name);
  return knownClasses;
}

/** Class names used in the page that neither KERN nor styles.css define. */
export function unknownClasses(page: TestPage): string[] {
  const allowed = allowedClasses();
  const unknown = new Set<string>();
  for (const element of page.document.querySelectorAll("[class]")) {
    for (const name of element.classList) if (!allowed.has(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Renders every example of a component, runs axe with the WCAG 2.2 AA tags on it and checks that
 * it only uses KERN's classes (KERN's colours are AA-checked; axe cannot compute contrast in jsdom).
 */
export function testExamples<Props extends object>(
  name: string,
  component: ComponentType<Props>,
  examples: ReadonlyArray<Example<Props>>,
  placement: Placement = "main",
): void {
  describe(`${name}: examples`, () => {
    it("has at least one example", () => {
      expect(examples.length).toBeGreaterThan(0);
    });
    for (const example of examples) {
      it(`${example.name}: no axe violations, only KERN classes`, async () => {
        const page = renderPage(createElement(component, example.props), placement);
        expect(await axeViolations(page)).toEqual([]);
        expect(unknownClasses(page)).toEqual([]);
      });
    }
  });
}

/** Renders one element into a test page and returns its document (for behaviour assertions). */
export function render(element: ReactElement, placement: Placement = "main"): Document {
  return renderPage(element, placement).document;
}
