import { describe, expect, it } from "vitest";
import {
  ARGON2,
  braucheNeuenHash,
  DUMMY_HASH,
  hashePasswort,
  MAX_PASSWORT,
  MIN_PASSWORT,
  pruefeHash,
  pruefePasswort,
} from "../src/services/passwort.ts";

const email = "zoe.mueller@example.org";
const pruefe = (passwort: string) => pruefePasswort(passwort, { email });

describe("pruefePasswort", () => {
  it("asks for 15 to 128 characters and nothing else: no composition rules", () => {
    expect(MIN_PASSWORT).toBe(15);
    expect(MAX_PASSWORT).toBe(128);
    expect(pruefe("kurz und klein")).toBe("zuKurz"); // 14
    expect(pruefe("kurz und kleinx")).toBeNull(); // 15, lower case letters and spaces only
    expect(pruefe("a".repeat(128))).toBeNull();
    expect(pruefe("a".repeat(129))).toBe("zuLang");
    expect(pruefe("")).toBe("zuKurz");
  });

  it("counts code points, not UTF-16 units: emoji and astral characters count once", () => {
    // 14 emoji are 28 UTF-16 units, but 14 characters.
    expect(pruefe("🦊".repeat(14))).toBe("zuKurz");
    expect(pruefe("🦊".repeat(15))).toBeNull();
    expect(pruefe("𝕏".repeat(128))).toBeNull();
    expect(pruefe("😀".repeat(129))).toBe("zuLang");
  });

  it("counts after NFKC: a decomposed umlaut is one character, a ligature two", () => {
    // "ü" typed as u + combining diaeresis: 2 code points, 1 after NFKC.
    const zerlegt = "u\u0308".repeat(14);
    expect([...zerlegt].length).toBe(28);
    expect(pruefe(zerlegt)).toBe("zuKurz");
    expect(pruefe("u\u0308".repeat(15))).toBeNull();
    // "ﬃ" (one code point) is "ffi" (three) after NFKC.
    expect(pruefe("ﬃ".repeat(5))).toBeNull();
  });

  it("refuses common passwords from the list, whatever their case, also in German forms", () => {
    expect(pruefe("qwertyuiop12345")).toBe("haeufig");
    expect(pruefe("QwertyUiop12345")).toBe("haeufig");
    expect(pruefe("PasswortPasswort")).toBe("haeufig");
    expect(pruefe("qwertzuiop12345")).toBe("haeufig");
    // Full-width letters are the same password after NFKC.
    expect(pruefe("ｑｗｅｒｔｙｕｉｏｐ１２３４５")).toBe("haeufig");
    expect(pruefe("qwertyuiop12345!")).toBeNull();
  });

  it("refuses the address or its local part as password", () => {
    expect(pruefe("zoe.mueller@example.org")).toBe("wieEmail");
    expect(pruefe("ZOE.Mueller@Example.ORG")).toBe("wieEmail");
    expect(pruefePasswort("verylonglocalpart", { email: "VeryLongLocalPart@example.org" })).toBe(
      "wieEmail",
    );
    expect(pruefe("zoe.mueller@example.org and more")).toBeNull();
  });

  it("takes naughty strings as they are", () => {
    for (const passwort of [
      "'; DROP TABLE konto; --  ",
      "<script>alert(1)</script>",
      "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000",
      "               ", // 15 spaces: allowed by the rules (no composition rules), if unwise
      "ЁЖЗИЙКЛМНОПРСТУ",
      "مرحبا بالعالم يا صديقي",
      "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦",
    ]) {
      expect(pruefe(passwort)).toBeNull();
    }
  });
});

describe("argon2id", () => {
  it("hashes with OWASP's parameters and verifies NFKC-equivalent input", async () => {
    const hash = await hashePasswort("Ärger im Paradies 2026");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await pruefeHash(hash, "Ärger im Paradies 2026")).toBe(true);
    expect(await pruefeHash(hash, "A\u0308rger im Paradies 2026")).toBe(true);
    expect(await pruefeHash(hash, "ärger im Paradies 2026")).toBe(false);
    expect(await pruefeHash("kein hash", "Ärger im Paradies 2026")).toBe(false);
    expect(braucheNeuenHash(hash)).toBe(false);
  });

  it("has a dummy hash of the same cost, so unknown addresses take as long", () => {
    expect(braucheNeuenHash(DUMMY_HASH)).toBe(false);
    expect(ARGON2.memoryCost).toBe(19456);
  });

  it("asks for a new hash when the parameters were weaker", () => {
    expect(
      braucheNeuenHash(
        "$argon2id$v=19$m=4096,t=3,p=1$fyLYvmzgpBjDTP6QSypj3g$pb1Q3Urv1amxuFft0rGwKfEuZPhURRDV7TJqcBnwlGo",
      ),
    ).toBe(true);
    expect(braucheNeuenHash("kaputt")).toBe(true);
  });
});
