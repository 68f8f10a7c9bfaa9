import { describe, expect, it } from "vitest";
import {
  anmeldungSchema,
  normalisiereEmail,
  registrierungSchema,
  sichererRuecksprung,
  tokenSchema,
} from "../src/types.ts";

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; code: string }[] };
}) => result.error?.issues.map((i) => [i.path.join("."), i.code]) ?? [];

describe("the account forms", () => {
  it("normalises the address: trimmed, NFC, lower case", () => {
    expect(normalisiereEmail("  Zoe\u0308@Example.ORG ")).toBe("zoë@example.org");
    expect(anmeldungSchema.parse({ email: " ZOË@straße.de ", passwort: "x" }).email).toBe(
      "zoë@straße.de",
    );
  });

  it("bounds the address at 254 characters and refuses what is no address", () => {
    expect(issues(anmeldungSchema.safeParse({ email: "keine-adresse", passwort: "x" }))).toEqual([
      ["email", "invalid_format"],
    ]);
    const lang = `${"a".repeat(64)}@${"b".repeat(185)}.de`; // 253
    expect(anmeldungSchema.safeParse({ email: lang, passwort: "x" }).success).toBe(true);
    expect(
      issues(anmeldungSchema.safeParse({ email: `${"a".repeat(250)}@x.de`, passwort: "x" })),
    ).toEqual([["email", "too_big"]]);
  });

  it("asks for a new password of 15 to 128 characters, typed twice alike", () => {
    const gut = "ein langer satz als passwort";
    expect(
      registrierungSchema.parse({
        email: "a@b.de",
        passwort: gut,
        passwortWiederholung: gut,
      }),
    ).toEqual({ email: "a@b.de", passwort: gut, passwortWiederholung: gut, sprache: "de" });
    expect(
      issues(
        registrierungSchema.safeParse({
          email: "a@b.de",
          passwort: "zu kurz",
          passwortWiederholung: "anders",
        }),
      ),
    ).toEqual([
      ["passwort", "too_small"],
      ["passwortWiederholung", "custom"],
    ]);
    // 128 emoji are 128 characters (256 UTF-16 units) and allowed; 129 are not.
    const emoji = "🦊".repeat(128);
    expect(
      registrierungSchema.safeParse({
        email: "a@b.de",
        passwort: emoji,
        passwortWiederholung: emoji,
      }).success,
    ).toBe(true);
    expect(issues(anmeldungSchema.safeParse({ email: "a@b.de", passwort: `${emoji}🦊` }))).toEqual([
      ["passwort", "too_big"],
    ]);
  });

  it("keeps spaces in passwords and takes any non-empty one to sign in", () => {
    expect(anmeldungSchema.parse({ email: "a@b.de", passwort: " x " }).passwort).toBe(" x ");
    expect(issues(anmeldungSchema.safeParse({ email: "a@b.de", passwort: "" }))).toEqual([
      ["passwort", "too_small"],
    ]);
  });

  it("bounds tokens", () => {
    expect(tokenSchema.safeParse({ token: "x".repeat(100) }).success).toBe(true);
    expect(issues(tokenSchema.safeParse({ token: "x".repeat(101) }))).toEqual([
      ["token", "too_big"],
    ]);
    expect(issues(tokenSchema.safeParse({ token: "" }))).toEqual([["token", "too_small"]]);
  });
});

describe("sichererRuecksprung (no open redirect after sign-in)", () => {
  it("keeps paths of this site", () => {
    expect(sichererRuecksprung("/de/konto", "de")).toBe("/de/konto");
    expect(sichererRuecksprung("/en/leistungen/x?y=1#z", "en")).toBe("/en/leistungen/x?y=1#z");
  });
  it("refuses anything that could leave the site or is not a path", () => {
    for (const ziel of [
      "//evil.example/",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "de/konto",
      "/de/ konto",
      "/de\tkonto",
      `/${"a".repeat(600)}`,
      undefined,
      ["/de"],
    ]) {
      expect(sichererRuecksprung(ziel, "de")).toBe("/de/konto");
    }
  });
});
