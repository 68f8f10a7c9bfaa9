import { describe, expect, it } from "vitest";
import { istErlaubterUrsprung, normalisiereDomain, rahmenQuellen } from "../src/ursprung.ts";

const dresden = {
  einbettungsDomains: ["localhost", "127.0.0.1", "www.dresden.de"],
  portalOrigin: "https://beteiligung.sachsen.de",
};

describe("istErlaubterUrsprung", () => {
  it("allows the listed host names, whatever the port", () => {
    expect(istErlaubterUrsprung("https://www.dresden.de", dresden)).toBe(true);
    expect(istErlaubterUrsprung("http://localhost:4400", dresden)).toBe(true);
    expect(istErlaubterUrsprung("http://127.0.0.1:8080", dresden)).toBe(true);
  });

  it("always allows the portal's own origin, with no list at all", () => {
    const ohne = { einbettungsDomains: [], portalOrigin: "http://localhost:3000" };
    expect(istErlaubterUrsprung("http://localhost:3000", ohne)).toBe(true);
    expect(istErlaubterUrsprung("http://localhost:3001", ohne)).toBe(false);
  });

  it("refuses other hosts, subdomains, look-alikes and suffix tricks", () => {
    for (const origin of [
      "http://fremde-seite.localhost:4401",
      "https://dresden.de",
      "https://evil.www.dresden.de",
      "https://www.dresden.de.evil.example",
      "https://wwwdresden.de",
      "https://www.leipzig.de",
    ]) {
      expect(istErlaubterUrsprung(origin, dresden), origin).toBe(false);
    }
  });

  it("refuses a listed host over plain http (only loopback may use http)", () => {
    expect(istErlaubterUrsprung("http://www.dresden.de", dresden)).toBe(false);
  });

  it("refuses a missing, opaque or malformed Origin", () => {
    for (const origin of [
      null,
      undefined,
      "",
      "null",
      "localhost",
      "http://",
      "file://",
      "http://localhost:4400/pfad",
      "javascript:alert(1)",
    ]) {
      expect(istErlaubterUrsprung(origin, dresden), String(origin)).toBe(false);
    }
  });

  it("compares host names in lower case, as lists may be typed in any case", () => {
    const gemischt = { ...dresden, einbettungsDomains: [" WWW.Dresden.DE. "] };
    expect(istErlaubterUrsprung("https://www.dresden.de", gemischt)).toBe(true);
    expect(normalisiereDomain(" WWW.Dresden.DE. ")).toBe("www.dresden.de");
  });
});

describe("rahmenQuellen", () => {
  it("lets the listed hosts frame over https, loopback over http on any port, and the portal", () => {
    expect(rahmenQuellen(["localhost", "127.0.0.1", "WWW.Dresden.de", "www.dresden.de"])).toEqual([
      "'self'",
      "http://localhost:*",
      "https://localhost:*",
      "http://127.0.0.1:*",
      "https://127.0.0.1:*",
      "https://www.dresden.de",
    ]);
  });

  it("puts nothing into the CSP that is not a plain host name", () => {
    expect(
      rahmenQuellen(["*", "'unsafe-inline'", "a.de; script-src *", "https://x.de", "x .de", ""]),
    ).toEqual(["'self'"]);
  });
});
