import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bereinigeDateiname, MAX_DATEINAME_ZEICHEN } from "../src/types.ts";

// Hostile file names (issue 9, "path-traversal file names"): the portal's one list of naughty
// strings (kept with @portal/forms' tests, which feed it into every field type) through the
// name sanitiser, as a name and as the base of a name with an extension.

const roh = JSON.parse(
  readFileSync(new URL("../../forms/test/fixtures/naughty-strings.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const liste = Object.entries(roh)
  .filter(([k]) => !k.startsWith("_"))
  .flatMap(([, v]) => v as string[])
  .map((s) => (s.startsWith("__LANG_") ? "x".repeat(10_000) : s));

const namen = liste.flatMap((s) => [s, `${s}.pdf`, `../../${s}`, `${s}/..\\${s}.png`]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const STEUER = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const FORMAT = /\p{Cf}/u;
const EINZELNES_SURROGAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const GERAET = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

describe("bereinigeDateiname with naughty names", () => {
  it(`never throws and leaves nothing to traverse, hide or disguise (${namen.length} names, with and without a forced extension)`, () => {
    expect(liste.length).toBeGreaterThanOrEqual(80);
    for (const name of namen) {
      for (const endung of [undefined, "pdf"]) {
        const wie = `${JSON.stringify(name.slice(0, 60))} ${endung ?? ""}`;
        let sauber: string | undefined;
        expect(() => {
          sauber = bereinigeDateiname(name, endung);
        }, wie).not.toThrow();
        if (sauber === undefined) continue;
        expect(sauber.length, wie).toBeGreaterThan(0);
        expect(sauber, wie).not.toMatch(/[/\\<>:"|?*]/);
        expect(sauber, wie).not.toMatch(STEUER);
        expect(sauber, wie).not.toMatch(FORMAT);
        expect(sauber, wie).not.toMatch(EINZELNES_SURROGAT);
        expect(sauber, wie).not.toMatch(/^[. ]|[. ]$/);
        expect(sauber, wie).not.toMatch(/^\.\.?$/);
        expect(sauber, wie).toBe(sauber.normalize("NFC"));
        expect([...sauber].length, wie).toBeLessThanOrEqual(MAX_DATEINAME_ZEICHEN);
        expect(GERAET.test((sauber.split(".")[0] ?? "").trim()), wie).toBe(false);
        if (endung) expect(sauber.endsWith(".pdf"), wie).toBe(true);
      }
    }
  });

  it("keeps only the last part of a traversing path, whatever its separators", () => {
    expect(bereinigeDateiname("../../etc/passwd")).toBe("passwd");
    expect(bereinigeDateiname("..\\..\\windows\\win.ini")).toBe("win.ini");
    expect(bereinigeDateiname("../../..")).toBeUndefined();
    expect(bereinigeDateiname("...")).toBeUndefined();
    expect(bereinigeDateiname("file:///etc/passwd")).toBe("passwd");
    // Percent-encoding is not decoded (a name is not a URL): it stays visible and harmless.
    expect(bereinigeDateiname("%2e%2e%2f%2e%2e%2fetc%2fpasswd")).toBe(
      "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    );
  });

  it("keeps names in other scripts and emoji, NFC-normalised", () => {
    expect(bereinigeDateiname("Jose\u0301.pdf")).toBe("José.pdf");
    expect(bereinigeDateiname("مرحبا بالعالم.pdf")).toBe("مرحبا بالعالم.pdf");
    // Emoji stay; the invisible joiners between them are format characters and go with the
    // rest (a family becomes its members: visible, harmless).
    expect(bereinigeDateiname("👩‍👩‍👧‍👦.png")).toBe("👩👩👧👦.png");
    // The right-to-left override that turns "fdp.exe" into "exe.pdf" on screen goes.
    expect(bereinigeDateiname("Rechnung\u202efdp.exe", "pdf")).toBe("Rechnungfdp.pdf");
  });

  it("drops unpaired surrogates (no UTF-8 can carry them, so no header or database can)", () => {
    expect(bereinigeDateiname("a\ud800b.pdf")).toBe("ab.pdf");
    // Nothing but the extension left: as for ".htaccess", the leading dot goes.
    expect(bereinigeDateiname("\udc00.pdf")).toBe("pdf");
  });
});
