import { describe, expect, it } from "vitest";
import { sichererVerwaltungsRuecksprung, totpCodeSchema } from "../src/types.ts";

describe("sichererVerwaltungsRuecksprung", () => {
  it("keeps paths of the staff area", () => {
    expect(sichererVerwaltungsRuecksprung("/de/verwaltung", "de")).toBe("/de/verwaltung");
    expect(sichererVerwaltungsRuecksprung("/de/verwaltung/postfach?oe=gv-1", "de")).toBe(
      "/de/verwaltung/postfach?oe=gv-1",
    );
  });

  it("sends anything else to the staff overview", () => {
    for (const ziel of [
      "/de/konto",
      "/de/verwaltungsgericht",
      "//evil.example/de/verwaltung",
      "https://evil.example/de/verwaltung",
      "/\\evil.example",
      undefined,
      42,
    ]) {
      expect(sichererVerwaltungsRuecksprung(ziel, "en")).toBe("/en/verwaltung");
    }
  });
});

describe("totpCodeSchema", () => {
  it("takes six digits, with the spaces apps show dropped", () => {
    expect(totpCodeSchema.parse({ code: " 123 456 " })).toEqual({ code: "123456" });
    for (const code of ["12345", "1234567", "12a456", "", "１２３４５６"]) {
      expect(totpCodeSchema.safeParse({ code }).success).toBe(false);
    }
  });
});
