import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const requireFromHere = createRequire(import.meta.url);
const styles = readFileSync(new URL("./styles.css", import.meta.url), "utf8");
const kernCssPath = requireFromHere.resolve("@kern-ux/native/dist/kern.css");
const kernCss = readFileSync(kernCssPath, "utf8");
const withoutComments = styles.replace(/\/\*[\s\S]*?\*\//g, "");

describe("styles.css", () => {
  it("imports files that exist in @kern-ux/native", () => {
    const imports = [...withoutComments.matchAll(/@import\s+"([^"]+)"/g)].map(
      (match) => match[1] ?? "",
    );
    expect(imports).toEqual([
      "@kern-ux/native/dist/kern.min.css",
      "@kern-ux/native/dist/fonts/fira-sans.css",
    ]);
    for (const specifier of imports)
      expect(existsSync(requireFromHere.resolve(specifier))).toBe(true);
  });

  it("ships every font file the font stylesheet points to (the portal has no internet)", () => {
    const fontCssPath = requireFromHere.resolve("@kern-ux/native/dist/fonts/fira-sans.css");
    const urls = [...readFileSync(fontCssPath, "utf8").matchAll(/url\("?([^")]+)"?\)/g)].map(
      (m) => m[1] ?? "",
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith("http")).toBe(false);
      expect(existsSync(resolve(dirname(fontCssPath), url))).toBe(true);
    }
  });

  it("uses only custom properties that KERN defines", () => {
    const used = new Set(
      [...withoutComments.matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1] ?? ""),
    );
    expect(used.size).toBeGreaterThan(0);
    const missing = [...used].filter((name) => !kernCss.includes(`${name}:`));
    expect(missing).toEqual([]);
  });

  it("defines no custom properties and no colour values of its own", () => {
    expect(withoutComments).not.toMatch(/--[a-z0-9-]+\s*:/);
    expect(withoutComments).not.toMatch(/#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(|oklch\(/);
  });

  it("adds only portal-* classes, never new kern-* classes", () => {
    const rules = withoutComments.replace(/@import[^;]+;/g, "");
    const defined = [...rules.matchAll(/\.([a-z][a-z0-9_-]*)/g)].map((match) => match[1] ?? "");
    expect(defined.length).toBeGreaterThan(0);
    for (const name of defined) {
      if (name.startsWith("kern-")) expect(kernCss).toContain(`.${name}`);
      else expect(name).toMatch(/^portal-/);
    }
  });
});
