import { describe, expect, it } from "vitest";
import { vonDieserSeite } from "./herkunft";

const h = (werte: Record<string, string>) => new Headers(werte);

describe("vonDieserSeite (Origin check of state-changing route handlers)", () => {
  it("accepts a form posted from this site, directly or behind the proxy", () => {
    expect(vonDieserSeite(h({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(
      true,
    );
    expect(
      vonDieserSeite(
        h({
          host: "web:3000",
          "x-forwarded-host": "amt24.sachsen.de",
          origin: "https://amt24.sachsen.de",
        }),
      ),
    ).toBe(true);
  });

  it("refuses another site, a null origin and a request without any hint", () => {
    expect(vonDieserSeite(h({ host: "localhost:3000", origin: "http://evil.example" }))).toBe(
      false,
    );
    expect(vonDieserSeite(h({ host: "localhost:3000", origin: "null" }))).toBe(false);
    expect(vonDieserSeite(h({ host: "localhost:3000" }))).toBe(false);
    expect(vonDieserSeite(h({ host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(
      true,
    );
    expect(vonDieserSeite(h({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(
      false,
    );
  });
});
