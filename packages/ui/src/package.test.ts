import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const components = readdirSync(new URL("./components/", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("package layout", () => {
  it("exports components by folder and the stylesheet", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.exports["./*"]).toBe("./src/components/*/index.tsx");
    expect(pkg.exports["./styles.css"]).toBe("./src/styles.css");
  });

  it.each(components)("%s has a component, examples as data and a test", (name) => {
    const folder = new URL(`./components/${name}/`, import.meta.url);
    expect(existsSync(new URL("index.tsx", folder))).toBe(true);
    expect(
      existsSync(new URL(`${name}.examples.ts`, folder)) ||
        existsSync(new URL(`${name}.examples.tsx`, folder)),
    ).toBe(true);
    expect(existsSync(new URL(`${name}.test.tsx`, folder))).toBe(true);
  });

  it.each(components)("%s marks no server component as a client component", (name) => {
    const source = readFileSync(new URL(`./components/${name}/index.tsx`, import.meta.url), "utf8");
    expect(source).not.toMatch(/^["']use client["']/m);
    expect(source).not.toMatch(/\buse(State|Effect|Reducer|Ref|LayoutEffect)\(/);
  });
});
