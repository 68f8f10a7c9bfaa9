import { describe, expect, it } from "vitest";
import { korrekturwoerter } from "../src/services/suche.ts";

describe("korrekturwoerter", () => {
  it("takes the words of a query once each, lower case, letters only", () => {
    expect(korrekturwoerter("Hund-Anmelden hund, Größe 2024")).toEqual([
      "hund",
      "anmelden",
      "größe",
    ]);
  });

  it("leaves out short words and everything that is not a letter, and keeps six words at most", () => {
    expect(korrekturwoerter("an ab Kfz :* & | ! 🐕 '; --")).toEqual(["kfz"]);
    expect(korrekturwoerter("eins zwei drei vier fünf sechs sieben")).toHaveLength(6);
  });
});
