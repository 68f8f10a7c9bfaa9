import { describe, expect, it } from "vitest";
import config from "../../../next.config";
import { cspMitFrameAncestors } from "./csp";

// Only the preview page may be framed, and only by the CMS; its CSP is otherwise the portal's.

describe("the Content-Security-Policy", () => {
  it("of the preview page is every other page's, with the CMS origin as frame-ancestors", async () => {
    const regeln = (await config.headers?.()) ?? [];
    const statisch = regeln
      .flatMap((r) => r.headers)
      .find((h) => h.key === "Content-Security-Policy")?.value;
    expect(statisch).toContain("frame-ancestors 'none'");
    expect(cspMitFrameAncestors([])).toBe(statisch);
    expect(cspMitFrameAncestors(["http://localhost:1337", "http://127.0.0.1:1337"])).toBe(
      statisch?.replace(
        "frame-ancestors 'none'",
        "frame-ancestors http://localhost:1337 http://127.0.0.1:1337",
      ),
    );
  });

  it("is left out of the static headers on the preview path only", async () => {
    const regeln = (await config.headers?.()) ?? [];
    const mitCsp = regeln.filter((r) => r.headers.some((h) => h.key === "Content-Security-Policy"));
    expect(mitCsp).toHaveLength(1);
    // The same pattern as Next's path matching: a named parameter with a negative lookahead.
    const muster = new RegExp(`^/${mitCsp[0]?.source.replace(/^\/:path/, "")}$`);
    for (const pfad of [
      "/de",
      "/de/antrag/meldebescheinigung",
      "/en/suche",
      "/api/cms/webhook",
      "/embed/v1.js",
    ]) {
      expect(muster.test(pfad), pfad).toBe(true);
    }
    for (const pfad of [
      "/de/antrag/vorschau/abc123",
      "/en/antrag/vorschau/abc123",
      "/embed/v1/verfahren/radverkehrskonzept-dresden-2035",
      "/embed/v1/mandanten/14612000",
    ]) {
      expect(muster.test(pfad), pfad).toBe(false);
    }
  });
});
