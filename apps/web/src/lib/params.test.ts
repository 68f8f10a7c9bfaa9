import { describe, expect, it } from "vitest";
import { searchParam } from "./params";

describe("searchParam", () => {
  it("takes the first value, trims it and bounds its length", () => {
    expect(searchParam(["  Reisepass ", "x"], 200)).toEqual({
      value: "Reisepass",
      truncated: false,
    });
    expect(searchParam("a".repeat(10_000), 200)).toEqual({
      value: "a".repeat(200),
      truncated: true,
    });
    expect(searchParam(undefined, 10)).toEqual({ value: "", truncated: false });
  });

  it("replaces control characters that a URL can smuggle in", () => {
    expect(searchParam("Hund\u0000anmelden\n", 50).value).toBe("Hund anmelden");
  });
});
