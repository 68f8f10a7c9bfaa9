import { describe, expect, it } from "vitest";
import { barrieremeldungSchema } from "../src/types.ts";

const codes = (input: Record<string, unknown>) => {
  const result = barrieremeldungSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.code]));
};

describe("barrieremeldungSchema", () => {
  it("accepts a description alone and makes empty optional fields null", () => {
    expect(
      barrieremeldungSchema.parse({
        beschreibung: "  Kontrast zu gering  ",
        seite: "",
        name: null,
      }),
    ).toEqual({ beschreibung: "Kontrast zu gering", seite: null, name: null, email: null });
  });

  it("requires a description and a plausible e-mail address", () => {
    expect(codes({ beschreibung: " ", email: "nicht-gueltig" })).toEqual({
      beschreibung: "too_small",
      email: "invalid_format",
    });
    expect(barrieremeldungSchema.parse({ beschreibung: "x", email: "zoë@straße.de" }).email).toBe(
      "zoë@straße.de",
    );
  });

  it("bounds every field, counting characters rather than UTF-16 units", () => {
    expect(barrieremeldungSchema.safeParse({ beschreibung: "🦽".repeat(5000) }).success).toBe(true);
    const result = barrieremeldungSchema.safeParse({
      beschreibung: "x".repeat(5001),
      seite: "s".repeat(501),
      name: "n".repeat(201),
      email: `${"e".repeat(250)}@x.de`,
    });
    expect(
      result.error?.issues.map((i) => [i.path[0], i.code, "maximum" in i && i.maximum]),
    ).toEqual([
      ["beschreibung", "too_big", 5000],
      ["seite", "too_big", 500],
      ["name", "too_big", 200],
      ["email", "too_big", 254],
    ]);
  });

  it("keeps line breaks, markup and unicode, removes other control characters", () => {
    const meldung = barrieremeldungSchema.parse({
      beschreibung: "Zeile 1\r\nZeile\u0000 2 – Straße <b>'; drop table x; --</b>",
      name: "Zoë\u0007",
    });
    expect(meldung.beschreibung).toBe("Zeile 1\nZeile 2 – Straße <b>'; drop table x; --</b>");
    expect(meldung.name).toBe("Zoë");
  });
});
