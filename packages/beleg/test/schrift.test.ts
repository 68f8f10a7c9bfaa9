import { describe, expect, it } from "vitest";
import { druckbar, ERSATZZEICHEN, schriften } from "../src/services/schrift.ts";
import { formatiereEingang, formatiereGroesse } from "../src/services/texte.ts";

const { normal, fett } = schriften();

describe("druckbar", () => {
  it("drops control, bidi and other invisible format characters", () => {
    expect(druckbar("Rechnung\u202Efdp.exe", normal)).toBe("Rechnungfdp.exe");
    expect(druckbar("a\u0000b\u001Bc\u0007d\u200Ee\u2066f\u2069\uFEFF", normal)).toBe("abcdef");
    expect(druckbar("👍🏽\uFE0F", normal)).not.toContain("\uFE0F");
  });

  it("unifies line breaks, or makes them spaces for single-line text", () => {
    expect(druckbar("a\r\nb\rc\u2028d\te", normal)).toBe("a\nb\nc\nd e");
    expect(druckbar("a\r\nb", normal, false)).toBe("a b");
  });

  it("replaces what the font cannot show and lone surrogates with U+FFFD, keeps what it can", () => {
    expect(druckbar("中文", normal)).toBe(ERSATZZEICHEN.repeat(2));
    expect(druckbar("x\uD800y\uDFFFz", normal)).toBe(`x${ERSATZZEICHEN}y${ERSATZZEICHEN}z`);
    expect(druckbar("Größe ÄÖÜ ß ẞ € „Zitat“ – 😀 שלום", normal)).toBe(
      "Größe ÄÖÜ ß ẞ € „Zitat“ – 😀 שלום",
    );
    expect(druckbar("Größe ÄÖÜ ß €", fett)).toBe("Größe ÄÖÜ ß €");
  });

  it("composes to NFC and caps stacked combining marks", () => {
    expect(druckbar("Cafe\u0301", normal)).toBe("Café");
    const zalgo = druckbar(`Z${"\u0316\u0327\u0350\u0351".repeat(10)}`, normal);
    expect([...zalgo]).toHaveLength(5);
  });

  it("gives very long words a zero-width break opportunity, and leaves normal words alone", () => {
    const wort = "Donaudampfschifffahrtsgesellschaftskapitän";
    expect(druckbar(wort, normal)).toBe(wort);
    expect(druckbar("DE89 3704 0044 0532 0130 00", normal)).toBe("DE89 3704 0044 0532 0130 00");
    const lang = druckbar("a".repeat(1000), normal);
    expect(lang.replaceAll("\u200B", "")).toBe("a".repeat(1000));
    expect(lang.split("\u200B").every((teil) => teil.length === 12 || teil.length === 4)).toBe(
      true,
    );
  });
});

describe("formatiereEingang and formatiereGroesse", () => {
  it("print German civil time and binary sizes in the receipt's language", () => {
    const winter = new Date("2026-01-31T23:15:00Z");
    expect(formatiereEingang(winter, "de")).toBe("01.02.2026, 00:15 Uhr");
    expect(formatiereEingang(winter, "en")).toBe("1 February 2026, 00:15");
    expect(formatiereGroesse(0, "de")).toBe("0 Bytes");
    expect(formatiereGroesse(1, "en")).toBe("1 Byte");
    expect(formatiereGroesse(1536, "de")).toBe("1,5 KB");
    expect(formatiereGroesse(1536, "en")).toBe("1.5 KB");
    expect(formatiereGroesse(10 * 1024 * 1024, "de")).toBe("10,0 MB");
  });
});
