import { describe, expect, it } from "vitest";
import { bereinigeDateiname, seiteSchema } from "../src/types.ts";

describe("bereinigeDateiname", () => {
  it("drops paths, control and bidi characters, keeps the extension when shortening", () => {
    expect(bereinigeDateiname("../../etc/passwd")).toBe("passwd");
    expect(bereinigeDateiname("C:\\Users\\x\\Bescheid.pdf")).toBe("Bescheid.pdf");
    expect(bereinigeDateiname("Rechnung\u202Efdp.exe")).toBe("Rechnungfdp.exe");
    expect(bereinigeDateiname("a\r\nb\u0000.txt")).toBe("ab.txt");
    expect(bereinigeDateiname("...")).toBe("anhang");
    expect(bereinigeDateiname("/")).toBe("anhang");
    const lang = bereinigeDateiname(`${"ä".repeat(300)}.pdf`);
    expect([...lang]).toHaveLength(200);
    expect(lang.endsWith(".pdf")).toBe(true);
  });
});

describe("seiteSchema", () => {
  it("reads a page number, else 1", () => {
    expect(seiteSchema.parse("3")).toBe(3);
    for (const v of [undefined, "", "0", "-1", "abc", "1.5", ["2", "3"]])
      expect(seiteSchema.parse(v)).toBe(1);
  });
});
