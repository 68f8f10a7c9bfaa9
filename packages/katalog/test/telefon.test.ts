import { describe, expect, it } from "vitest";
import { telefonnummer } from "../src/services/telefon.ts";

describe("telefonnummer", () => {
  it.each(["0371 4880", "+49 351 123456", "03581 670-0", "(0351) 4 88-0", "0351 / 488 0"])(
    "keeps the number %s as written",
    (nummer) => {
      expect(telefonnummer(nummer)).toBe(nummer);
    },
  );

  it("normalises white space and typographic dashes for display", () => {
    expect(telefonnummer("  0351\u00a0 488–0 ")).toBe("0351 488-0");
  });

  it.each([
    "kein Anschluss",
    "03581 kein Anschluss",
    "–",
    "siehe Homepage",
    "",
    "   ",
    "1234", // too few digits for a reachable number
    "0351 + 4880", // a plus only in front
    "0351 4880 (Zentrale)",
  ])("drops %j, which is no number", (text) => {
    expect(telefonnummer(text)).toBeNull();
  });

  it("has nothing to show for a missing value", () => {
    expect(telefonnummer(null)).toBeNull();
    expect(telefonnummer(undefined)).toBeNull();
  });
});
